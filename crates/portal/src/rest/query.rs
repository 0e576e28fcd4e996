//! List methods: `filter` (with `>`, `>=`, `<`, `<=`, `=`, `!`/`!=`, `%`, `!%`, `@`, `!@` prefixes),
//! `order`, `select` (incl. `*`, `UF_*`) and paging by 50 with `start` / `next` / `total`, including the
//! `start=-1` fast mode (no count) used with an `>ID` cursor.
//!
//! The engine works on rows already rendered in the method's output shape, so a field is filtered,
//! sorted and selected by the name the client sees. Names match loosely (`STAGE_ID` finds `stageId`),
//! and a method can declare aliases (`REAL_STATUS` → `status`).

use super::params::{as_f64, scalar_text, Params};
use crate::store::time;
use serde_json::{Map, Value};
use std::cmp::Ordering;

/// Rows per page, fixed by the portal.
pub const PAGE_SIZE: usize = 50;

/// How a list method maps request names onto its rows.
#[derive(Debug, Clone, Copy)]
pub struct ListSpec {
    /// The id field (`ID` or `id`): always selected.
    pub id_key: &'static str,
    /// Order when the request gives none: (row key, descending).
    pub default_order: &'static [(&'static str, bool)],
    /// Request names (compared loosely) that mean a differently named row key.
    pub aliases: &'static [(&'static str, &'static str)],
    /// Row keys that come along with a selected key (`responsibleId` brings `responsible`).
    pub companions: &'static [(&'static str, &'static [&'static str])],
    /// Row keys returned only when selected by name (`PHONE`, `EMAIL` of legacy CRM lists).
    pub explicit_only: &'static [&'static str],
    /// Whether the default selection (no `select`) includes custom `UF_` fields.
    pub default_includes_uf: bool,
}

impl ListSpec {
    /// A spec with just an id key and a default order.
    pub const fn simple(
        id_key: &'static str,
        default_order: &'static [(&'static str, bool)],
    ) -> Self {
        ListSpec {
            id_key,
            default_order,
            aliases: &[],
            companions: &[],
            explicit_only: &[],
            default_includes_uf: false,
        }
    }
}

/// A filter operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// No prefix or `=`: equals (a list value means "in"; `%` inside a string is a LIKE wildcard).
    Eq,
    /// `!`, `!=`: not equal / not in.
    NotEq,
    /// `<`.
    Less,
    /// `<=`.
    LessEq,
    /// `>`.
    Greater,
    /// `>=`.
    GreaterEq,
    /// `%`: case-insensitive substring.
    Like,
    /// `!%`: no substring.
    NotLike,
    /// `@`: in a list.
    In,
    /// `!@`: not in a list.
    NotIn,
}

/// One filter condition.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// Field name as the client wrote it (without the prefix).
    pub field: String,
    /// Operator.
    pub op: Op,
    /// Wanted value.
    pub value: Value,
}

/// Where a page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// An offset (`start=0`, `50`, ...).
    Offset(usize),
    /// `start=-1`: no counting; the client pages with an `>ID` filter.
    NoCount,
}

/// A parsed list request.
#[derive(Debug, Clone, PartialEq)]
pub struct ListQuery {
    /// `filter`.
    pub filter: Vec<Condition>,
    /// `order`: (field, descending).
    pub order: Vec<(String, bool)>,
    /// `select` (empty: the method's default).
    pub select: Vec<String>,
    /// `start`.
    pub start: Start,
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The rows of this page, selected.
    pub rows: Vec<Value>,
    /// `total` (0 in `start=-1` mode).
    pub total: u64,
    /// `next`, when more rows remain.
    pub next: Option<u64>,
}

const PREFIXES: &[(&str, Op)] = &[
    (">=", Op::GreaterEq),
    ("<=", Op::LessEq),
    ("!=", Op::NotEq),
    ("!%", Op::NotLike),
    ("!@", Op::NotIn),
    (">", Op::Greater),
    ("<", Op::Less),
    ("=", Op::Eq),
    ("!", Op::NotEq),
    ("%", Op::Like),
    ("@", Op::In),
];

impl ListQuery {
    /// Reads `filter`, `order`, `select` and `start` under the given parameter names.
    pub fn parse(p: &Params, filter: &str, order: &str, select: &str) -> ListQuery {
        ListQuery {
            filter: p.get(filter).map(parse_filter).unwrap_or_default(),
            order: p.object(order).map(parse_order).unwrap_or_default(),
            select: p.get(select).map(parse_select).unwrap_or_default(),
            start: p.get("start").map(parse_start).unwrap_or(Start::Offset(0)),
        }
    }

    /// The usual names: `filter`, `order`, `select`, `start`.
    pub fn from_params(p: &Params) -> ListQuery {
        Self::parse(p, "filter", "order", "select")
    }
}

/// Reads a filter object; keys like `::SUBFILTER-PARAMS`, `LOGIC` and nested sub-filters are ignored.
pub fn parse_filter(v: &Value) -> Vec<Condition> {
    let Some(map) = v.as_object() else {
        return Vec::new();
    };
    map.iter()
        .filter(|(k, v)| {
            !(k.starts_with("::")
                || k.eq_ignore_ascii_case("LOGIC")
                || (k.parse::<u64>().is_ok() && v.is_object()))
        })
        .map(|(key, value)| {
            let (op, field) = PREFIXES
                .iter()
                .find_map(|(p, op)| key.strip_prefix(p).map(|f| (*op, f)))
                .unwrap_or((Op::Eq, key.as_str()));
            let op = match (op, value) {
                (Op::Eq, Value::Array(_)) => Op::In,
                (Op::NotEq, Value::Array(_)) => Op::NotIn,
                (op, _) => op,
            };
            Condition {
                field: field.trim().to_owned(),
                op,
                value: value.clone(),
            }
        })
        .collect()
}

fn parse_order(map: &Map<String, Value>) -> Vec<(String, bool)> {
    map.iter()
        .map(|(k, v)| {
            (
                k.clone(),
                scalar_text(v).is_some_and(|d| d.eq_ignore_ascii_case("desc")),
            )
        })
        .collect()
}

fn parse_select(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().filter_map(scalar_text).collect(),
        Value::Object(m) => m.values().filter_map(scalar_text).collect(),
        Value::String(s) if !s.is_empty() => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// Reads `start`: a negative value means the no-count mode, anything unreadable 0.
pub fn parse_start(v: &Value) -> Start {
    match as_f64(v) {
        Some(n) if n < 0.0 => Start::NoCount,
        Some(n) => Start::Offset(n as usize),
        None => Start::Offset(0),
    }
}

/// Lower-case without underscores: `STAGE_ID`, `stageId` and `stage_id` all become `stageid`.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a row key is a custom field.
pub fn is_uf(key: &str) -> bool {
    key.starts_with("UF_") || key.starts_with("ufCrm")
}

/// Finds the row key a request name refers to.
fn resolve(spec: &ListSpec, name: &str, keys: &[String]) -> Option<String> {
    let norm = normalize(name);
    if let Some((_, target)) = spec.aliases.iter().find(|(a, _)| normalize(a) == norm) {
        return Some((*target).to_owned());
    }
    keys.iter()
        .find(|k| *k == name)
        .or_else(|| keys.iter().find(|k| normalize(k) == norm))
        .cloned()
}

/// Runs a list request over rows already in output shape (in their natural id order).
pub fn run(spec: &ListSpec, query: &ListQuery, rows: Vec<Map<String, Value>>) -> Page {
    let (rows, selected) = filter_and_sort(spec, query, rows);
    let pick = |row: Map<String, Value>| select_row(row, &selected);
    match query.start {
        Start::NoCount => Page {
            rows: rows.into_iter().take(PAGE_SIZE).map(pick).collect(),
            total: 0,
            next: None,
        },
        Start::Offset(start) => {
            let total = rows.len();
            let next =
                (start.saturating_add(PAGE_SIZE) < total).then(|| (start + PAGE_SIZE) as u64);
            Page {
                rows: rows
                    .into_iter()
                    .skip(start)
                    .take(PAGE_SIZE)
                    .map(pick)
                    .collect(),
                total: total as u64,
                next,
            }
        }
    }
}

/// Like [`run`] but without paging, for the few methods that return everything at once.
pub fn run_all(spec: &ListSpec, query: &ListQuery, rows: Vec<Map<String, Value>>) -> Vec<Value> {
    let (rows, selected) = filter_and_sort(spec, query, rows);
    rows.into_iter()
        .map(|row| select_row(row, &selected))
        .collect()
}

fn select_row(row: Map<String, Value>, selected: &[String]) -> Value {
    Value::Object(
        row.into_iter()
            .filter(|(k, _)| selected.contains(k))
            .collect(),
    )
}

/// Filters and sorts the rows; returns them with the row keys the `select` keeps.
fn filter_and_sort(
    spec: &ListSpec,
    query: &ListQuery,
    rows: Vec<Map<String, Value>>,
) -> (Vec<Map<String, Value>>, Vec<String>) {
    // Every key of every row, in first-seen order (the set keeps this linear on large tables).
    let mut keys: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for row in &rows {
        for k in row.keys() {
            if seen.insert(k.as_str()) {
                keys.push(k.clone());
            }
        }
    }
    drop(seen);
    let conditions: Vec<(Option<String>, &Condition)> = query
        .filter
        .iter()
        .map(|c| (resolve(spec, &c.field, &keys), c))
        .collect();
    let mut rows: Vec<Map<String, Value>> = rows
        .into_iter()
        .filter(|row| {
            conditions.iter().all(|(key, c)| {
                let value = key
                    .as_ref()
                    .and_then(|k| row.get(k))
                    .unwrap_or(&Value::Null);
                matches(value, c.op, &c.value)
            })
        })
        .collect();

    let mut order: Vec<(String, bool)> = query
        .order
        .iter()
        .filter_map(|(f, desc)| resolve(spec, f, &keys).map(|k| (k, *desc)))
        .collect();
    if order.is_empty() {
        order = spec
            .default_order
            .iter()
            .map(|(k, d)| ((*k).to_owned(), *d))
            .collect();
    }
    rows.sort_by(|a, b| {
        order.iter().fold(Ordering::Equal, |acc, (key, desc)| {
            acc.then_with(|| {
                let ord = order_cmp(
                    a.get(key).unwrap_or(&Value::Null),
                    b.get(key).unwrap_or(&Value::Null),
                );
                if *desc {
                    ord.reverse()
                } else {
                    ord
                }
            })
        })
    });
    let selected = selected_keys(spec, &query.select, &keys);
    (rows, selected)
}

/// The row keys a `select` keeps.
fn selected_keys(spec: &ListSpec, select: &[String], keys: &[String]) -> Vec<String> {
    let standard = |k: &String| !is_uf(k) && !spec.explicit_only.contains(&k.as_str());
    let mut out: Vec<String> = if select.is_empty() {
        keys.iter()
            .filter(|k| standard(k) || (spec.default_includes_uf && is_uf(k)))
            .cloned()
            .collect()
    } else {
        let mut out = Vec::new();
        for name in select {
            if name == "*" {
                out.extend(keys.iter().filter(|k| standard(k)).cloned());
            } else if let Some(prefix) = name.strip_suffix('*') {
                let prefix = normalize(prefix);
                out.extend(
                    keys.iter()
                        .filter(|k| normalize(k).starts_with(&prefix))
                        .cloned(),
                );
            } else if let Some(k) = resolve(spec, name, keys) {
                out.push(k);
            }
        }
        out
    };
    out.push(spec.id_key.to_owned());
    let companions: Vec<String> = spec
        .companions
        .iter()
        .filter(|(k, _)| out.iter().any(|o| o == k))
        .flat_map(|(_, extra)| extra.iter().map(|e| (*e).to_owned()))
        .collect();
    out.extend(companions);
    out
}

/// Whether a row value satisfies one condition. Multi-valued fields match when any element does
/// (or, for negations, when none does).
pub fn matches(value: &Value, op: Op, want: &Value) -> bool {
    if let Value::Array(items) = value {
        return match op {
            Op::NotEq | Op::NotIn | Op::NotLike => {
                let positive = match op {
                    Op::NotEq => Op::Eq,
                    Op::NotIn => Op::In,
                    _ => Op::Like,
                };
                !items.iter().any(|v| matches(v, positive, want))
            }
            _ if items.is_empty() => matches(&Value::Null, op, want),
            _ => items.iter().any(|v| matches(v, op, want)),
        };
    }
    match op {
        Op::Eq => match want {
            Value::String(s) if s.contains('%') => like(value, s),
            _ => loose_eq(value, want),
        },
        Op::NotEq => !matches(value, Op::Eq, want),
        Op::In => list_of(want).iter().any(|w| loose_eq(value, w)),
        Op::NotIn => !matches(value, Op::In, want),
        Op::Like => substring(value, want),
        Op::NotLike => !substring(value, want),
        Op::Less => compare(value, want) == Some(Ordering::Less),
        Op::LessEq => matches!(compare(value, want), Some(Ordering::Less | Ordering::Equal)),
        Op::Greater => compare(value, want) == Some(Ordering::Greater),
        Op::GreaterEq => matches!(
            compare(value, want),
            Some(Ordering::Greater | Ordering::Equal)
        ),
    }
}

fn list_of(want: &Value) -> Vec<Value> {
    match want {
        Value::Array(items) => items.clone(),
        Value::Object(m) => m.values().cloned().collect(),
        Value::String(s) if s.contains(',') => s
            .split(',')
            .map(|p| Value::String(p.trim().to_owned()))
            .collect(),
        other => vec![other.clone()],
    }
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::Bool(b) => Some(if *b { "Y".into() } else { "N".into() }),
        other => scalar_text(other),
    }
}

fn substring(value: &Value, want: &Value) -> bool {
    let (Some(hay), Some(needle)) = (text_of(value), text_of(want)) else {
        return false;
    };
    hay.to_lowercase()
        .contains(&needle.trim_matches('%').to_lowercase())
}

/// SQL-ish LIKE with `%` wildcards, case-insensitive.
fn like(value: &Value, pattern: &str) -> bool {
    let Some(text) = text_of(value) else {
        return false;
    };
    let text = text.to_lowercase();
    let parts: Vec<String> = pattern
        .to_lowercase()
        .split('%')
        .map(str::to_owned)
        .collect();
    let mut pos = 0;
    for (i, part) in parts.iter().enumerate() {
        if part.is_empty() {
            continue;
        }
        if i == 0 {
            if !text.starts_with(part.as_str()) {
                return false;
            }
            pos = part.len();
        } else if let Some(found) = text[pos..].find(part.as_str()) {
            pos += found + part.len();
        } else {
            return false;
        }
    }
    parts
        .last()
        .is_none_or(|last| last.is_empty() || text.ends_with(last.as_str()))
}

fn flag(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) => match s.to_ascii_uppercase().as_str() {
            "Y" | "TRUE" => Some(true),
            "N" | "FALSE" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// Equality the way PHP compares a database value with a request value: numbers numerically,
/// `Y`/`N` with booleans, strings case-insensitively, null with "".
pub fn loose_eq(value: &Value, want: &Value) -> bool {
    let empty = |v: &Value| v.is_null() || v.as_str() == Some("");
    if empty(value) || empty(want) {
        return empty(value) && empty(want);
    }
    if let (Some(a), Some(b)) = (as_f64(value), as_f64(want)) {
        return a == b;
    }
    if value.is_boolean() || want.is_boolean() {
        return flag(value).is_some() && flag(value) == flag(want);
    }
    match (text_of(value), text_of(want)) {
        (Some(a), Some(b)) => a.to_lowercase() == b.to_lowercase(),
        _ => false,
    }
}

/// Orders two scalars: numerically, as dates, or as case-insensitive text. `None` when either is
/// empty or they can't be compared.
pub fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    if a.is_null() || b.is_null() {
        return None;
    }
    if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
        return x.partial_cmp(&y);
    }
    let (ta, tb) = (text_of(a)?, text_of(b)?);
    if let (Some(x), Some(y)) = (time::parse(&ta), time::parse(&tb)) {
        return Some(x.cmp(&y));
    }
    Some(ta.to_lowercase().cmp(&tb.to_lowercase()))
}

/// Sort order: empty values first, then [`compare`].
fn order_cmp(a: &Value, b: &Value) -> Ordering {
    match (a.is_null(), b.is_null()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => compare(a, b).unwrap_or(Ordering::Equal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rows() -> Vec<Map<String, Value>> {
        (1..=120)
            .map(|i| {
                json!({
                    "ID": i.to_string(),
                    "TITLE": format!("Deal {i}{}", if i % 10 == 0 { " Special" } else { "" }),
                    "STAGE_ID": if i % 2 == 0 { "WON" } else { "NEW" },
                    "OPPORTUNITY": format!("{}.00", i * 10),
                    "DATE_CREATE": time::iso(1_700_000_000 + i * 86_400),
                    "UF_CRM_1": i % 3,
                    "PHONE": [{"VALUE": "+1"}],
                    "TAGS": if i == 5 { json!(["a", "b"]) } else { json!([]) },
                })
                .as_object()
                .cloned()
                .unwrap_or_default()
            })
            .collect()
    }

    const SPEC: ListSpec = ListSpec {
        id_key: "ID",
        default_order: &[("ID", false)],
        aliases: &[("STATUS", "STAGE_ID")],
        companions: &[],
        explicit_only: &["PHONE"],
        default_includes_uf: false,
    };

    fn run_with(params: Value) -> Page {
        run(
            &SPEC,
            &ListQuery::from_params(&Params::from_value(params)),
            rows(),
        )
    }

    fn ids(page: &Page) -> Vec<String> {
        page.rows
            .iter()
            .map(|r| r["ID"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    #[test]
    fn pages_by_fifty_with_next_and_total() {
        let p = run_with(json!({}));
        assert_eq!((p.rows.len(), p.total, p.next), (50, 120, Some(50)));
        let p = run_with(json!({"start": "100"}));
        assert_eq!((p.rows.len(), p.total, p.next), (20, 120, None));
        let p = run_with(json!({"start": -1, "filter": {">ID": 100}}));
        assert_eq!((p.rows.len(), p.total, p.next), (20, 0, None));
        assert_eq!(ids(&p)[0], "101");
    }

    #[test]
    fn filters_with_every_prefix() {
        let count = |f: Value| run_with(json!({"filter": f, "start": -1})).rows.len();
        assert_eq!(
            count(json!({"STAGE_ID": "won"})),
            50,
            "case-insensitive equality, capped by the page"
        );
        assert_eq!(run_with(json!({"filter": {"STAGE_ID": "WON"}})).total, 60);
        assert_eq!(count(json!({">=ID": "110"})), 11);
        assert_eq!(count(json!({"<ID": 3})), 2);
        assert_eq!(count(json!({"<=OPPORTUNITY": "30"})), 3);
        assert_eq!(count(json!({"%TITLE": "special"})), 12);
        assert_eq!(
            run_with(json!({"filter": {"!%TITLE": "special"}})).total,
            108
        );
        assert_eq!(count(json!({"@ID": ["1", 2, "3"]})), 3);
        assert_eq!(count(json!({"ID": [4, 5]})), 2);
        assert_eq!(run_with(json!({"filter": {"!ID": [4, 5]}})).total, 118);
        assert_eq!(run_with(json!({"filter": {"!=STAGE_ID": "WON"}})).total, 60);
        assert_eq!(count(json!({"=ID": "7"})), 1);
        assert_eq!(count(json!({"STATUS": "NEW", "<ID": 5})), 2, "alias");
        assert_eq!(
            count(json!({">DATE_CREATE": time::iso(1_700_000_000 + 118 * 86_400)})),
            2,
            "dates compare as dates"
        );
        assert_eq!(
            count(json!({"TAGS": "b"})),
            1,
            "multi-valued fields match any element"
        );
        assert_eq!(count(json!({"TITLE": "Deal 1%"})), 32, "LIKE wildcard");
        assert_eq!(
            count(json!({"::SUBFILTER-PARAMS": {"FAVORITE": "Y"}, "ID": 1})),
            1
        );
        assert_eq!(count(json!({"NO_SUCH_FIELD": "x"})), 0);
    }

    #[test]
    fn orders_and_selects() {
        let p = run_with(json!({"order": {"STAGE_ID": "DESC", "ID": "desc"}, "select": ["TITLE"]}));
        assert_eq!(ids(&p)[..3], ["120", "118", "116"]);
        assert_eq!(
            p.rows[0].as_object().map(|m| m.len()),
            Some(2),
            "TITLE plus the always-present ID"
        );
        let p = run_with(json!({"order": {"OPPORTUNITY": "ASC"}}));
        assert_eq!(ids(&p)[..3], ["1", "2", "3"], "numeric, not lexicographic");
        let star = run_with(json!({"select": ["*"]}));
        assert!(star.rows[0].get("UF_CRM_1").is_none() && star.rows[0].get("PHONE").is_none());
        let uf = run_with(json!({"select": ["*", "UF_*", "PHONE"]}));
        assert!(uf.rows[0].get("UF_CRM_1").is_some() && uf.rows[0].get("PHONE").is_some());
        let loose = run_with(json!({"select": ["stageId"]}));
        assert!(loose.rows[0].get("STAGE_ID").is_some());
    }
}

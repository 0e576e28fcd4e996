//! `$result[...]` references between the commands of one `batch`, resolved the way the portal's
//! `CRestUtil::processBatchElement` does it (public docs: <https://apidocs.bitrix24.com/api-reference/how-to-call-rest-api/batch.html>).
//!
//! A string parameter of a later command may name a part of the answers so far —
//! `$result[name][path]…`, `$result_error[…]`, `$result_total[…]`, `$result_next[…]`,
//! `$result_time[…]` — and is replaced before the command runs:
//!
//! - the path is followed step by step while the next key is set (PHP `isset`: present and not
//!   `null`), and stops there: a path that does not resolve yields the deepest value it reached,
//!   down to the whole part (`$result[c9][49][ID]` after a short page `c9` is that whole page);
//! - a string that is exactly one reference becomes the referenced value itself (an array stays an
//!   array); references inside text are spliced in as PHP's `str_replace` prints them (arrays as
//!   `Array`, `true` as `1`, `false` and `null` as nothing).

use crate::form::php_array;
use serde_json::{json, Map, Value};

/// The five parts of a batch answer so far, keyed by command name, which references can reach.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    /// `result`: each successful command's result.
    pub result: Map<String, Value>,
    /// `result_error`: each failed command's `{error, error_description}`.
    pub result_error: Map<String, Value>,
    /// `result_total`: the `total` of list commands.
    pub result_total: Map<String, Value>,
    /// `result_next`: the `next` of list commands with more pages.
    pub result_next: Map<String, Value>,
    /// `result_time`: each successful command's `time` block.
    pub result_time: Map<String, Value>,
}

impl Answers {
    /// The part a reference names (`result`, `result_error`, …), if any.
    pub fn part(&self, name: &str) -> Option<&Map<String, Value>> {
        match name {
            "result" => Some(&self.result),
            "result_error" => Some(&self.result_error),
            "result_total" => Some(&self.result_total),
            "result_next" => Some(&self.result_next),
            "result_time" => Some(&self.result_time),
            _ => None,
        }
    }

    /// Records a successful command: its result, its `total` and `next` when it is a list page, and
    /// its `time` block, each under `key`.
    pub fn succeed(
        &mut self,
        key: &str,
        result: Value,
        total: Option<Value>,
        next: Option<Value>,
        time: Value,
    ) {
        self.result.insert(key.to_owned(), result);
        if let Some(total) = total {
            self.result_total.insert(key.to_owned(), total);
        }
        if let Some(next) = next {
            self.result_next.insert(key.to_owned(), next);
        }
        self.result_time.insert(key.to_owned(), time);
    }

    /// Records a failed command as the portal reports it: `{error, error_description}` under `key`.
    pub fn fail(&mut self, key: &str, code: &str, description: &str) {
        self.result_error.insert(
            key.to_owned(),
            json!({"error": code, "error_description": description}),
        );
    }

    /// The batch's `result`: the five parts, each printed as PHP's `json_encode` prints an array
    /// (`[]` when empty, a JSON array when the command keys are `0..n-1`, else an object).
    pub fn to_json(&self) -> Value {
        let part = |map: &Map<String, Value>| {
            php_array(map.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        };
        json!({
            "result": part(&self.result),
            "result_error": part(&self.result_error),
            "result_total": part(&self.result_total),
            "result_next": part(&self.result_next),
            "result_time": part(&self.result_time),
        })
    }
}

/// The part names, longest first so that `$result_error[` is not read as `$result`.
const PARTS: [&str; 5] = [
    "result_error",
    "result_total",
    "result_next",
    "result_time",
    "result",
];

/// Replaces every reference inside every string of `params` (recursively through arrays and
/// objects) with what it resolves to in `answers`; see the module docs.
pub fn resolve(params: &mut Value, answers: &Answers) {
    match params {
        Value::String(text) if text.contains("$result") => {
            if let Some(value) = expand(text, answers) {
                *params = value;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| resolve(v, answers)),
        Value::Object(map) => map.values_mut().for_each(|v| resolve(v, answers)),
        _ => {}
    }
}

/// One string resolved on its own: the referenced value, the text with references spliced in, or
/// the text unchanged when it holds no reference.
pub fn resolve_text(text: &str, answers: &Answers) -> Value {
    expand(text, answers).unwrap_or_else(|| Value::String(text.to_owned()))
}

/// A reference found in a string: its byte range and the value it resolved to.
struct Reference {
    start: usize,
    end: usize,
    value: Value,
}

fn find_references(text: &str, answers: &Answers) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(offset) = text[from..].find('$') {
        let start = from + offset;
        let after = &text[start + 1..];
        let Some((part, root)) = PARTS.iter().find_map(|name| {
            after
                .strip_prefix(name)
                .filter(|rest| rest.starts_with('['))
                .and_then(|_| answers.part(name).map(|root| (*name, root)))
        }) else {
            from = start + 1;
            continue;
        };
        let mut pos = start + 1 + part.len();
        let mut path = Vec::new();
        while text[pos..].starts_with('[') {
            let Some(close) = text[pos..].find(']') else {
                break;
            };
            path.push(&text[pos + 1..pos + close]);
            pos += close + 1;
        }
        if path.is_empty() {
            from = start + 1;
            continue;
        }
        out.push(Reference {
            start,
            end: pos,
            value: follow(root, &path),
        });
        from = pos;
    }
    out
}

/// Follows `path` from `root` while the next key is set, returning the deepest value reached.
fn follow(root: &Map<String, Value>, path: &[&str]) -> Value {
    let Some(mut current) = path
        .first()
        .and_then(|first| root.get(*first))
        .filter(|v| !v.is_null())
    else {
        return Value::Object(root.clone());
    };
    for step in &path[1..] {
        let next = match current {
            Value::Object(map) => map.get(*step),
            Value::Array(items) => step.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        };
        match next.filter(|v| !v.is_null()) {
            Some(value) => current = value,
            None => break,
        }
    }
    current.clone()
}

/// How PHP prints a value spliced into text by `str_replace`.
pub fn php_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        Value::Bool(b) => if *b { "1" } else { "" }.to_owned(),
        Value::Array(_) | Value::Object(_) => "Array".to_owned(),
        Value::Number(n) => n.to_string(),
    }
}

fn expand(text: &str, answers: &Answers) -> Option<Value> {
    let refs = find_references(text, answers);
    if let [only] = refs.as_slice() {
        if only.start == 0 && only.end == text.len() {
            return Some(only.value.clone());
        }
    }
    if refs.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut last = 0;
    for reference in &refs {
        out.push_str(&text[last..reference.start]);
        out.push_str(&php_text(&reference.value));
        last = reference.end;
    }
    out.push_str(&text[last..]);
    Some(Value::String(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn references_resolve_whole_values_substrings_and_indices() {
        let results = json!({"deal": {"ID": "5", "CONTACT_ID": 7}, "list": {"items": [{"id": 1}, {"id": 2}]}, "0": [10, 20]});
        let answers = Answers {
            result: map(results.clone()),
            result_error: map(json!({"bad": {"error": "NOT_FOUND"}})),
            result_total: map(json!({"list": 120})),
            ..Answers::default()
        };
        let mut p = json!({
            "id": "$result[deal][CONTACT_ID]",
            "filter": {">ID": "$result[list][items][1][id]", "TITLE": "Deal $result[deal][ID] of $result[0][1]"},
            "whole": "$result[list][items]",
            "err": "$result_error[bad][error]",
            "total": "$result_total[list]",
            "unknown": "$result[nope][x]",
            "short": "$result[list][items][49][id]",
            "in_text": "after $result[list][items][5][id]!",
            "plain": "no refs",
            "dollars": "$5 off $result",
            "list": ["$result[deal][ID]"],
        });
        resolve(&mut p, &answers);
        assert_eq!(
            p,
            json!({
                "id": 7,
                "filter": {">ID": 2, "TITLE": "Deal 5 of 20"},
                "whole": [{"id": 1}, {"id": 2}],
                "err": "NOT_FOUND",
                "total": 120,
                // As the portal: a path that does not resolve stops at the deepest value it
                // reached, down to every result so far.
                "unknown": results,
                "short": [{"id": 1}, {"id": 2}],
                "in_text": "after Array!",
                "plain": "no refs",
                "dollars": "$5 off $result",
                "list": ["5"],
            })
        );
    }

    #[test]
    fn null_stops_the_walk_and_text_prints_like_php() {
        let answers = Answers {
            result: map(json!({"a": {"n": null, "t": true, "f": false}})),
            ..Answers::default()
        };
        assert_eq!(
            resolve_text("$result[a][n]", &answers),
            json!({"n": null, "t": true, "f": false})
        );
        assert_eq!(
            resolve_text("[$result[a][t]|$result[a][f]]", &answers),
            json!("[1|]")
        );
        assert_eq!(resolve_text("$result[a][t]", &answers), json!(true));
    }
}

//! `batch`: up to 50 `method?query` commands in one request, with `halt`, `$result[...]` /
//! `$result_error[...]` references between commands, and the portal's five-part answer
//! (`result`, `result_error`, `result_total`, `result_next`, `result_time`) keyed like `cmd`.

use super::envelope::{php_array, RestError, Timing};
use super::methods::Ctx;
use super::params::{scalar_text, truthy, Params};
use super::{call, form, normalize_method};
use crate::faults::FaultConfig;
use serde_json::{json, Map, Value};

/// The portal's limit on commands per batch.
pub const MAX_COMMANDS: usize = 50;

/// One command: its key in `cmd`, the method and its parameters.
struct Command {
    key: String,
    method: String,
    params: Value,
}

/// Reads one `cmd` entry: `"method?a=1&b[]=2"` (the query form-decoded, which also covers commands
/// whose outer body was already form-decoded once), or `{method, params}`.
fn command(key: String, entry: &Value) -> Command {
    if let Some(m) = entry.as_object() {
        let method = m.get("method").and_then(scalar_text).unwrap_or_default();
        return Command {
            key,
            method: normalize_method(&method),
            params: m.get("params").cloned().unwrap_or_else(|| json!({})),
        };
    }
    let text = scalar_text(entry).unwrap_or_default();
    let (method, query) = text.split_once('?').unwrap_or((text.as_str(), ""));
    Command {
        key,
        method: normalize_method(method),
        params: form::parse(query),
    }
}

/// Runs a batch; sub-calls share the outer call's auth and count as one request for the rate limit.
pub fn run(ctx: &Ctx, params: &Params, config: &FaultConfig) -> Result<Value, RestError> {
    let halt = params.get("halt").is_some_and(truthy);
    let commands: Vec<Command> = match params.get("cmd") {
        Some(Value::Object(m)) => m.iter().map(|(k, v)| command(k.clone(), v)).collect(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| command(i.to_string(), v))
            .collect(),
        _ => Vec::new(),
    };
    if commands.len() > MAX_COMMANDS {
        return Err(RestError::batch_too_long());
    }
    let (mut results, mut errors, mut totals, mut nexts, mut times) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut by_key = Map::new();
    let mut errors_by_key = Map::new();
    for Command {
        key,
        method,
        mut params,
    } in commands
    {
        substitute(&mut params, &by_key, &errors_by_key);
        if let Value::Object(m) = &mut params {
            m.shift_remove("auth");
        }
        let outcome = if method == "batch" {
            Err(RestError::batch_method_not_allowed())
        } else {
            call(
                ctx,
                &method,
                &Params::from_value(params),
                config,
                Timing::begin(),
            )
        };
        match outcome {
            Ok((success, timing)) => {
                by_key.insert(key.clone(), success.result.clone());
                if let Some(total) = success.total {
                    totals.push((key.clone(), json!(total)));
                }
                if let Some(next) = success.next {
                    nexts.push((key.clone(), json!(next)));
                }
                times.push((key.clone(), timing.to_json()));
                results.push((key, success.result));
            }
            Err(e) => {
                let body = json!({"error": e.code, "error_description": e.description});
                errors_by_key.insert(key.clone(), body.clone());
                errors.push((key, body));
                if halt {
                    break;
                }
            }
        }
    }
    Ok(json!({
        "result": php_array(results),
        "result_error": php_array(errors),
        "result_total": php_array(totals),
        "result_next": php_array(nexts),
        "result_time": php_array(times),
    }))
}

/// Replaces `$result[key][field]...` and `$result_error[key]...` inside every string of `params`.
fn substitute(params: &mut Value, results: &Map<String, Value>, errors: &Map<String, Value>) {
    match params {
        Value::String(s) if s.contains("$result") => {
            if let Some(v) = expand(s, results, errors) {
                *params = v;
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|v| substitute(v, results, errors)),
        Value::Object(m) => m.values_mut().for_each(|v| substitute(v, results, errors)),
        _ => {}
    }
}

/// A reference found in a string: byte range and the value it resolved to.
struct Reference {
    start: usize,
    end: usize,
    value: Value,
}

fn find_references(
    s: &str,
    results: &Map<String, Value>,
    errors: &Map<String, Value>,
) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(offset) = s[from..].find("$result") {
        let start = from + offset;
        let after = &s[start + "$result".len()..];
        let (root, mut pos) = if after.starts_with("_error[") {
            (errors, start + "$result_error".len())
        } else if after.starts_with('[') {
            (results, start + "$result".len())
        } else {
            from = start + 1;
            continue;
        };
        let mut path = Vec::new();
        while s[pos..].starts_with('[') {
            let Some(close) = s[pos..].find(']') else {
                break;
            };
            path.push(&s[pos + 1..pos + close]);
            pos += close + 1;
        }
        if path.is_empty() {
            from = start + 1;
            continue;
        }
        out.push(Reference {
            start,
            end: pos,
            value: resolve(root, &path),
        });
        from = pos;
    }
    out
}

/// Follows `path` from `root` as the portal's `CRestUtil::processBatchElement` does: step by step
/// while the next key is set (PHP `isset`: present and not null), then stops, so a path that does not
/// resolve yields the deepest value it reached, down to the whole `root` (e.g. `$result[c9][49][ID]`
/// after a short page `c9` is the whole page).
fn resolve(root: &Map<String, Value>, path: &[&str]) -> Value {
    let Some((first, rest)) = path.split_first() else {
        return Value::Object(root.clone());
    };
    let Some(mut current) = root.get(*first).filter(|v| !v.is_null()) else {
        return Value::Object(root.clone());
    };
    for step in rest {
        let next = match current {
            Value::Object(m) => m.get(*step),
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

/// The new value of a string holding references: the referenced value itself when the string is one
/// whole reference, else the text with each reference spliced in as PHP's `str_replace` would
/// (arrays become `Array`, `true` `1`, `false` and null nothing). `None`: no reference in it.
fn expand(s: &str, results: &Map<String, Value>, errors: &Map<String, Value>) -> Option<Value> {
    let refs = find_references(s, results, errors);
    if let [only] = refs.as_slice() {
        if only.start == 0 && only.end == s.len() {
            return Some(only.value.clone());
        }
    }
    if refs.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut last = 0;
    for r in &refs {
        out.push_str(&s[last..r.start]);
        match &r.value {
            Value::String(text) => out.push_str(text),
            Value::Null => {}
            Value::Bool(b) => out.push_str(if *b { "1" } else { "" }),
            Value::Array(_) | Value::Object(_) => out.push_str("Array"),
            Value::Number(n) => out.push_str(&n.to_string()),
        }
        last = r.end;
    }
    out.push_str(&s[last..]);
    Some(Value::String(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_resolve_whole_values_substrings_and_indices() {
        let results = json!({"deal": {"ID": "5", "CONTACT_ID": 7}, "list": {"items": [{"id": 1}, {"id": 2}]}, "0": [10, 20]});
        let errors = json!({"bad": {"error": "NOT_FOUND"}});
        let (r, e) = (
            results.as_object().cloned().unwrap_or_default(),
            errors.as_object().cloned().unwrap_or_default(),
        );
        let mut p = json!({
            "id": "$result[deal][CONTACT_ID]",
            "filter": {">ID": "$result[list][items][1][id]", "TITLE": "Deal $result[deal][ID] of $result[0][1]"},
            "whole": "$result[list][items]",
            "err": "$result_error[bad][error]",
            "unknown": "$result[nope][x]",
            "short": "$result[list][items][49][id]",
            "in_text": "after $result[list][items][5][id]!",
            "plain": "no refs",
        });
        substitute(&mut p, &r, &e);
        assert_eq!(
            p,
            json!({
                "id": 7,
                "filter": {">ID": 2, "TITLE": "Deal 5 of 20"},
                "whole": [{"id": 1}, {"id": 2}],
                "err": "NOT_FOUND",
                // As the portal: a path that does not resolve stops at the deepest value it
                // reached, down to every result so far.
                "unknown": results,
                "short": [{"id": 1}, {"id": 2}],
                "in_text": "after Array!",
                "plain": "no refs",
            })
        );
    }
}

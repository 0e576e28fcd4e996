//! `batch`: up to 50 `method?query` commands in one request, with `halt`, `$result[...]` /
//! `$result_error[...]` references between commands, and the portal's five-part answer
//! (`result`, `result_error`, `result_total`, `result_next`, `result_time`) keyed like `cmd`.
//! References are resolved by `protocol::batch`, the same code the fake portal in `rest::testing` uses.

use super::envelope::{RestError, Timing};
use super::methods::Ctx;
use super::params::{scalar_text, truthy, Params};
use super::{call, form, normalize_method};
use crate::faults::FaultConfig;
use protocol::batch::{self, Answers};
use serde_json::{json, Value};

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
    let mut answers = Answers::default();
    for Command {
        key,
        method,
        mut params,
    } in commands
    {
        batch::resolve(&mut params, &answers);
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
            Ok((success, timing)) => answers.succeed(
                &key,
                success.result,
                success.total.map(|total| json!(total)),
                success.next.map(|next| json!(next)),
                timing.to_json(),
            ),
            Err(e) => {
                answers.fail(&key, &e.code, &e.description);
                if halt {
                    break;
                }
            }
        }
    }
    Ok(answers.to_json())
}

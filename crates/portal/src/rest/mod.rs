//! The fake Bitrix24 REST API over the seeded store.
//!
//! - [`router`]: `/rest/<method>[.json]` (GET/POST/OPTIONS, JSON or PHP-form bodies, CORS) and the
//!   avatar images `/emulator/avatar/<id>.svg`.
//! - [`handle`]: the core, callable without HTTP: auth check, fault injection (rate limit, every-Nth
//!   failure, operation-time limit), method dispatch, the `{result, time}` envelope, the event log.

pub mod batch;
pub mod envelope;
pub mod form;
pub mod limits;
pub mod methods;
pub mod params;
pub mod query;
pub mod router;

pub use router::router;

use crate::faults::FaultConfig;
use crate::state::EmulatorState;
use crate::tokens::TokenStatus;
use envelope::{success_body, RestError, Success, Timing};
use methods::Ctx;
use params::{scalar_text, Params};
use serde_json::{json, Value};
use std::sync::MutexGuard;
use std::time::Instant;

/// Lower-cased method name without the optional `.json` suffix and surrounding slashes.
pub fn normalize_method(method: &str) -> String {
    let m = method.trim().trim_matches('/');
    let m = match m
        .len()
        .checked_sub(5)
        .and_then(|cut| m.get(cut..).map(|tail| (cut, tail)))
    {
        Some((cut, tail)) if cut > 0 && tail.eq_ignore_ascii_case(".json") => &m[..cut],
        _ => m,
    };
    m.to_ascii_lowercase()
}

/// Answers one REST call: `(HTTP status, JSON body)`. `auth` may also come inside `params`
/// (`params.auth`), as BX24.js and b24jssdk send it; it is never logged.
pub fn handle(
    state: &EmulatorState,
    method: &str,
    params: Value,
    auth: Option<&str>,
) -> (u16, Value) {
    let began = Instant::now();
    let timing = Timing::begin();
    let name = normalize_method(method);
    let mut params = Params::from_value(params);
    let inline_auth = params.0.shift_remove("auth").and_then(|v| scalar_text(&v));
    let auth = auth.map(str::to_owned).or(inline_auth);
    let (status, body) = match process(state, &name, &params, auth.as_deref(), timing) {
        Ok(body) => (200, body),
        Err(e) => (e.status, e.body()),
    };
    let mut entry = json!({
        "method": name,
        "params": scrub_inline_auth(Value::Object(params.0)),
        "status": status,
        "ms": began.elapsed().as_secs_f64() * 1000.0,
    });
    if let Some(code) = body.get("error") {
        entry["error"] = code.clone();
    }
    state.log.push("rest", entry);
    (status, body)
}

fn meter(state: &EmulatorState) -> MutexGuard<'_, limits::Meter> {
    state.faults.meter.lock().unwrap_or_else(|e| e.into_inner())
}

fn process(
    state: &EmulatorState,
    method: &str,
    params: &Params,
    auth: Option<&str>,
    timing: Timing,
) -> Result<Value, RestError> {
    match auth.filter(|a| !a.is_empty()) {
        None => return Err(RestError::no_auth()),
        Some(token) => match state.tokens.check(token) {
            TokenStatus::Valid => {}
            TokenStatus::Expired => return Err(RestError::expired_token()),
            TokenStatus::Invalid => return Err(RestError::invalid_token()),
        },
    }
    let config = state.faults.get();
    {
        let mut meter = meter(state);
        meter.sync(&config);
        if config.rate_limit && !meter.admit(&config, timing.start) {
            return Err(RestError::query_limit());
        }
        if meter.should_fail(&config) {
            return Err(RestError::internal());
        }
    }
    let ctx = Ctx { state };
    if method == "batch" {
        operation_limit_check(state, &config, method, timing)?;
        // The outer batch is not counted in operating time; its commands are.
        let result = batch::run(&ctx, params, &config)?;
        let timing = with_operating_time(state, method, timing);
        return Ok(success_body(&Success::plain(result), &timing));
    }
    let (success, timing) = call(&ctx, method, params, &config, timing)?;
    Ok(success_body(&success, &timing))
}

/// `timing`, finished, with this method's accumulated operating time and when it resets.
fn with_operating_time(state: &EmulatorState, method: &str, timing: Timing) -> Timing {
    let (operating, operating_reset_at) = meter(state).operating(method, timing.start);
    Timing {
        operating,
        operating_reset_at,
        ..timing
    }
    .finished()
}

fn operation_limit_check(
    state: &EmulatorState,
    config: &FaultConfig,
    method: &str,
    timing: Timing,
) -> Result<(), RestError> {
    if config
        .operation_limited
        .iter()
        .any(|m| normalize_method(m) == method)
    {
        let timing = with_operating_time(state, method, timing);
        return Err(RestError::operation_time_limit(timing.to_json()));
    }
    Ok(())
}

/// Runs one method (top level or inside a batch): method lookup, operation-time limit, the call,
/// operating-time accounting. Returns the result with its finished timing.
pub(crate) fn call(
    ctx: &Ctx,
    method: &str,
    params: &Params,
    config: &FaultConfig,
    timing: Timing,
) -> Result<(Success, Timing), RestError> {
    let implementation = methods::lookup(method).ok_or_else(RestError::method_not_found)?;
    operation_limit_check(ctx.state, config, method, timing)?;
    let began = Instant::now();
    let result = implementation(ctx, params);
    let processing = began.elapsed().as_secs_f64();
    let (operating, operating_reset_at) =
        meter(ctx.state).record(method, processing, timing.start + processing);
    let timing = Timing {
        processing,
        operating,
        operating_reset_at,
        ..timing
    }
    .finished();
    result.map(|success| (success, timing))
}

/// Hides `auth=...` inside query strings (batch commands) before they reach the log.
fn scrub_inline_auth(v: Value) -> Value {
    match v {
        Value::String(s) if s.contains("auth=") => {
            let parts: Vec<String> = s
                .split('&')
                .map(|part| match part.split_once("auth=") {
                    Some((before, _)) if before.is_empty() || before.ends_with('?') => {
                        format!("{before}auth=<redacted>")
                    }
                    _ => part.to_owned(),
                })
                .collect();
            Value::String(parts.join("&"))
        }
        Value::Array(items) => Value::Array(items.into_iter().map(scrub_inline_auth).collect()),
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (k, scrub_inline_auth(v)))
                .collect(),
        ),
        other => other,
    }
}

#[cfg(test)]
mod tests;

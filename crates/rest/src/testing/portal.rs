//! A fake Bitrix24 portal: the server side of REST as the client sees it, on a [`VirtualClock`].
//!
//! It keeps the portal's leaky bucket (503 `QUERY_LIMIT_EXCEEDED` when exceeded, rejected requests not
//! counted), OAuth tokens with expiry (401 `expired_token` / `invalid_token` / `NO_AUTH_FOUND`), a deal
//! table of `rows` rows with IDs `1..=rows` (`crm.deal.list` with string IDs, `crm.item.list` wrapped in
//! `items` with numeric IDs, both honouring `start`, `start=-1`, `order` and `filter` on the ID with
//! `>`, `>=`, `<`, `<=`, `=`), `batch` with `$result[...]` macros (resolved by `protocol::batch`, as in the emulator), `halt`, the 50-command limit and no
//! nesting, and scripted faults. Parameters reach it the way PHP sees them: the fake transport runs
//! them through [`crate::form::encode`] and [`crate::form::decode`], so every value is a string.

use super::clock::VirtualClock;
use crate::envelope::lenient_i64;
use crate::limiter::{LeakyBucket, RateLimit};
use crate::{form, AccessToken, RawResponse, Runtime};
use protocol::batch::{self, Answers};
use protocol::envelope::ResponseTime;
use protocol::meter::OperatingMeter;
use serde_json::{json, Value};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::rc::Rc;

/// Rows per list page, as on the real portal.
const PAGE: usize = 50;

/// How the fake portal behaves.
#[derive(Debug, Clone, PartialEq)]
pub struct PortalConfig {
    /// The portal's bucket.
    pub rate: RateLimit,
    /// Time from the client's send to the portal's processing (the bucket counts at that moment).
    pub latency_ms: u64,
    /// Extra answer time per row returned (list pages, batch pages).
    pub per_row_ms: u64,
    /// Rows in the deal table (IDs `1..=rows`).
    pub rows: u64,
    /// Whether requests must carry a valid token.
    pub require_auth: bool,
    /// Operating time each method call costs (reported in `time.operating`, summed per method over
    /// the last ten minutes).
    pub operating_cost_ms: u64,
    /// A method whose operating time reached this is refused with `429 OPERATION_TIME_LIMIT`.
    pub operating_limit_ms: Option<u64>,
}

impl Default for PortalConfig {
    fn default() -> Self {
        Self {
            rate: RateLimit::cloud(),
            latency_ms: 50,
            per_row_ms: 0,
            rows: 10_000,
            require_auth: true,
            operating_cost_ms: 0,
            operating_limit_ms: None,
        }
    }
}

const OPERATION_TIME_LIMIT: &str = "OPERATION_TIME_LIMIT";

/// What the portal does with one request instead of answering normally (see [`FakePortal::script`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Answer with this status and body.
    Answer(RawResponse),
    /// Answer normally, this many milliseconds later.
    Late(u64),
    /// Never answer (BX24.js drops 5xx answers; a dead connection does the same).
    Never,
    /// Fail below HTTP.
    Network(String),
}

/// A method's answer as a custom handler gives it: `result`, raw `total` and `next` (any JSON, so
/// tests can send garbage), or an error `(status, code, description)`.
pub type HandlerAnswer = Result<(Value, Option<Value>, Option<Value>), (u16, String, String)>;

type Handler = Box<dyn FnMut(&Value) -> Option<HandlerAnswer>>;

/// Counters of what the portal saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PortalCounters {
    /// Requests that reached the portal.
    pub requests: u64,
    /// Of those, rejected with 503 `QUERY_LIMIT_EXCEEDED`.
    pub rejected: u64,
    /// Of those, answered 401 `expired_token`.
    pub expired: u64,
    /// Commands executed inside `batch` requests.
    pub batch_commands: u64,
    /// Tokens issued after the first (refreshes).
    pub tokens_issued: u64,
    /// Requests the client gave up on before the answer (dropped transport futures).
    pub dropped: u64,
    /// Requests per method (top level).
    pub per_method: BTreeMap<String, u64>,
    /// Writes executed (`crm.deal.add`).
    pub writes: u64,
    /// Method calls refused with `429 OPERATION_TIME_LIMIT` (top level or inside `batch`).
    pub operation_limited: u64,
}

/// One request as the portal saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedRequest {
    /// Virtual ms since the clock started.
    pub at_ms: u64,
    /// Method.
    pub method: String,
    /// Parameters as PHP sees them.
    pub params: Value,
    /// HTTP status of the answer (0 for scripted non-answers).
    pub status: u16,
}

/// The fake portal. Clones share state.
#[derive(Clone)]
pub struct FakePortal {
    clock: VirtualClock,
    state: Rc<RefCell<State>>,
}

struct State {
    config: PortalConfig,
    bucket: LeakyBucket,
    tokens: HashMap<String, f64>,
    token_seq: u64,
    counters: PortalCounters,
    log: Vec<LoggedRequest>,
    scripts: VecDeque<(Option<String>, Reply)>,
    handlers: HashMap<String, Handler>,
    next_deal_id: u64,
    /// Per-method operating time, in the portal's one-minute baskets (`protocol::meter`).
    operating: OperatingMeter,
}

/// What the transport should do with a request the portal processed.
pub(crate) struct Outcome {
    pub reply: Reply,
    pub delay_ms: u64,
}

impl FakePortal {
    /// A portal on `clock`.
    pub fn new(clock: &VirtualClock, config: PortalConfig) -> Self {
        let state = State {
            bucket: LeakyBucket::new(config.rate),
            next_deal_id: config.rows + 1,
            config,
            tokens: HashMap::new(),
            token_seq: 0,
            counters: PortalCounters::default(),
            log: Vec::new(),
            scripts: VecDeque::new(),
            handlers: HashMap::new(),
            operating: OperatingMeter::default(),
        };
        Self {
            clock: clock.clone(),
            state: Rc::new(RefCell::new(state)),
        }
    }

    /// The clock the portal runs on.
    pub fn clock(&self) -> &VirtualClock {
        &self.clock
    }

    /// The configuration.
    pub fn config(&self) -> PortalConfig {
        self.state.borrow().config.clone()
    }

    /// Counters so far.
    pub fn counters(&self) -> PortalCounters {
        self.state.borrow().counters.clone()
    }

    /// Every request so far.
    pub fn log(&self) -> Vec<LoggedRequest> {
        self.state.borrow().log.clone()
    }

    /// Issues a token valid for `lifetime_ms` from now.
    pub fn issue_token(&self, lifetime_ms: u64) -> AccessToken {
        let mut state = self.state.borrow_mut();
        state.token_seq += 1;
        if state.token_seq > 1 {
            state.counters.tokens_issued += 1;
        }
        let secret = format!("token-{}", state.token_seq);
        let expires_at_ms = self.clock.now_ms() + lifetime_ms as f64;
        state.tokens.insert(secret.clone(), expires_at_ms);
        AccessToken::new(secret, expires_at_ms)
    }

    /// Expires every token now, server-side (the client still believes in its expiry time).
    pub fn expire_tokens(&self) {
        let now = self.clock.now_ms();
        for expiry in self.state.borrow_mut().tokens.values_mut() {
            *expiry = expiry.min(now);
        }
    }

    /// The next request to `method` (any method with `None`) gets `reply` instead of the normal
    /// answer. Scripts are used once each, in order; the bucket still counts the request.
    pub fn script(&self, method: Option<&str>, reply: Reply) {
        self.state
            .borrow_mut()
            .scripts
            .push_back((method.map(str::to_owned), reply));
    }

    /// Answers `method` (top level and inside `batch`) with `handler` whenever it returns `Some`.
    pub fn set_handler(
        &self,
        method: &str,
        handler: impl FnMut(&Value) -> Option<HandlerAnswer> + 'static,
    ) {
        self.state
            .borrow_mut()
            .handlers
            .insert(method.to_owned(), Box::new(handler));
    }

    pub(crate) fn note_dropped(&self) {
        self.state.borrow_mut().counters.dropped += 1;
    }

    /// Processes one request arriving now. `token` is the `auth` it carries.
    pub(crate) fn receive(&self, method: &str, params: &Value, token: Option<&str>) -> Outcome {
        let params = form::decode(&form::encode(params));
        let now = self.clock.elapsed_ms();
        let (reply, rows, extra_ms) = self.process(method, &params, token, now);
        let status = match &reply {
            Reply::Answer(raw) => raw.status,
            _ => 0,
        };
        let mut state = self.state.borrow_mut();
        state.log.push(LoggedRequest {
            at_ms: now,
            method: method.to_owned(),
            params,
            status,
        });
        Outcome {
            reply,
            delay_ms: extra_ms + rows * state.config.per_row_ms,
        }
    }

    /// `(reply, rows returned, extra delay)`; the reply is never [`Reply::Late`].
    fn process(
        &self,
        method: &str,
        params: &Value,
        token: Option<&str>,
        now: u64,
    ) -> (Reply, u64, u64) {
        {
            let mut state = self.state.borrow_mut();
            state.counters.requests += 1;
            *state
                .counters
                .per_method
                .entry(method.to_owned())
                .or_default() += 1;
            if !state.bucket.try_take(now) {
                state.counters.rejected += 1;
                return (
                    error_reply(503, "QUERY_LIMIT_EXCEEDED", "Too many requests"),
                    0,
                    0,
                );
            }
        }
        let scripted = {
            let mut state = self.state.borrow_mut();
            let position = state
                .scripts
                .iter()
                .position(|(only, _)| only.as_deref().is_none_or(|only| only == method));
            position
                .and_then(|position| state.scripts.remove(position))
                .map(|(_, reply)| reply)
        };
        let extra_ms = match scripted {
            Some(Reply::Late(extra)) => extra,
            Some(other) => return (other, 0, 0),
            None => 0,
        };
        if let Some(denied) = self.check_auth(token) {
            return (denied, 0, extra_ms);
        }
        let (body, rows) = if method == "batch" {
            self.batch(params)
        } else {
            match self.dispatch(method, params) {
                Ok((result, total, next, rows)) => (
                    Ok(envelope(result, total, next, self.time_block(method))),
                    rows,
                ),
                Err(error) => (Err(error), 0),
            }
        };
        match body {
            Ok(body) => (
                Reply::Answer(RawResponse {
                    status: 200,
                    body: body.to_string(),
                }),
                rows,
                extra_ms,
            ),
            Err((status, code, description)) if code == OPERATION_TIME_LIMIT => {
                let body = json!({"error": code, "error_description": description, "time": self.time_block(method)});
                let reply = Reply::Answer(RawResponse {
                    status,
                    body: body.to_string(),
                });
                (reply, 0, extra_ms)
            }
            Err((status, code, description)) => {
                (error_reply(status, &code, &description), 0, extra_ms)
            }
        }
    }

    fn check_auth(&self, token: Option<&str>) -> Option<Reply> {
        let mut state = self.state.borrow_mut();
        if !state.config.require_auth {
            return None;
        }
        let Some(token) = token else {
            return Some(error_reply(
                401,
                "NO_AUTH_FOUND",
                "Wrong authorization data",
            ));
        };
        match state.tokens.get(token) {
            None => Some(error_reply(
                401,
                "invalid_token",
                "The access token provided is invalid.",
            )),
            Some(expiry) if *expiry <= self.clock.now_ms() => {
                state.counters.expired += 1;
                Some(error_reply(
                    401,
                    "expired_token",
                    "The access token provided has expired.",
                ))
            }
            Some(_) => None,
        }
    }

    /// Runs one method. Returns `(result, total, next, rows returned)` or `(status, code, description)`.
    #[allow(
        clippy::type_complexity,
        reason = "a test fake's private return shape, spelled out where it is produced"
    )]
    fn dispatch(
        &self,
        method: &str,
        params: &Value,
    ) -> Result<(Value, Option<Value>, Option<Value>, u64), (u16, String, String)> {
        self.charge_operating(method)?;
        let custom = {
            let mut state = self.state.borrow_mut();
            state
                .handlers
                .get_mut(method)
                .and_then(|handler| handler(params))
        };
        if let Some(answer) = custom {
            return answer.map(|(result, total, next)| {
                let rows = result.as_array().map_or(0, |rows| rows.len() as u64);
                (result, total, next, rows)
            });
        }
        let rows = self.state.borrow().config.rows;
        match method {
            "crm.deal.list" => {
                let page = list_page(rows, params, "ID");
                let count = page.ids.len() as u64;
                Ok((
                    Value::Array(page.ids.iter().map(|id| deal_row(*id)).collect()),
                    Some(json!(page.total)),
                    page.next.map(|n| json!(n)),
                    count,
                ))
            }
            "crm.item.list" => {
                let page = list_page(rows, params, "id");
                let count = page.ids.len() as u64;
                let items: Vec<Value> = page.ids.iter().map(|id| item_row(*id)).collect();
                Ok((
                    json!({ "items": items }),
                    Some(json!(page.total)),
                    page.next.map(|n| json!(n)),
                    count,
                ))
            }
            "crm.deal.get" => {
                match id_param(params, &["id", "ID"]).filter(|id| (1..=rows as i64).contains(id)) {
                    Some(id) => Ok((deal_row(id as u64), None, None, 1)),
                    None => Err((400, "NOT_FOUND".into(), "Not found".into())),
                }
            }
            "crm.item.get" => {
                match id_param(params, &["id"]).filter(|id| (1..=rows as i64).contains(id)) {
                    Some(id) => Ok((json!({ "item": item_row(id as u64) }), None, None, 1)),
                    None => Err((400, "NOT_FOUND".into(), "Element not found".into())),
                }
            }
            "user.current" => Ok((user_row(1), None, None, 1)),
            "user.get" => {
                let users: Vec<Value> = match id_param(params, &["ID", "id"])
                    .or_else(|| id_param(params.get("filter").unwrap_or(&Value::Null), &["ID"]))
                {
                    Some(id) if (1..=5).contains(&id) => vec![user_row(id as u64)],
                    Some(_) => Vec::new(),
                    None => (1..=5).map(user_row).collect(),
                };
                let count = users.len() as u64;
                Ok((Value::Array(users), Some(json!(count)), None, count))
            }
            "crm.deal.add" => {
                let mut state = self.state.borrow_mut();
                state.counters.writes += 1;
                let id = state.next_deal_id;
                state.next_deal_id += 1;
                Ok((json!(id), None, None, 0))
            }
            "crm.deal.fields" => Ok((
                json!({"ID": {"type": "integer"}, "TITLE": {"type": "string"}}),
                None,
                None,
                0,
            )),
            _ => Err((
                404,
                "ERROR_METHOD_NOT_FOUND".into(),
                "Method not found!".into(),
            )),
        }
    }

    /// `batch`: `(body, rows)` or an error for the whole request.
    #[allow(
        clippy::type_complexity,
        reason = "a test fake's private return shape, spelled out where it is produced"
    )]
    fn batch(&self, params: &Value) -> (Result<Value, (u16, String, String)>, u64) {
        let commands = match params.get("cmd") {
            Some(Value::Object(commands)) => commands.clone(),
            _ => {
                return (
                    Err((
                        400,
                        "ERROR_BATCH_LENGTH_EXCEEDED".into(),
                        "No commands".into(),
                    )),
                    0,
                )
            }
        };
        if commands.len() > PAGE {
            return (
                Err((
                    400,
                    "ERROR_BATCH_LENGTH_EXCEEDED".into(),
                    "Max batch length exceeded".into(),
                )),
                0,
            );
        }
        let halt = params
            .get("halt")
            .and_then(Value::as_str)
            .is_some_and(|flag| !flag.is_empty() && flag != "0");
        let mut answers = Answers::default();
        let mut rows = 0;
        for (name, command) in commands {
            let text = command.as_str().unwrap_or_default();
            let (method, query) = text.split_once('?').unwrap_or((text, ""));
            self.state.borrow_mut().counters.batch_commands += 1;
            let outcome = if method == "batch" {
                Err((
                    405,
                    "ERROR_BATCH_METHOD_NOT_ALLOWED".into(),
                    "Batch method is not allowed".into(),
                ))
            } else {
                let mut resolved = form::decode(query);
                batch::resolve(&mut resolved, &answers);
                self.dispatch(method, &resolved)
            };
            match outcome {
                Ok((result, total, next, count)) => {
                    rows += count;
                    let time = self.time_block(method);
                    answers.succeed(&name, result, total, next, time);
                }
                Err((_, code, description)) => {
                    answers.fail(&name, &code, &description);
                    if halt {
                        break;
                    }
                }
            }
        }
        (
            Ok(json!({"result": answers.to_json(), "time": self.time_block("batch")})),
            rows,
        )
    }

    /// The `time` block of an answer of `method`, with its operating time in the window.
    fn time_block(&self, method: &str) -> Value {
        let now_ms = self.clock.now_ms();
        let now = now_ms / 1000.0;
        let state = self.state.borrow();
        ResponseTime {
            start: Some(now),
            finish: Some(now),
            duration: Some(0.0),
            processing: Some(0.0),
            date_start: Some("2023-11-14T22:13:20+00:00".into()),
            date_finish: Some("2023-11-14T22:13:20+00:00".into()),
            operating_reset_at: Some(state.operating.reset_at_ms(method, now_ms) / 1000.0),
            operating: Some(state.operating.used_ms(method, now_ms) / 1000.0),
        }
        .to_json()
    }

    /// Charges one call of `method` to its operating time, or refuses it when the method has used
    /// up its limit.
    fn charge_operating(&self, method: &str) -> Result<(), (u16, String, String)> {
        let now_ms = self.clock.now_ms();
        let mut state = self.state.borrow_mut();
        let (cost, limit) = (
            state.config.operating_cost_ms,
            state.config.operating_limit_ms,
        );
        let used = state.operating.used_ms(method, now_ms);
        if limit.is_some_and(|limit| used >= limit as f64) {
            state.counters.operation_limited += 1;
            return Err((
                429,
                OPERATION_TIME_LIMIT.into(),
                "Method is blocked due to operation time limit.".into(),
            ));
        }
        if cost > 0 {
            state.operating.record(method, cost as f64, now_ms);
        }
        Ok(())
    }
}

/// A success body (`protocol::envelope::success`), always with its `time` block.
fn envelope(result: Value, total: Option<Value>, next: Option<Value>, time: Value) -> Value {
    protocol::envelope::success(result, next, total, Some(time))
}

/// An error answer with the portal's body (`protocol::envelope::error`).
fn error_reply(status: u16, code: &str, description: &str) -> Reply {
    Reply::Answer(RawResponse {
        status,
        body: protocol::envelope::error(code, description).to_string(),
    })
}

/// A page of the ID table.
struct Page {
    ids: Vec<u64>,
    total: u64,
    next: Option<u64>,
}

/// `start`, `order` and `filter` on the ID column, over IDs `1..=rows`.
fn list_page(rows: u64, params: &Value, id_key: &str) -> Page {
    let (mut low, mut high) = (1i64, rows as i64);
    if let Some(Value::Object(filter)) = params.get("filter") {
        for (key, value) in filter {
            let (op, field) = split_operator(key);
            let Some(bound) = lenient_i64(value) else {
                continue;
            };
            if !field.eq_ignore_ascii_case(id_key) {
                continue;
            }
            match op {
                ">" => low = low.max(bound + 1),
                ">=" => low = low.max(bound),
                "<" => high = high.min(bound - 1),
                "<=" => high = high.min(bound),
                _ => (low, high) = (low.max(bound), high.min(bound)),
            }
        }
    }
    let descending = params
        .get("order")
        .and_then(Value::as_object)
        .and_then(|order| {
            order
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(id_key))
        })
        .is_some_and(|(_, direction)| {
            direction
                .as_str()
                .is_some_and(|d| d.eq_ignore_ascii_case("DESC"))
        });
    let count = if high >= low {
        (high - low + 1) as u64
    } else {
        0
    };
    let start = params.get("start").and_then(lenient_i64).unwrap_or(0);
    let no_count = start == -1;
    let skip = start.max(0) as u64;
    let ids: Vec<u64> = (skip..count.min(skip + PAGE as u64))
        .map(|offset| {
            if descending {
                high as u64 - offset
            } else {
                low as u64 + offset
            }
        })
        .collect();
    let next = (!no_count && skip + (PAGE as u64) < count).then_some(skip + PAGE as u64);
    Page {
        ids,
        total: if no_count { 0 } else { count },
        next,
    }
}

fn split_operator(key: &str) -> (&str, &str) {
    for op in [">=", "<=", ">", "<", "="] {
        if let Some(field) = key.strip_prefix(op) {
            return (op, field);
        }
    }
    ("", key)
}

fn id_param(params: &Value, keys: &[&str]) -> Option<i64> {
    keys.iter()
        .find_map(|key| params.get(*key))
        .and_then(lenient_i64)
}

const STAGES: [&str; 3] = ["NEW", "PREPARATION", "WON"];

fn deal_row(id: u64) -> Value {
    json!({
        "ID": id.to_string(),
        "TITLE": format!("Deal #{id}"),
        "STAGE_ID": STAGES[(id % 3) as usize],
        "ASSIGNED_BY_ID": (1 + id % 5).to_string(),
        "OPPORTUNITY": format!("{}.00", id * 10),
    })
}

fn item_row(id: u64) -> Value {
    json!({
        "id": id,
        "title": format!("Deal #{id}"),
        "stageId": STAGES[(id % 3) as usize],
        "assignedById": 1 + id % 5,
        "opportunity": id * 10,
    })
}

fn user_row(id: u64) -> Value {
    json!({"ID": id.to_string(), "NAME": format!("User {id}"), "ACTIVE": true})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_pages_follow_the_portal_rules() {
        let page = list_page(120, &json!({"start": "100"}), "ID");
        assert_eq!(
            (page.ids.len(), page.ids[0], page.total, page.next),
            (20, 101, 120, None)
        );
        let page = list_page(120, &json!({"start": "0"}), "ID");
        assert_eq!((page.ids.len(), page.total, page.next), (50, 120, Some(50)));
        let page = list_page(120, &json!({"start": "-1", "filter": {">ID": "100"}}), "ID");
        assert_eq!(
            (
                page.ids.first().copied(),
                page.ids.len(),
                page.total,
                page.next
            ),
            (Some(101), 20, 0, None)
        );
        let page = list_page(
            120,
            &json!({"order": {"id": "DESC"}, "filter": {"<=id": "10"}}),
            "id",
        );
        assert_eq!(page.ids, (1..=10).rev().collect::<Vec<_>>());
    }
}

//! Paging over list methods (`crm.deal.list`, `crm.item.list`, `tasks.task.list`, `user.get`...).
//!
//! Three modes ([`ListMode`]):
//! - **Offset**: `start=0`, then `start=next` until the portal stops sending `next`. Stops on a short
//!   page (< 50 rows) and on a `next` at or beyond `total`; a `next` that is not exactly
//!   `start + rows` (not advancing, skipping or repeating rows) ends the stream with an error. A
//!   malformed `next` counts as absent. Never loops.
//! - **OffsetBatch**: the first page as in Offset; once `total` is known, the remaining pages go as
//!   `batch` requests of up to 50 pages each (one request instead of fifty under the 2 req/s limit).
//!   Every page is checked by the same rules, a page that fails ends the stream with its error, and
//!   if the table grew meanwhile the last page's `next` starts another round.
//! - **IdCursor**: the portal's fast export: `order {id_key: ASC}`, `filter[>id_key] = last id`,
//!   `start=-1` (no counting). Stops on a page of < 50 rows. IDs (numbers or numeric strings) must
//!   increase strictly across pages or the stream ends with an error. The caller's `order` is replaced;
//!   the rest of the caller's `filter` is kept, and a `>id_key` of its own bounds the first page.
//!
//! Rows may come wrapped: `crm.item.list` answers `{items: [...]}`, `tasks.task.list`
//! `{tasks: [...]}`: set [`ListSpec::items_key`]. An empty page may be `[]` in place of the wrapper.

use crate::batch::{Batch, MAX_COMMANDS};
use crate::envelope::lenient_i64;
use crate::{Client, RestError, Runtime, Transport};
use futures::stream::{self, Stream, StreamExt};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};
use std::collections::VecDeque;
use std::marker::PhantomData;
use std::pin::pin;

/// Rows per page of Bitrix24 list methods.
pub const PAGE_SIZE: usize = 50;

/// How to walk through the pages (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListMode {
    /// `start`/`next`, one request per page.
    Offset,
    /// `start`/`next`, the pages after the first fetched through `batch`, 50 per request.
    OffsetBatch,
    /// `filter[>ID]` on the last ID seen, `start=-1`. `id_key` is `ID` for `crm.deal.list`, `id` for
    /// `crm.item.list`.
    IdCursor {
        /// Name of the ID field in the rows, the filter and the order.
        id_key: String,
    },
}

/// What to list and how.
#[derive(Debug, Clone, PartialEq)]
pub struct ListSpec {
    /// The list method, e.g. `crm.item.list`.
    pub method: String,
    /// Its parameters (`filter`, `select`, `entityTypeId`, ...): a JSON object or `null`.
    pub params: Value,
    /// Member of `result` holding the rows (`items`, `tasks`), when they are wrapped.
    pub items_key: Option<String>,
    /// Paging mode.
    pub mode: ListMode,
}

impl ListSpec {
    /// Offset paging over `method` with `params`, rows directly in `result`.
    pub fn new(method: impl Into<String>, params: Value) -> Self {
        Self {
            method: method.into(),
            params,
            items_key: None,
            mode: ListMode::Offset,
        }
    }

    /// Rows are in `result[key]`.
    pub fn items_key(mut self, key: impl Into<String>) -> Self {
        self.items_key = Some(key.into());
        self
    }

    /// Uses `mode`.
    pub fn mode(mut self, mode: ListMode) -> Self {
        self.mode = mode;
        self
    }

    /// Uses [`ListMode::IdCursor`] on `id_key`.
    pub fn id_cursor(self, id_key: impl Into<String>) -> Self {
        self.mode(ListMode::IdCursor {
            id_key: id_key.into(),
        })
    }

    fn base_params(&self) -> Result<Map<String, Value>, RestError> {
        match &self.params {
            Value::Object(map) => Ok(map.clone()),
            Value::Null => Ok(Map::new()),
            _ => Err(RestError::BadJson(format!(
                "{}: list parameters must be a JSON object",
                self.method
            ))),
        }
    }
}

impl<T: Transport + 'static, R: Runtime + 'static> Client<T, R> {
    /// Streams the pages of a list, typed. The stream ends after the last page or after the first
    /// error (which it yields).
    pub fn list_pages<O: DeserializeOwned + 'static>(
        &self,
        spec: ListSpec,
    ) -> impl Stream<Item = Result<Vec<O>, RestError>> {
        let pager = Pager::<T, R, O> {
            client: self.clone(),
            spec,
            state: State::Start,
            ready: VecDeque::new(),
            rows: PhantomData,
        };
        stream::unfold(pager, |mut pager| async move {
            pager.next_page().await.map(|page| (page, pager))
        })
    }

    /// Fetches every row of a list.
    pub async fn list_all<O: DeserializeOwned + 'static>(
        &self,
        spec: ListSpec,
    ) -> Result<Vec<O>, RestError> {
        let mut pages = pin!(self.list_pages::<O>(spec));
        let mut rows = Vec::new();
        while let Some(page) = pages.next().await {
            rows.extend(page?);
        }
        Ok(rows)
    }
}

enum State {
    Start,
    /// Offset modes: the next page starts here.
    Offset {
        start: u64,
        total: Option<u64>,
    },
    /// IdCursor: the last ID seen.
    AfterId(i64),
    Done,
}

struct Pager<T: Transport, R: Runtime, O> {
    client: Client<T, R>,
    spec: ListSpec,
    state: State,
    /// Pages fetched by a batch and not yet handed out.
    ready: VecDeque<Result<Vec<Value>, RestError>>,
    rows: PhantomData<O>,
}

impl<T: Transport + 'static, R: Runtime + 'static, O: DeserializeOwned> Pager<T, R, O> {
    async fn next_page(&mut self) -> Option<Result<Vec<O>, RestError>> {
        let page = match self.ready.pop_front() {
            Some(page) => page,
            None => match self.fetch().await? {
                Ok(()) => self.ready.pop_front()?,
                Err(error) => Err(error),
            },
        };
        let typed = page.and_then(|rows| {
            rows.into_iter()
                .map(|row| {
                    serde_json::from_value(row).map_err(|error| {
                        RestError::BadJson(format!("{}: unexpected row: {error}", self.spec.method))
                    })
                })
                .collect::<Result<Vec<O>, RestError>>()
        });
        if typed.is_err() {
            self.finish();
        }
        Some(typed)
    }

    fn finish(&mut self) {
        self.state = State::Done;
        self.ready.clear();
    }

    /// Fetches the next page(s) into `ready`; `None` when the list is over.
    async fn fetch(&mut self) -> Option<Result<(), RestError>> {
        let outcome = match (&self.state, &self.spec.mode) {
            (State::Done, _) => return None,
            (State::Start, ListMode::Offset | ListMode::OffsetBatch) => self.offset_page(0).await,
            (State::Offset { start, total }, ListMode::OffsetBatch) if total.is_some() => {
                self.offset_batch(*start, total.unwrap_or_default()).await
            }
            (State::Offset { start, .. }, _) => self.offset_page(*start).await,
            (State::Start, ListMode::IdCursor { .. }) => self.id_page(None).await,
            (State::AfterId(last), ListMode::IdCursor { .. }) => self.id_page(Some(*last)).await,
            (State::AfterId(_), _) => Err(RestError::BadJson(
                "list: paging state does not match the mode".into(),
            )),
        };
        if outcome.is_err() {
            self.finish();
        }
        Some(outcome)
    }

    async fn offset_page(&mut self, start: u64) -> Result<(), RestError> {
        let mut params = self.spec.base_params()?;
        params.insert("start".into(), json!(start));
        let client = &self.client;
        let answer = client
            .guarded(client.execute(&self.spec.method, Value::Object(params)))
            .await?;
        let rows = extract_rows(&self.spec, &answer.result)?;
        self.state = match offset_step(start, rows.len(), answer.next, answer.total)? {
            Some(next) => State::Offset {
                start: next,
                total: answer.total,
            },
            None => State::Done,
        };
        self.ready.push_back(Ok(rows));
        Ok(())
    }

    /// Fetches up to 50 pages from `start` (below `total`) in one `batch`.
    async fn offset_batch(&mut self, start: u64, total: u64) -> Result<(), RestError> {
        let base = self.spec.base_params()?;
        let starts: Vec<u64> = (start..total)
            .step_by(PAGE_SIZE)
            .take(MAX_COMMANDS)
            .collect();
        if starts.len() < 2 {
            return self.offset_page(start).await;
        }
        let mut batch = Batch::new();
        for &page_start in &starts {
            let mut params = base.clone();
            params.insert("start".into(), json!(page_start));
            batch.add(
                format!("p{page_start}"),
                self.spec.method.clone(),
                Value::Object(params),
            );
        }
        let results = self.client.batch(batch).await?;
        self.state = State::Done;
        for page_start in starts {
            let name = format!("p{page_start}");
            let page = results
                .get::<Value>(&name)
                .and_then(|result| extract_rows(&self.spec, &result));
            let rows = match page {
                Ok(rows) => rows,
                Err(error) => {
                    self.ready.push_back(Err(error));
                    return Ok(());
                }
            };
            let step = offset_step(
                page_start,
                rows.len(),
                results.next(&name),
                results.total(&name),
            );
            self.ready.push_back(Ok(rows));
            match step {
                Ok(Some(next)) => {
                    self.state = State::Offset {
                        start: next,
                        total: results.total(&name),
                    }
                }
                Ok(None) => {
                    self.state = State::Done;
                    return Ok(());
                }
                Err(error) => {
                    self.ready.push_back(Err(error));
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    async fn id_page(&mut self, after: Option<i64>) -> Result<(), RestError> {
        let ListMode::IdCursor { id_key } = &self.spec.mode else {
            return Err(RestError::BadJson(
                "list: paging state does not match the mode".into(),
            ));
        };
        let params = id_cursor_params(&self.spec, id_key, after)?;
        let client = &self.client;
        let answer = client
            .guarded(client.execute(&self.spec.method, params))
            .await?;
        let rows = extract_rows(&self.spec, &answer.result)?;
        let mut last = after;
        for row in &rows {
            let id = row
                .get(id_key.as_str())
                .and_then(lenient_i64)
                .ok_or_else(|| {
                    RestError::BadJson(format!(
                        "{}: a row has no numeric `{id_key}`",
                        self.spec.method
                    ))
                })?;
            if last.is_some_and(|last| id <= last) {
                return Err(RestError::BadJson(format!(
                    "{}: `{id_key}` {id} does not increase",
                    self.spec.method
                )));
            }
            last = Some(id);
        }
        self.state = match last {
            Some(last) if rows.len() >= PAGE_SIZE => State::AfterId(last),
            _ => State::Done,
        };
        self.ready.push_back(Ok(rows));
        Ok(())
    }
}

/// What follows an offset page fetched at `start` with `rows` rows: the next start, or `None` at the
/// end. An inconsistent `next` is an error rather than a loop or a silent gap.
pub(crate) fn offset_step(
    start: u64,
    rows: usize,
    next: Option<u64>,
    total: Option<u64>,
) -> Result<Option<u64>, RestError> {
    let Some(next) = next else {
        return Ok(None);
    };
    if rows < PAGE_SIZE || total.is_some_and(|total| next >= total) {
        return Ok(None);
    }
    let expected = start.saturating_add(rows as u64);
    if next != expected {
        return Err(RestError::BadJson(format!("list: `next` = {next} after a page of {rows} rows at start = {start} (expected {expected})")));
    }
    Ok(Some(next))
}

/// Parameters of an ID-cursor page: the caller's, with `order`, `filter[>id_key]` and `start=-1`.
fn id_cursor_params(spec: &ListSpec, id_key: &str, after: Option<i64>) -> Result<Value, RestError> {
    let mut params = spec.base_params()?;
    let mut filter = match params.remove("filter") {
        Some(Value::Object(filter)) => filter,
        Some(Value::Null) | None => Map::new(),
        Some(_) => {
            return Err(RestError::BadJson(format!(
                "{}: `filter` must be a JSON object",
                spec.method
            )))
        }
    };
    if let Some(after) = after {
        filter.insert(format!(">{id_key}"), json!(after));
    }
    params.insert("order".into(), json!({ id_key: "ASC" }));
    params.insert("filter".into(), Value::Object(filter));
    params.insert("start".into(), json!(-1));
    Ok(Value::Object(params))
}

/// The rows of a list answer, unwrapping `items_key`. A PHP empty array (`[]`) in place of the
/// wrapper, or an empty object in place of the list, is an empty page.
fn extract_rows(spec: &ListSpec, result: &Value) -> Result<Vec<Value>, RestError> {
    let list = match (&spec.items_key, result) {
        (Some(_), Value::Array(items)) if items.is_empty() => return Ok(Vec::new()),
        (Some(key), Value::Object(map)) => map.get(key).unwrap_or(&Value::Null),
        (Some(key), _) => {
            return Err(RestError::BadJson(format!(
                "{}: `result` has no `{key}`",
                spec.method
            )))
        }
        (None, result) => result,
    };
    match list {
        Value::Array(rows) => Ok(rows.clone()),
        Value::Object(rows) => Ok(rows.values().cloned().collect()),
        _ => Err(RestError::BadJson(format!(
            "{}: the rows are not a list",
            spec.method
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_step_rules() {
        assert_eq!(offset_step(0, 50, Some(50), Some(120)), Ok(Some(50)));
        assert_eq!(offset_step(100, 20, None, Some(120)), Ok(None), "no next");
        assert_eq!(
            offset_step(100, 20, Some(150), Some(120)),
            Ok(None),
            "short page"
        );
        assert_eq!(
            offset_step(50, 50, Some(100), Some(100)),
            Ok(None),
            "next at total"
        );
        assert_eq!(
            offset_step(50, 50, Some(500), Some(100)),
            Ok(None),
            "next beyond total"
        );
        assert!(
            offset_step(50, 50, Some(50), Some(1000)).is_err(),
            "not advancing"
        );
        assert!(offset_step(50, 50, Some(0), None).is_err(), "backwards");
        assert!(
            offset_step(50, 50, Some(200), None).is_err(),
            "skipping rows"
        );
    }

    #[test]
    fn id_cursor_params_keep_the_callers_filter() {
        let spec = ListSpec::new("crm.item.list", json!({"entityTypeId": 2, "filter": {"stageId": "NEW", ">id": 7}, "order": {"title": "DESC"}}))
            .id_cursor("id");
        assert_eq!(
            id_cursor_params(&spec, "id", None).unwrap(),
            json!({"entityTypeId": 2, "order": {"id": "ASC"}, "filter": {"stageId": "NEW", ">id": 7}, "start": -1})
        );
        assert_eq!(
            id_cursor_params(&spec, "id", Some(99)).unwrap()["filter"],
            json!({"stageId": "NEW", ">id": 99})
        );
        let bad = ListSpec::new("crm.item.list", json!({"filter": [1]}));
        assert!(id_cursor_params(&bad, "id", None).is_err());
        assert!(ListSpec::new("x", json!([1])).base_params().is_err());
    }

    #[test]
    fn extracts_wrapped_and_php_shaped_rows() {
        let wrapped = ListSpec::new("crm.item.list", Value::Null).items_key("items");
        assert_eq!(
            extract_rows(&wrapped, &json!({"items": [{"id": 1}]})).unwrap(),
            [json!({"id": 1})]
        );
        assert_eq!(
            extract_rows(&wrapped, &json!([])).unwrap(),
            Vec::<Value>::new()
        );
        assert!(extract_rows(&wrapped, &json!({"tasks": []})).is_err());
        let flat = ListSpec::new("crm.deal.list", Value::Null);
        assert_eq!(
            extract_rows(&flat, &json!({"0": {"ID": "1"}, "5": {"ID": "6"}}))
                .unwrap()
                .len(),
            2
        );
        assert_eq!(extract_rows(&flat, &json!({})).unwrap().len(), 0);
        assert!(extract_rows(&flat, &json!("x")).is_err());
    }
}

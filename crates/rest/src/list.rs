//! Paging over list methods (`crm.deal.list`, `crm.item.list`, `tasks.task.list`, `user.get`...).
//!
//! Four modes ([`ListMode`]):
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
//! - **IdCursorBatch**: the ID cursor, 50 pages per request. The first page is fetched with
//!   `start=0` (one count) to learn `total`; then exactly the pages that remain go as `batch` requests
//!   of up to 50 commands chained by references: page `k+1` filters `>id_key` on
//!   `$result[page k][49][id_key]`, the last ID of page `k`, resolved by the portal. The count keeps
//!   the chain from running past the end, where the reference would not resolve (the portal then
//!   substitutes what it could resolve, e.g. the whole previous page, and the filter is undefined).
//!   The last batch carries one page more than the count expects, which finds rows added meanwhile
//!   or confirms the end (if it is full too, single pages follow until a short one). Pages are read
//!   in order and the first short page ends the list: anything after it (a chain that ran past an
//!   end that moved because rows were deleted) is dropped unread. Same ID checks as IdCursor.
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
    /// The ID cursor with the pages after the first fetched through `batch`, 50 per request, chained
    /// by `$result[...]` references.
    IdCursorBatch {
        /// Name of the ID field in the rows, the filter and the order.
        id_key: String,
    },
}

impl ListMode {
    /// The ID field of the ID-cursor modes.
    fn id_key(&self) -> Option<&str> {
        match self {
            ListMode::IdCursor { id_key } | ListMode::IdCursorBatch { id_key } => Some(id_key),
            ListMode::Offset | ListMode::OffsetBatch => None,
        }
    }
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

    /// Uses [`ListMode::IdCursorBatch`] on `id_key`.
    pub fn id_cursor_batch(self, id_key: impl Into<String>) -> Self {
        self.mode(ListMode::IdCursorBatch {
            id_key: id_key.into(),
        })
    }

    fn base_params(&self) -> Result<Map<String, Value>, RestError> {
        match &self.params {
            Value::Object(map) => Ok(map.clone()),
            Value::Null => Ok(Map::new()),
            _ => Err(RestError::bad_json(format!(
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
    /// ID-cursor modes: the last ID seen, and (IdCursorBatch) how many pages the count says remain.
    AfterId {
        last: i64,
        pages_left: u64,
    },
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
                        RestError::decode(&format!("{}: unexpected row", self.spec.method), error)
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
            (State::Start, ListMode::IdCursorBatch { .. }) => self.counted_id_page().await,
            (State::AfterId { last, pages_left }, ListMode::IdCursorBatch { .. }) => {
                self.id_batch(*last, *pages_left).await
            }
            (State::AfterId { last, .. }, ListMode::IdCursor { .. }) => {
                self.id_page(Some(*last)).await
            }
            (State::AfterId { .. }, _) => Err(RestError::bad_json(
                "list: paging state does not match the mode",
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
        let mut pages = Vec::with_capacity(starts.len());
        for &page_start in &starts {
            let mut params = base.clone();
            params.insert("start".into(), json!(page_start));
            let command = batch.add(
                format!("p{page_start}"),
                self.spec.method.clone(),
                Value::Object(params),
            );
            pages.push((page_start, command));
        }
        let results = self.client.batch(batch).await?;
        self.state = State::Done;
        for (page_start, command) in pages {
            let page = command
                .read(&results)
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
                command.next(&results),
                command.total(&results),
            );
            self.ready.push_back(Ok(rows));
            match step {
                Ok(Some(next)) => {
                    self.state = State::Offset {
                        start: next,
                        total: command.total(&results),
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

    /// The ID field of the mode; an error if the state machine reached an ID page in another mode.
    fn id_key(&self) -> Result<String, RestError> {
        self.spec
            .mode
            .id_key()
            .map(str::to_owned)
            .ok_or_else(|| RestError::bad_json("list: paging state does not match the mode"))
    }

    /// One ID-cursor page after `after` (or the first) with `start` (`-1`: no count): its rows
    /// (IDs checked), its last ID and the `total` the portal counted.
    async fn fetch_id_page(
        &self,
        after: Option<i64>,
        start: i64,
    ) -> Result<(Vec<Value>, Option<i64>, Option<u64>), RestError> {
        let id_key = self.id_key()?;
        let params = id_cursor_params(&self.spec, &id_key, after.map(Value::from), start)?;
        let client = &self.client;
        let answer = client
            .guarded(client.execute(&self.spec.method, params))
            .await?;
        let rows = extract_rows(&self.spec, &answer.result)?;
        let last = last_id(&self.spec, &id_key, after, &rows)?;
        Ok((rows, last, answer.total))
    }

    /// One uncounted ID-cursor page after `after` (or the first).
    async fn id_page(&mut self, after: Option<i64>) -> Result<(), RestError> {
        let (rows, last, _) = self.fetch_id_page(after, -1).await?;
        self.push_id_page(rows, last, 0);
        Ok(())
    }

    /// IdCursorBatch's first page: in ID order with `start=0`, so that `total` says how many pages
    /// remain.
    async fn counted_id_page(&mut self) -> Result<(), RestError> {
        let (rows, last, total) = self.fetch_id_page(None, 0).await?;
        let remaining_rows = total.unwrap_or_default().saturating_sub(rows.len() as u64);
        self.push_id_page(rows, last, remaining_rows.div_ceil(PAGE_SIZE as u64));
        Ok(())
    }

    /// Hands out an ID-cursor page; a full one leads on after its last ID.
    fn push_id_page(&mut self, rows: Vec<Value>, last: Option<i64>, pages_left: u64) {
        self.state = match last {
            Some(last) if rows.len() >= PAGE_SIZE => State::AfterId { last, pages_left },
            _ => State::Done,
        };
        self.ready.push_back(Ok(rows));
    }

    /// The `pages_left` pages the count expects plus one that finds rows added meanwhile (or
    /// confirms the end), up to 50 in one `batch`, each bounded by a reference to the last ID of the
    /// page before. A single page goes as a plain call.
    async fn id_batch(&mut self, after: i64, pages_left: u64) -> Result<(), RestError> {
        let pages = pages_left.saturating_add(1).min(MAX_COMMANDS as u64) as usize;
        if pages == 1 {
            return self.id_page(Some(after)).await;
        }
        let id_key = self.id_key()?;
        let mut last_row_id = vec![(PAGE_SIZE - 1).to_string(), id_key.clone()];
        if let Some(items_key) = &self.spec.items_key {
            last_row_id.insert(0, items_key.clone());
        }
        let last_row_id: Vec<&str> = last_row_id.iter().map(String::as_str).collect();
        let mut batch = Batch::new();
        let mut bound = Value::from(after);
        let mut commands = Vec::with_capacity(pages);
        for page in 0..pages {
            let params = id_cursor_params(&self.spec, &id_key, Some(bound), -1)?;
            let command = batch.add(format!("id{page}"), self.spec.method.clone(), params);
            bound = Value::from(command.field(&last_row_id));
            commands.push(command);
        }
        let results = self.client.batch(batch).await?;
        let mut last = after;
        for (index, command) in commands.iter().enumerate() {
            let page = command
                .read(&results)
                .and_then(|result| extract_rows(&self.spec, &result))
                .and_then(|rows| {
                    let page_last = last_id(&self.spec, &id_key, Some(last), &rows)?;
                    Ok((rows, page_last))
                });
            let (rows, page_last) = match page {
                Ok(page) => page,
                Err(error) => {
                    self.state = State::Done;
                    self.ready.push_back(Err(error));
                    return Ok(());
                }
            };
            self.push_id_page(rows, page_last, pages_left.saturating_sub(index as u64 + 1));
            match self.state {
                State::AfterId {
                    last: page_last, ..
                } => last = page_last,
                // A short page: the list ends here and the rest of the chain goes unread.
                _ => return Ok(()),
            }
        }
        Ok(())
    }
}

/// The last ID of an ID-cursor page whose rows must all have a numeric `id_key` above `after` and
/// rising; `after` when the page is empty.
fn last_id(
    spec: &ListSpec,
    id_key: &str,
    after: Option<i64>,
    rows: &[Value],
) -> Result<Option<i64>, RestError> {
    let mut last = after;
    for row in rows {
        let id = row.get(id_key).and_then(lenient_i64).ok_or_else(|| {
            RestError::bad_json(format!("{}: a row has no numeric `{id_key}`", spec.method))
        })?;
        if last.is_some_and(|last| id <= last) {
            return Err(RestError::bad_json(format!(
                "{}: `{id_key}` {id} does not increase",
                spec.method
            )));
        }
        last = Some(id);
    }
    Ok(last)
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
        return Err(RestError::bad_json(format!("list: `next` = {next} after a page of {rows} rows at start = {start} (expected {expected})")));
    }
    Ok(Some(next))
}

/// Parameters of an ID-cursor page: the caller's, with `order`, `filter[>id_key]` (a number or a
/// `$result[...]` reference) and `start` (`-1`: no count).
fn id_cursor_params(
    spec: &ListSpec,
    id_key: &str,
    after: Option<Value>,
    start: i64,
) -> Result<Value, RestError> {
    let mut params = spec.base_params()?;
    let mut filter = match params.remove("filter") {
        Some(Value::Object(filter)) => filter,
        Some(Value::Null) | None => Map::new(),
        Some(_) => {
            return Err(RestError::bad_json(format!(
                "{}: `filter` must be a JSON object",
                spec.method
            )))
        }
    };
    if let Some(after) = after {
        filter.insert(format!(">{id_key}"), after);
    }
    params.insert("order".into(), json!({ id_key: "ASC" }));
    // An empty object would go on the wire as `filter=` (a string), which list methods may reject.
    if !filter.is_empty() {
        params.insert("filter".into(), Value::Object(filter));
    }
    params.insert("start".into(), json!(start));
    Ok(Value::Object(params))
}

/// The rows of a list answer, unwrapping `items_key`. A PHP empty array (`[]`) in place of the
/// wrapper, or an empty object in place of the list, is an empty page.
fn extract_rows(spec: &ListSpec, result: &Value) -> Result<Vec<Value>, RestError> {
    let list = match (&spec.items_key, result) {
        (Some(_), Value::Array(items)) if items.is_empty() => return Ok(Vec::new()),
        (Some(key), Value::Object(map)) => map.get(key).unwrap_or(&Value::Null),
        (Some(key), _) => {
            return Err(RestError::bad_json(format!(
                "{}: `result` has no `{key}`",
                spec.method
            )))
        }
        (None, result) => result,
    };
    match list {
        Value::Array(rows) => Ok(rows.clone()),
        Value::Object(rows) => Ok(rows.values().cloned().collect()),
        _ => Err(RestError::bad_json(format!(
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
            id_cursor_params(&spec, "id", None, -1).unwrap(),
            json!({"entityTypeId": 2, "order": {"id": "ASC"}, "filter": {"stageId": "NEW", ">id": 7}, "start": -1})
        );
        assert_eq!(
            id_cursor_params(&spec, "id", Some(json!(99)), -1).unwrap()["filter"],
            json!({"stageId": "NEW", ">id": 99})
        );
        let bad = ListSpec::new("crm.item.list", json!({"filter": [1]}));
        assert!(id_cursor_params(&bad, "id", None, -1).is_err());
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

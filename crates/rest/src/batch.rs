//! `batch`: many commands in one round trip, with `$result[...]` references between them.
//!
//! ```
//! use rest::batch::{Batch, BatchResults, CommandRef};
//! use serde::Deserialize;
//! use serde_json::json;
//!
//! #[derive(Deserialize)]
//! struct Answer {
//!     item: Deal,
//! }
//! #[derive(Deserialize)]
//! struct Deal {
//!     #[serde(default, deserialize_with = "rest::de::id")]
//!     id: Option<u64>,
//! }
//!
//! let mut batch = Batch::new();
//! let deal: CommandRef<Answer> =
//!     batch.add_as("deal", "crm.item.get", json!({"entityTypeId": 2, "id": 7}));
//! let user = batch.add("user", "user.get", json!({"ID": deal.field(&["item", "assignedById"])}));
//! assert_eq!(deal.field(&["item", "assignedById"]), "$result[deal][item][assignedById]");
//!
//! // What `Client::batch` returns for it:
//! let mut results = BatchResults::new(batch.names());
//! results.absorb(&json!({"result": {"deal": {"item": {"id": "7"}}}, "result_error": {"user": "ACCESS_DENIED"}}), None)?;
//! assert_eq!(deal.read(&results)?.item.id, Some(7));
//! assert!(user.read(&results).unwrap_err().is_soft());
//! # Ok::<(), rest::RestError>(())
//! ```
//!
//! # Typed answers
//! [`Batch::add_as`] returns a [`CommandRef<T>`] whose [`CommandRef::read`] deserialises the command's
//! answer into `T` (its own error when it failed, [`RestError::Skipped`] when a halted batch never ran
//! it, [`RestError::BadJson`] with the serde error as `source()` when the answer does not fit `T`).
//! [`Batch::add`] is `add_as::<Value>`. The portal's loose typing (ids as strings, `Y`/`N`, `[]` for
//! "none") is absorbed by the field adapters in [`crate::de`].
//!
//! # Wire format
//! Each command becomes the string `method?query`, where `query` is [`crate::form::encode`] of its
//! parameters; the request is `{"halt": 0|1, "cmd": {name: "method?query", ...}}` (the transport
//! form-encodes it once more, as BX24.js does). A reference is an ordinary string value, so
//! `$result[deal][item][assignedById]` travels as `%24result%5Bdeal%5D...`: the portal runs
//! `parse_str` on the command's query first and then replaces `$result[...]` in the decoded values
//! (a value that is exactly one reference becomes the referenced value itself, arrays included).
//! `halt` is sent as `1`/`0`, not `true`/`false` (PHP reads the string `"false"` as true).
//!
//! # Chunking
//! The portal runs at most [`MAX_COMMANDS`] commands per `batch`, and references only reach
//! commands of the same `batch`. [`Batch::plan`] therefore groups commands connected by references
//! (directly or through others) and packs whole groups into chunks of at most 50, in the order the
//! groups start. Inside a chunk commands keep the order they were added in; an independent command
//! may land in a later chunk than one added after it. A group of more than 50 connected commands
//! cannot be sent and is an error before anything goes out, as are references to unknown or later
//! commands, duplicate or malformed names, nested `batch` and parameters that fail to serialise.
//! Chunks run concurrently, or one after the other with `halt` (a chunk with an error stops the rest).
//!
//! Errors found before sending are [`RestError::InvalidBatch`] with `status: 0` and a `BATCH_*` code,
//! or [`RestError::BatchTooLong`] for a reference-connected group of more than 50 commands.

use crate::envelope::{self, lenient_u64, ResponseTime};
use crate::{form, RestError};
use serde::de::DeserializeOwned;
use serde::{Serialize, Serializer};
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::fmt;
use std::marker::PhantomData;

/// The portal's limit of commands in one `batch`.
pub const MAX_COMMANDS: usize = 50;

/// The `$result`-style macros the portal resolves inside a batch.
const MACROS: &[&str] = &[
    "$result_error[",
    "$result_total[",
    "$result_next[",
    "$result_time[",
    "$result[",
];

/// A set of named REST commands to send as `batch` (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct Batch {
    commands: Vec<Command>,
    halt: bool,
}

#[derive(Debug, Clone)]
struct Command {
    name: String,
    method: String,
    params: Result<Value, String>,
}

/// A handle to a command added to a [`Batch`]: builds `$result[...]` references to its answer for
/// later commands, and reads its answer, typed as `T`, from the [`BatchResults`].
pub struct CommandRef<T = Value> {
    name: String,
    answer: PhantomData<fn() -> T>,
}

impl<T> CommandRef<T> {
    fn new(name: String) -> Self {
        Self {
            name,
            answer: PhantomData,
        }
    }

    /// The command's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The reference to a part of this command's result: `$result[name][a][b]`. Pass `&[]` for the
    /// whole result.
    pub fn field(&self, path: &[&str]) -> ResultRef {
        let mut text = format!("$result[{}]", self.name);
        for segment in path {
            text.push('[');
            text.push_str(segment);
            text.push(']');
        }
        ResultRef(text)
    }

    /// A handle to the same command whose answer is read as `U`: for reading one answer in two
    /// shapes (a typed view and, say, every field as sent).
    pub fn retype<U>(&self) -> CommandRef<U> {
        CommandRef::new(self.name.clone())
    }

    /// `total` of this command, when it is a list method.
    pub fn total(&self, results: &BatchResults) -> Option<u64> {
        results.total(&self.name)
    }

    /// `next` of this command, when it is a list method with more pages.
    pub fn next(&self, results: &BatchResults) -> Option<u64> {
        results.next(&self.name)
    }
}

impl<T: DeserializeOwned> CommandRef<T> {
    /// This command's answer: its `result` deserialised into `T`, or its error (see
    /// [`BatchResults::get`]).
    pub fn read(&self, results: &BatchResults) -> Result<T, RestError> {
        results.get(&self.name)
    }
}

impl<T> Clone for CommandRef<T> {
    fn clone(&self) -> Self {
        Self::new(self.name.clone())
    }
}

impl<T> PartialEq for CommandRef<T> {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl<T> Eq for CommandRef<T> {}

impl<T> fmt::Debug for CommandRef<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CommandRef")
            .field("name", &self.name)
            .field("answer", &std::any::type_name::<T>())
            .finish()
    }
}

/// A `$result[name][...]` reference to (part of) an earlier command's answer, made by
/// [`CommandRef::field`]. It serialises as its text, so it goes into a later command's parameters
/// like any value; the portal replaces it with what it points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultRef(String);

impl ResultRef {
    /// The reference's text, e.g. `$result[deal][item][assignedById]`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ResultRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for ResultRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl PartialEq<str> for ResultRef {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for ResultRef {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl From<ResultRef> for Value {
    fn from(reference: ResultRef) -> Self {
        Value::String(reference.0)
    }
}

/// One `batch` request of a planned [`Batch`].
#[derive(Debug, Clone, PartialEq)]
pub struct BatchChunk {
    /// Names of the commands in this chunk, in the order they run.
    pub names: Vec<String>,
    /// Parameters of the `batch` call: `{"halt": 0|1, "cmd": {name: "method?query"}}`.
    pub params: Value,
}

impl Batch {
    /// An empty batch that does not halt on errors (the portal's and BX24.js's default).
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether the portal stops at the first failing command (`halt=1`). Commands after it get
    /// `BATCH_COMMAND_SKIPPED` from [`BatchResults::get`].
    pub fn halt(&mut self, halt: bool) -> &mut Self {
        self.halt = halt;
        self
    }

    /// Adds a command whose answer is read as JSON (`add_as::<Value>`, see [`Self::add_as`]).
    pub fn add(
        &mut self,
        name: impl Into<String>,
        method: impl Into<String>,
        params: impl Serialize,
    ) -> CommandRef<Value> {
        self.add_as(name, method, params)
    }

    /// Adds a command whose answer [`CommandRef::read`] deserialises into `T`. `name` must be unique
    /// and made of ASCII letters, digits, `_`, `-`, `.`; problems are reported by [`Self::plan`] (and
    /// so by [`crate::Client::batch`]).
    pub fn add_as<T>(
        &mut self,
        name: impl Into<String>,
        method: impl Into<String>,
        params: impl Serialize,
    ) -> CommandRef<T> {
        let name = name.into();
        let params = serde_json::to_value(params).map_err(|error| error.to_string());
        self.commands.push(Command {
            name: name.clone(),
            method: method.into(),
            params,
        });
        CommandRef::new(name)
    }

    /// Number of commands.
    pub fn len(&self) -> usize {
        self.commands.len()
    }

    /// Whether no command was added.
    pub fn is_empty(&self) -> bool {
        self.commands.is_empty()
    }

    /// Whether the batch halts at the first error.
    pub fn halts(&self) -> bool {
        self.halt
    }

    /// Names of the commands, in the order they were added.
    pub fn names(&self) -> Vec<String> {
        self.commands
            .iter()
            .map(|command| command.name.clone())
            .collect()
    }

    /// Checks the batch and splits it into `batch` requests of at most [`MAX_COMMANDS`] commands,
    /// keeping commands connected by references in the same request.
    pub fn plan(&self) -> Result<Vec<BatchChunk>, RestError> {
        let index = self.check_names()?;
        let mut groups = UnionFind::new(self.commands.len());
        for (position, command) in self.commands.iter().enumerate() {
            let params = command.params.as_ref().map_err(|error| {
                build_error(
                    "BATCH_BAD_PARAMS",
                    format!("parameters of `{}` do not serialise: {error}", command.name),
                )
            })?;
            for target in references(params) {
                match index.get(target.as_str()) {
                    Some(&earlier) if earlier < position => groups.join(earlier, position),
                    Some(_) => {
                        return Err(build_error(
                            "BATCH_BAD_REF",
                            format!(
                                "`{}` refers to `{target}`, which does not run before it",
                                command.name
                            ),
                        ))
                    }
                    None => {
                        return Err(build_error(
                            "BATCH_BAD_REF",
                            format!(
                                "`{}` refers to `{target}`, which is not in the batch",
                                command.name
                            ),
                        ))
                    }
                }
            }
        }
        let mut members: Vec<Vec<usize>> = Vec::new();
        let mut group_slot: HashMap<usize, usize> = HashMap::new();
        for position in 0..self.commands.len() {
            let root = groups.root(position);
            let slot = *group_slot.entry(root).or_insert_with(|| {
                members.push(Vec::new());
                members.len() - 1
            });
            members[slot].push(position);
        }
        let mut chunks: Vec<Vec<usize>> = Vec::new();
        for group in members {
            if group.len() > MAX_COMMANDS {
                return Err(RestError::BatchTooLong {
                    commands: group.len(),
                    limit: MAX_COMMANDS,
                });
            }
            match chunks.last_mut() {
                Some(chunk) if chunk.len() + group.len() <= MAX_COMMANDS => chunk.extend(group),
                _ => chunks.push(group),
            }
        }
        Ok(chunks
            .into_iter()
            .map(|mut chunk| {
                chunk.sort_unstable();
                self.chunk(&chunk)
            })
            .collect())
    }

    fn check_names(&self) -> Result<HashMap<&str, usize>, RestError> {
        let mut index = HashMap::new();
        for (position, command) in self.commands.iter().enumerate() {
            let name = command.name.as_str();
            let valid = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b));
            if !valid {
                return Err(build_error(
                    "BATCH_BAD_NAME",
                    format!("`{name}` is not a valid command name"),
                ));
            }
            let method = command.method.trim();
            if method.is_empty()
                || method.contains(['?', '&', '='])
                || method.eq_ignore_ascii_case("batch")
            {
                return Err(build_error(
                    "BATCH_BAD_METHOD",
                    format!("`{name}`: `{method}` cannot run inside a batch"),
                ));
            }
            if index.insert(name, position).is_some() {
                return Err(build_error(
                    "BATCH_DUPLICATE_NAME",
                    format!("two commands are named `{name}`"),
                ));
            }
        }
        Ok(index)
    }

    fn chunk(&self, positions: &[usize]) -> BatchChunk {
        let mut commands = Map::new();
        let mut names = Vec::with_capacity(positions.len());
        for &position in positions {
            let command = &self.commands[position];
            let query = command
                .params
                .as_ref()
                .map(form::encode)
                .unwrap_or_default();
            let method = command.method.trim();
            let text = if query.is_empty() {
                method.to_owned()
            } else {
                format!("{method}?{query}")
            };
            commands.insert(command.name.clone(), Value::String(text));
            names.push(command.name.clone());
        }
        BatchChunk {
            names,
            params: json!({"halt": u8::from(self.halt), "cmd": commands}),
        }
    }
}

/// A client-side batch error (`status: 0`: nothing was sent).
fn build_error(code: &str, description: String) -> RestError {
    RestError::InvalidBatch {
        code: code.into(),
        description,
        status: 0,
    }
}

/// Names referenced by `$result[...]`-style macros anywhere in `value` (keys included).
fn references(value: &Value) -> Vec<String> {
    let mut found = Vec::new();
    collect_references(value, &mut found);
    found
}

fn collect_references(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::String(text) => scan_text(text, found),
        Value::Array(items) => items
            .iter()
            .for_each(|item| collect_references(item, found)),
        Value::Object(map) => {
            for (key, item) in map {
                scan_text(key, found);
                collect_references(item, found);
            }
        }
        _ => {}
    }
}

fn scan_text(text: &str, found: &mut Vec<String>) {
    let mut rest = text;
    while let Some(at) = rest.find("$result") {
        rest = &rest[at..];
        let Some(macro_len) = MACROS
            .iter()
            .find(|m| rest.starts_with(*m))
            .map(|m| m.len())
        else {
            rest = &rest[1..];
            continue;
        };
        rest = &rest[macro_len..];
        if let Some(close) = rest.find(']') {
            found.push(rest[..close].to_owned());
            rest = &rest[close..];
        }
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(size: usize) -> Self {
        Self {
            parent: (0..size).collect(),
        }
    }

    fn root(&mut self, mut node: usize) -> usize {
        while self.parent[node] != node {
            self.parent[node] = self.parent[self.parent[node]];
            node = self.parent[node];
        }
        node
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        // The smaller position stays the root, so groups are ordered by their first command.
        if a < b {
            self.parent[b] = a;
        } else {
            self.parent[a] = b;
        }
    }
}

/// What came back for each command of a [`Batch`], by name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchResults {
    names: Vec<String>,
    entries: HashMap<String, Entry>,
    times: Vec<ResponseTime>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Entry {
    result: Option<Value>,
    error: Option<RestError>,
    total: Option<u64>,
    next: Option<u64>,
    time: Option<ResponseTime>,
}

impl BatchResults {
    /// Empty results for a batch of the given command names.
    pub fn new(names: Vec<String>) -> Self {
        Self {
            names,
            ..Self::default()
        }
    }

    /// Reads one `batch` answer (`result` of the envelope plus its `time`) into these results.
    ///
    /// Tolerates every part being `[]` (PHP's empty array) or absent, a list instead of a map
    /// (commands addressed by index) and `result_error` entries that are plain strings. An answer that
    /// is not an object (nor `[]`), or a part that is neither a map nor a list, is
    /// [`RestError::InvalidBatch`] with code `BATCH_BAD_ANSWER`, and nothing is read from it.
    pub fn absorb(
        &mut self,
        batch_result: &Value,
        time: Option<ResponseTime>,
    ) -> Result<(), RestError> {
        check_answer_shape(batch_result)?;
        let part = |name: &str| batch_result.get(name).map(part_entries).unwrap_or_default();
        for (name, value) in part("result") {
            self.entry(name).result = Some(value.clone());
        }
        for (name, value) in part("result_error") {
            self.entry(name).error = Some(command_error(value));
        }
        for (name, value) in part("result_total") {
            self.entry(name).total = lenient_u64(value);
        }
        for (name, value) in part("result_next") {
            self.entry(name).next = lenient_u64(value);
        }
        for (name, value) in part("result_time") {
            self.entry(name).time = ResponseTime::from_value(value);
        }
        self.times.extend(time);
        Ok(())
    }

    fn entry(&mut self, name: String) -> &mut Entry {
        self.entries.entry(name).or_default()
    }

    /// The typed result of command `name`: its error when it failed, [`RestError::Skipped`] when it
    /// did not run (after `halt`), [`RestError::InvalidBatch`] (`BATCH_COMMAND_UNKNOWN`) when the
    /// batch had no such command, [`RestError::BadJson`] when the answer does not fit `T`. Code that
    /// built the batch reads through its [`CommandRef`]s instead ([`CommandRef::read`]).
    pub fn get<T: DeserializeOwned>(&self, name: &str) -> Result<T, RestError> {
        let entry = self.entries.get(name);
        if let Some(error) = entry.and_then(|entry| entry.error.clone()) {
            return Err(error);
        }
        match entry.and_then(|entry| entry.result.clone()) {
            Some(result) => envelope::decode_result(name, result),
            None if self.names.iter().any(|known| known == name) => Err(RestError::Skipped {
                command: name.to_owned(),
            }),
            None => Err(RestError::InvalidBatch {
                code: "BATCH_COMMAND_UNKNOWN".into(),
                description: format!("the batch had no command `{name}`"),
                status: 0,
            }),
        }
    }

    /// The raw `result` of command `name`, if it succeeded.
    pub fn raw(&self, name: &str) -> Option<&Value> {
        self.entries
            .get(name)
            .and_then(|entry| entry.result.as_ref())
    }

    /// The error of command `name`, if it failed.
    pub fn error(&self, name: &str) -> Option<RestError> {
        self.entries.get(name).and_then(|entry| entry.error.clone())
    }

    /// `total` of a list command.
    pub fn total(&self, name: &str) -> Option<u64> {
        self.entries.get(name).and_then(|entry| entry.total)
    }

    /// `next` of a list command.
    pub fn next(&self, name: &str) -> Option<u64> {
        self.entries.get(name).and_then(|entry| entry.next)
    }

    /// `time` of command `name`.
    pub fn time(&self, name: &str) -> Option<&ResponseTime> {
        self.entries.get(name).and_then(|entry| entry.time.as_ref())
    }

    /// `time` of each `batch` request, in the order they were read.
    pub fn request_times(&self) -> &[ResponseTime] {
        &self.times
    }

    /// Names of the commands, in the order they were added.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Whether any command failed.
    pub fn has_errors(&self) -> bool {
        self.entries.values().any(|entry| entry.error.is_some())
    }
}

/// The parts a `batch` answer may hold.
const PARTS: [&str; 5] = [
    "result",
    "result_error",
    "result_total",
    "result_next",
    "result_time",
];

/// Checks that a `batch` answer is an object (or PHP's `[]`) whose parts are maps, lists or `null`.
fn check_answer_shape(batch_result: &Value) -> Result<(), RestError> {
    let malformed = |description: String| RestError::InvalidBatch {
        code: "BATCH_BAD_ANSWER".into(),
        description,
        status: 200,
    };
    match batch_result {
        Value::Object(map) => {
            for part in PARTS {
                match map.get(part) {
                    None | Some(Value::Null | Value::Object(_) | Value::Array(_)) => {}
                    Some(other) => {
                        return Err(malformed(format!(
                            "`{part}` of the batch answer is {other}, not a map"
                        )))
                    }
                }
            }
            Ok(())
        }
        Value::Array(items) if items.is_empty() => Ok(()),
        other => Err(malformed(format!(
            "the batch answer is {other}, not an object"
        ))),
    }
}

fn part_entries(part: &Value) -> Vec<(String, &Value)> {
    match part {
        Value::Object(map) => map
            .iter()
            .map(|(name, value)| (name.clone(), value))
            .collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(index, value)| (index.to_string(), value))
            .collect(),
        _ => Vec::new(),
    }
}

fn command_error(value: &Value) -> RestError {
    match value {
        Value::Object(map) if map.contains_key("error") => {
            let time = map.get("time").and_then(ResponseTime::from_value);
            envelope::classify_error(
                &map["error"],
                map.get("error_description"),
                time.as_ref(),
                200,
            )
        }
        Value::Object(_) => envelope::classify_error(value, None, None, 200),
        other => envelope::classify_error(other, Some(other), None, 200),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_encode_as_method_query_and_refs_survive_decoding() {
        let mut batch = Batch::new();
        let deal = batch.add("deal", "crm.item.get", json!({"entityTypeId": 2, "id": 7}));
        batch.add(
            "user",
            "user.get",
            json!({"ID": deal.field(&["item", "assignedById"])}),
        );
        batch.add("fields", "crm.deal.fields", json!({}));
        batch.halt(true);
        let chunks = batch.plan().unwrap();
        assert_eq!(chunks.len(), 1);
        assert_eq!(
            chunks[0].params,
            json!({"halt": 1, "cmd": {
                "deal": "crm.item.get?entityTypeId=2&id=7",
                "user": "user.get?ID=%24result%5Bdeal%5D%5Bitem%5D%5BassignedById%5D",
                "fields": "crm.deal.fields"
            }})
        );
        let user = chunks[0].params["cmd"]["user"].as_str().unwrap();
        let query = user.split_once('?').unwrap().1;
        assert_eq!(
            form::decode(query),
            json!({"ID": "$result[deal][item][assignedById]"})
        );
        // ...and it survives the outer form encoding of the `batch` call too.
        let outer = form::decode(&form::encode(&chunks[0].params));
        assert_eq!(outer["cmd"]["user"], json!(user));
    }

    #[test]
    fn fifty_one_independent_commands_make_two_chunks() {
        let mut batch = Batch::new();
        for i in 0..51 {
            batch.add(format!("c{i}"), "crm.deal.get", json!({"id": i}));
        }
        let chunks = batch.plan().unwrap();
        assert_eq!(
            chunks.iter().map(|c| c.names.len()).collect::<Vec<_>>(),
            [50, 1]
        );
        assert_eq!(chunks[1].names, ["c50"]);
        assert_eq!(chunks[0].params["halt"], json!(0));
    }

    #[test]
    fn connected_commands_stay_in_one_chunk() {
        let mut batch = Batch::new();
        let first = batch.add("first", "crm.deal.get", json!({"id": 1}));
        for i in 0..49 {
            batch.add(format!("filler{i}"), "crm.deal.get", json!({"id": i}));
        }
        // Command 51 refers to command 1: both must travel together.
        batch.add(
            "dependent",
            "user.get",
            json!({"filter": {"ID": first.field(&["ASSIGNED_BY_ID"])}}),
        );
        let chunks = batch.plan().unwrap();
        assert_eq!(chunks.len(), 2);
        assert!(chunks
            .iter()
            .any(|c| c.names.contains(&"first".into()) && c.names.contains(&"dependent".into())));
        assert!(chunks.iter().all(|c| c.names.len() <= MAX_COMMANDS));
        let first_chunk = chunks
            .iter()
            .find(|c| c.names.contains(&"first".into()))
            .unwrap();
        assert_eq!(first_chunk.names.first().map(String::as_str), Some("first"));
        assert_eq!(
            first_chunk.names.last().map(String::as_str),
            Some("dependent")
        );
    }

    #[test]
    fn a_chain_longer_than_fifty_is_refused_before_sending() {
        let mut batch = Batch::new();
        let mut previous = batch.add("c0", "crm.deal.get", json!({"id": 1}));
        for i in 1..51 {
            previous = batch.add(
                format!("c{i}"),
                "crm.deal.get",
                json!({"id": previous.field(&["ID"])}),
            );
        }
        assert_eq!(
            batch.plan(),
            Err(RestError::BatchTooLong {
                commands: 51,
                limit: MAX_COMMANDS
            })
        );
        assert_eq!(
            batch.plan().unwrap_err().code(),
            Some("BATCH_GROUP_TOO_LARGE")
        );
    }

    #[test]
    fn bad_refs_names_and_methods_are_refused() {
        let code = |batch: &Batch| match batch.plan() {
            Err(RestError::InvalidBatch {
                code, status: 0, ..
            }) => code,
            other => panic!("{other:?}"),
        };
        let mut forward = Batch::new();
        forward.add("a", "user.get", json!({"ID": "$result[b][ID]"}));
        forward.add("b", "user.get", json!({}));
        assert_eq!(code(&forward), "BATCH_BAD_REF");
        let mut unknown = Batch::new();
        unknown.add("a", "user.get", json!({"ID": "x $result_next[nobody] y"}));
        assert_eq!(code(&unknown), "BATCH_BAD_REF");
        let mut duplicate = Batch::new();
        duplicate.add("a", "user.get", json!({}));
        duplicate.add("a", "user.get", json!({}));
        assert_eq!(code(&duplicate), "BATCH_DUPLICATE_NAME");
        let mut bad_name = Batch::new();
        bad_name.add("a b", "user.get", json!({}));
        assert_eq!(code(&bad_name), "BATCH_BAD_NAME");
        let mut nested = Batch::new();
        nested.add("a", "batch", json!({}));
        assert_eq!(code(&nested), "BATCH_BAD_METHOD");
        let mut unserialisable = Batch::new();
        unserialisable.add("a", "user.get", HashMap::from([((1, 2), 3)]));
        assert_eq!(code(&unserialisable), "BATCH_BAD_PARAMS");
        assert_eq!(Batch::new().plan().unwrap(), Vec::new());
    }

    #[test]
    fn parses_results_with_empty_parts_lists_and_string_errors() {
        let mut results = BatchResults::new(vec![
            "deal".into(),
            "user".into(),
            "list".into(),
            "after".into(),
        ]);
        results
            .absorb(
                &json!({
                    "result": {"deal": {"ID": "7"}, "list": [{"ID": "1"}]},
                    "result_error": {"user": "ACCESS_DENIED"},
                    "result_total": {"list": "120"},
                    "result_next": {"list": 50},
                    "result_time": []
                }),
                None,
            )
            .unwrap();
        assert_eq!(results.get::<Value>("deal").unwrap(), json!({"ID": "7"}));
        assert_eq!(
            results.get::<Value>("user"),
            Err(RestError::AccessDenied {
                code: "ACCESS_DENIED".into(),
                description: "ACCESS_DENIED".into(),
                status: 200
            })
        );
        assert_eq!(
            (results.total("list"), results.next("list")),
            (Some(120), Some(50))
        );
        assert_eq!(
            results.get::<Value>("after"),
            Err(RestError::Skipped {
                command: "after".into()
            })
        );
        assert!(
            matches!(results.get::<Value>("nope"), Err(RestError::InvalidBatch { code, status: 0, .. }) if code == "BATCH_COMMAND_UNKNOWN")
        );
        assert!(matches!(
            results.get::<Vec<u32>>("deal"),
            Err(RestError::BadJson { .. })
        ));
        assert!(results.has_errors());

        let mut empty = BatchResults::new(vec!["0".into(), "1".into()]);
        empty.absorb(
            &json!({"result": [{"a": 1}, {"b": 2}], "result_error": [], "result_total": [], "result_next": [], "result_time": []}),
            None,
        )
        .unwrap();
        assert_eq!(empty.get::<Value>("1").unwrap(), json!({"b": 2}));
        assert!(!empty.has_errors());
        let mut all_empty = BatchResults::new(vec!["x".into()]);
        all_empty.absorb(&json!([]), None).unwrap();
        assert_eq!(
            all_empty.get::<Value>("x"),
            Err(RestError::Skipped {
                command: "x".into()
            })
        );
    }

    #[test]
    fn structured_and_special_command_errors() {
        let mut results = BatchResults::new(vec!["a".into(), "b".into(), "c".into()]);
        results
            .absorb(
                &json!({"result": [], "result_error": {
                    "a": {"error": "ERROR_ENTITY_NOT_FOUND", "error_description": "Not found"},
                    "b": {"error": "expired_token"},
                    "c": {"error": "QUERY_LIMIT_EXCEEDED"}
                }}),
                None,
            )
            .unwrap();
        assert_eq!(
            results.error("a"),
            Some(RestError::NotFound {
                code: "ERROR_ENTITY_NOT_FOUND".into(),
                description: "Not found".into(),
                status: 200
            })
        );
        assert!(results.error("a").unwrap().is_soft());
        assert_eq!(results.error("b"), Some(RestError::TokenExpired));
        assert_eq!(results.error("c"), Some(RestError::RateLimited));
    }

    #[test]
    fn typed_handles_read_their_answer_or_their_error() {
        #[derive(Debug, serde::Deserialize, PartialEq)]
        struct Deal {
            #[serde(rename = "ID", deserialize_with = "crate::de::id")]
            id: Option<u64>,
        }
        let mut batch = Batch::new();
        let deal: CommandRef<Deal> = batch.add_as("deal", "crm.deal.get", json!({"id": 7}));
        let wrong: CommandRef<Vec<u32>> = batch.add_as("wrong", "crm.deal.get", json!({"id": 8}));
        let denied: CommandRef<Deal> = batch.add_as("denied", "crm.deal.get", json!({"id": 9}));
        let user = batch.add("user", "user.get", json!({"ID": deal.field(&["ID"])}));
        assert_eq!(user.field(&[]), "$result[user]");
        assert_eq!(
            serde_json::to_value(deal.field(&["ID"])).unwrap(),
            json!("$result[deal][ID]")
        );
        let mut results = BatchResults::new(batch.names());
        results
            .absorb(
                &json!({"result": {"deal": {"ID": "7"}, "wrong": {"ID": "8"}}, "result_error": {"denied": "ACCESS_DENIED"}}),
                None,
            )
            .unwrap();
        assert_eq!(deal.read(&results), Ok(Deal { id: Some(7) }));
        let error = wrong.read(&results).unwrap_err();
        assert!(matches!(&error, RestError::BadJson { message, .. } if message.contains("wrong")));
        let source = std::error::Error::source(&error).expect("the serde error");
        assert!(source.downcast_ref::<serde_json::Error>().is_some());
        assert!(matches!(
            denied.read(&results),
            Err(RestError::AccessDenied { .. })
        ));
        assert_eq!(
            user.read(&results),
            Err(RestError::Skipped {
                command: "user".into()
            })
        );
        assert_eq!(deal.clone(), deal);
        assert_eq!(
            deal.retype::<Value>().read(&results),
            Ok(json!({"ID": "7"})),
            "the same answer, read as another type"
        );
        assert!(format!("{deal:?}").contains("Deal"));
    }

    #[test]
    fn malformed_batch_answers_are_invalid_batches() {
        let code = |answer: Value| {
            let mut results = BatchResults::new(vec!["a".into()]);
            match results.absorb(&answer, None) {
                Err(RestError::InvalidBatch { code, status, .. }) => {
                    assert_eq!(status, 200);
                    assert!(results.raw("a").is_none(), "nothing is read from it");
                    code
                }
                other => panic!("{answer}: {other:?}"),
            }
        };
        assert_eq!(code(json!("oops")), "BATCH_BAD_ANSWER");
        assert_eq!(code(json!(null)), "BATCH_BAD_ANSWER");
        assert_eq!(code(json!([1])), "BATCH_BAD_ANSWER");
        assert_eq!(
            code(json!({"result": {"a": 1}, "result_error": "x"})),
            "BATCH_BAD_ANSWER"
        );
        assert_eq!(code(json!({"result": 5})), "BATCH_BAD_ANSWER");
        let mut fine = BatchResults::new(vec!["a".into()]);
        assert_eq!(
            fine.absorb(&json!({"result": {"a": 1}, "result_time": null}), None),
            Ok(())
        );
    }
}

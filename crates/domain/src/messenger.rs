//! The messenger widgets' data: a chat's context (what it is, what CRM element or task it belongs to,
//! its members, its latest messages) in one `batch` (`im.dialog.get` + `im.dialog.users.list` +
//! `im.dialog.messages.get`), the user's recent chats (`im.recent.list`), one message by id, and the
//! writes that turn a message into a task (`tasks.task.add`) or a CRM to-do (`crm.activity.todo.add`).
//! Answers as the REST docs show them (<https://apidocs.bitrix24.com/api-reference/chats/index.html>).

use crate::format::Timestamp;
use crate::people::Person;
use crate::LoadError;
use placement::{CrmEntityType, CrmRef, DialogId, EntityId, MessageId, TaskId, UserId};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::{self, List};
use serde::Deserialize;
use serde_json::{json, Value};

/// Names of the commands in the context batch.
pub mod command {
    /// `im.dialog.get`.
    pub const DIALOG: &str = "dialog";
    /// `im.dialog.users.list`.
    pub const MEMBERS: &str = "members";
    /// `im.dialog.messages.get`.
    pub const MESSAGES: &str = "messages";
    /// `user.current`.
    pub const ME: &str = "me";
}

/// `im.dialog.get`'s answer (also the `chat` of an `im.recent.list` item).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DialogAnswer {
    /// `title`.
    #[serde(deserialize_with = "de::text")]
    pub title: Option<String>,
    /// `type`: `chat`, `open`, `crm`, `lines`, `private`, ...
    #[serde(rename = "type", deserialize_with = "de::text")]
    pub kind: Option<String>,
    /// `entity_type`: `CRM`, `TASKS_TASK`, ... or empty.
    #[serde(deserialize_with = "de::text")]
    pub entity_type: Option<String>,
    /// `entity_id`: `DEAL|5` for CRM chats, a task id for task chats.
    #[serde(deserialize_with = "de::text")]
    pub entity_id: Option<String>,
}

/// A user as the messenger methods return them (`im.dialog.users.list` rows, `users` of
/// `im.dialog.messages.get`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ImUser {
    /// `id`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `name`: the full name.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `first_name`.
    #[serde(deserialize_with = "de::text")]
    pub first_name: Option<String>,
    /// `work_position`.
    #[serde(deserialize_with = "de::text")]
    pub work_position: Option<String>,
    /// `avatar` (empty: none).
    #[serde(deserialize_with = "de::text")]
    pub avatar: Option<String>,
    /// `status`: `online`, `offline`, `away`, ...
    #[serde(deserialize_with = "de::text")]
    pub status: Option<String>,
    /// `bot`.
    #[serde(deserialize_with = "de::flag")]
    pub bot: Option<bool>,
}

/// One message of `im.dialog.messages.get`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ImMessage {
    /// `id`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `author_id` (0: a system message).
    #[serde(deserialize_with = "de::id")]
    pub author_id: Option<u64>,
    /// `date`.
    #[serde(deserialize_with = "crate::answers::timestamp")]
    pub date: Option<Timestamp>,
    /// `text` (BB-code).
    #[serde(deserialize_with = "de::text")]
    pub text: Option<String>,
}

/// `im.dialog.messages.get`'s answer.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MessagesAnswer {
    /// `messages`.
    #[serde(deserialize_with = "de::list")]
    pub messages: Vec<ImMessage>,
    /// `users`: the authors.
    #[serde(deserialize_with = "de::list")]
    pub users: Vec<ImUser>,
}

/// What a chat belongs to, from `entity_type` + `entity_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatBinding {
    /// A CRM chat (`CRM`, `DEAL|5`).
    Crm(CrmRef),
    /// A task's chat (`TASKS_TASK`, `12`).
    Task(TaskId),
}

impl ChatBinding {
    /// Reads `entity_type` + `entity_id`; `None` for ordinary chats and anything unknown.
    pub fn from_entity(entity_type: Option<&str>, entity_id: Option<&str>) -> Option<Self> {
        let id = entity_id?.trim();
        match entity_type?.trim().to_ascii_uppercase().as_str() {
            "CRM" => {
                let (kind, n) = id.split_once('|')?;
                let entity = CrmEntityType::from_code_name(kind)?;
                let n: u64 = n.trim().parse().ok().filter(|n| *n > 0)?;
                Some(Self::Crm(CrmRef {
                    entity,
                    id: EntityId(n),
                }))
            }
            "TASKS" | "TASKS_TASK" => id
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .map(|n| Self::Task(TaskId(n))),
            _ => None,
        }
    }

    /// The portal page of the bound element or task (an `openPath` path), for user `me`.
    pub fn path(self, me: UserId) -> Option<String> {
        match self {
            Self::Crm(r) => r.entity.details_path(r.id),
            Self::Task(t) => Some(format!(
                "/company/personal/user/{}/tasks/task/view/{}/",
                me.0, t.0
            )),
        }
    }
}

/// A chat member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Name, photo, position.
    pub person: Person,
    /// `status` is `online`.
    pub online: bool,
}

/// A message as the widgets show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatMessage {
    /// Its id.
    pub id: MessageId,
    /// The author (`None` for system messages or authors the answer did not describe).
    pub author: Option<Person>,
    /// The author's first name (greetings).
    pub author_first_name: Option<String>,
    /// The author's id (0: system).
    pub author_id: u64,
    /// The text.
    pub text: String,
    /// When it was sent.
    pub date: Option<Timestamp>,
}

/// A chat's context: the view model of the textarea, sidebar and context-menu widgets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatContext {
    /// The dialog.
    pub dialog: DialogId,
    /// Title (the other user's name in a one-to-one dialog).
    pub title: String,
    /// `type` as the portal sent it.
    pub kind: String,
    /// What the chat belongs to.
    pub binding: Option<ChatBinding>,
    /// Members (the first page: up to [`MEMBER_PAGE`]).
    pub members: Vec<Member>,
    /// How many members the chat has in all.
    pub member_total: u64,
    /// The latest messages, oldest first.
    pub messages: Vec<ChatMessage>,
    /// The current user (`user.current`), when known.
    pub me: Option<UserId>,
}

/// How many members the context loads (`im.dialog.users.list` allows up to 200 per call).
pub const MEMBER_PAGE: u64 = 50;

/// Handles of the context batch.
#[derive(Debug, Clone)]
pub struct ContextCommands {
    dialog: CommandRef<DialogAnswer>,
    members: CommandRef<List<ImUser>>,
    messages: CommandRef<MessagesAnswer>,
    me: CommandRef<crate::answers::User>,
}

/// Adds the context's four commands to `batch`: the dialog, its members, its `messages` latest
/// messages (the docs' limit is 50) and the current user.
pub fn add_context_commands(
    dialog: &DialogId,
    messages: u64,
    batch: &mut Batch,
) -> ContextCommands {
    let id = dialog.to_string();
    ContextCommands {
        dialog: batch.add_as(command::DIALOG, "im.dialog.get", json!({"DIALOG_ID": id})),
        members: batch.add_as(
            command::MEMBERS,
            "im.dialog.users.list",
            json!({"DIALOG_ID": id, "LIMIT": MEMBER_PAGE}),
        ),
        messages: batch.add_as(
            command::MESSAGES,
            "im.dialog.messages.get",
            json!({"DIALOG_ID": id, "LIMIT": messages.clamp(1, 50)}),
        ),
        me: batch.add_as(command::ME, "user.current", json!({})),
    }
}

impl ContextCommands {
    /// Builds the context. The dialog is required (its `ACCESS_ERROR` is a soft "not accessible");
    /// members and messages are optional.
    pub fn read(
        &self,
        dialog: &DialogId,
        results: &BatchResults,
    ) -> Result<ChatContext, LoadError> {
        let answer = self.dialog.read(results)?;
        let members = self.members.read(results).unwrap_or_default();
        let member_total = results
            .total(command::MEMBERS)
            .unwrap_or(members.0.len() as u64);
        let messages = self.messages.read(results).unwrap_or_default();
        Ok(ChatContext {
            dialog: dialog.clone(),
            title: answer.title.clone().unwrap_or_else(|| dialog.to_string()),
            kind: answer.kind.clone().unwrap_or_default(),
            binding: ChatBinding::from_entity(
                answer.entity_type.as_deref(),
                answer.entity_id.as_deref(),
            ),
            members: members.0.iter().filter_map(member).collect(),
            member_total,
            messages: chat_messages(&messages),
            me: self.me.read(results).ok().and_then(|u| u.id).map(UserId),
        })
    }
}

fn person(u: &ImUser) -> Option<Person> {
    let id = u.id?;
    Some(Person {
        id,
        name: u.name.clone().unwrap_or_else(|| format!("#{id}")),
        photo: u
            .avatar
            .clone()
            .filter(|a| a.starts_with('/') || a.starts_with("http")),
        position: u.work_position.clone(),
    })
}

fn member(u: &ImUser) -> Option<Member> {
    Some(Member {
        person: person(u)?,
        online: u.status.as_deref() == Some("online"),
    })
}

/// The answer's messages, oldest first, with their authors.
pub fn chat_messages(answer: &MessagesAnswer) -> Vec<ChatMessage> {
    let mut out: Vec<ChatMessage> = answer
        .messages
        .iter()
        .filter_map(|m| {
            let id = m.id?;
            let author_id = m.author_id.unwrap_or(0);
            let author = answer.users.iter().find(|u| u.id == Some(author_id));
            Some(ChatMessage {
                id: MessageId(id),
                author: author.and_then(person),
                author_first_name: author.and_then(|u| u.first_name.clone()),
                author_id,
                text: m.text.clone().unwrap_or_default(),
                date: m.date,
            })
        })
        .collect();
    out.sort_by_key(|m| m.id.0);
    out
}

impl ChatContext {
    /// The latest message someone other than `me` wrote (not a system message): what a reply answers.
    pub fn last_from_others(&self, me: UserId) -> Option<&ChatMessage> {
        self.messages
            .iter()
            .rev()
            .find(|m| m.author_id != 0 && m.author_id != me.0)
    }
}

/// What a drafted reply is made of; the app puts it into a sentence of the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyDraft {
    /// Whom to greet: the first name of the last other author.
    pub name: Option<String>,
    /// What the reply is about: the start of that message, at most [`QUOTE_CHARS`] characters.
    pub about: Option<String>,
}

/// How much of a message a draft quotes.
pub const QUOTE_CHARS: usize = 60;

/// The reply to the latest message from someone else in the chat (anyone's, when the current user
/// is unknown).
pub fn reply_draft(context: &ChatContext) -> ReplyDraft {
    let last = context.last_from_others(context.me.unwrap_or(UserId(0)));
    ReplyDraft {
        name: last.and_then(|m| m.author_first_name.clone()),
        about: last
            .map(|m| shorten(&plain_text(&m.text), QUOTE_CHARS))
            .filter(|t| !t.is_empty()),
    }
}

/// The messenger's BB-code tags (<https://apidocs.bitrix24.com/api-reference/chats/messages/formatting.html>).
const BB_TAGS: [&str; 17] = [
    "b", "i", "u", "s", "url", "user", "chat", "quote", "code", "color", "size", "img", "send",
    "put", "br", "icon", "context",
];

/// A message's text without its BB-code tags (`[b]`, `[USER=1]…[/USER]`, `[url=…]`), whitespace
/// folded; anything else in brackets (`[sic]`, `[1]`) stays.
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let tag = after.find(']').filter(|close| {
            let inner = after[1..*close].trim_start_matches('/');
            let name = inner
                .split('=')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            BB_TAGS.contains(&name.as_str())
        });
        match tag {
            Some(close) => rest = &after[close + 1..],
            None => {
                out.push('[');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` cut to at most `max` characters on a word boundary, with `…` when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > max / 2 => cut[..space].to_owned(),
        _ => cut,
    };
    format!("{}…", cut.trim_end())
}

// ---------------------------------------------------------------------------------------------
// One message (IM_CONTEXT_MENU)

/// Handles of the context-menu batch: the chat and the one message.
#[derive(Debug, Clone)]
pub struct MessageCommands {
    dialog: CommandRef<DialogAnswer>,
    message: CommandRef<MessagesAnswer>,
    me: CommandRef<crate::answers::User>,
}

/// Adds `im.dialog.get` and `im.dialog.messages.get {FIRST_ID: message - 1, LIMIT: 1}` (the message
/// itself: `FIRST_ID` returns the messages after it, oldest first).
pub fn add_message_commands(
    dialog: &DialogId,
    message: MessageId,
    batch: &mut Batch,
) -> MessageCommands {
    let id = dialog.to_string();
    MessageCommands {
        dialog: batch.add_as(command::DIALOG, "im.dialog.get", json!({"DIALOG_ID": id})),
        message: batch.add_as(
            command::MESSAGES,
            "im.dialog.messages.get",
            json!({"DIALOG_ID": id, "FIRST_ID": message.0.saturating_sub(1), "LIMIT": 1}),
        ),
        me: batch.add_as(command::ME, "user.current", json!({})),
    }
}

/// The context menu's view model: the message and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageContext {
    /// The chat's title.
    pub chat_title: String,
    /// What the chat belongs to.
    pub binding: Option<ChatBinding>,
    /// The message.
    pub message: ChatMessage,
    /// The current user (the default responsible person).
    pub me: Option<UserId>,
}

impl MessageCommands {
    /// The message (required: a message id that is not in the chat is [`LoadError::Missing`]).
    pub fn read(
        &self,
        dialog: &DialogId,
        message: MessageId,
        results: &BatchResults,
    ) -> Result<MessageContext, LoadError> {
        let chat = self.dialog.read(results)?;
        let answer = self.message.read(results)?;
        let found = chat_messages(&answer)
            .into_iter()
            .find(|m| m.id == message)
            .ok_or_else(|| LoadError::Missing {
                what: format!("message {} in {dialog}", message.0),
            })?;
        Ok(MessageContext {
            chat_title: chat.title.clone().unwrap_or_else(|| dialog.to_string()),
            binding: ChatBinding::from_entity(
                chat.entity_type.as_deref(),
                chat.entity_id.as_deref(),
            ),
            message: found,
            me: self.me.read(results).ok().and_then(|u| u.id).map(UserId),
        })
    }
}

/// How long a title taken from a message may be.
pub const TITLE_CHARS: usize = 80;

impl MessageContext {
    /// A task or to-do title from the message: its first line, plain, shortened.
    pub fn suggested_title(&self) -> String {
        let first = self
            .message
            .text
            .lines()
            .map(plain_text)
            .find(|l| !l.is_empty())
            .unwrap_or_default();
        shorten(&first, TITLE_CHARS)
    }
}

/// `tasks.task.add` parameters: the task, bound to the chat's CRM element (`UF_CRM_TASK`, e.g.
/// `D_5`) when there is one. `deadline` is an ISO date-time or empty.
pub fn task_add_params(
    title: &str,
    description: &str,
    responsible: UserId,
    deadline: &str,
    binding: Option<ChatBinding>,
) -> Value {
    let mut fields = json!({
        "TITLE": title.trim(),
        "DESCRIPTION": description,
        "RESPONSIBLE_ID": responsible.0,
    });
    if !deadline.trim().is_empty() {
        fields["DEADLINE"] = json!(deadline.trim());
    }
    if let Some(ChatBinding::Crm(r)) = binding {
        if let Some(prefix) = crm_prefix(r.entity) {
            fields["UF_CRM_TASK"] = json!([format!("{prefix}_{}", r.id)]);
        }
    }
    json!({ "fields": fields })
}

/// The short prefix `UF_CRM_TASK` uses for an entity type (`D` deal, `C` contact, `CO` company, `L`
/// lead, `T<hex type id>` for smart processes).
fn crm_prefix(entity: CrmEntityType) -> Option<String> {
    Some(match entity {
        CrmEntityType::Lead => "L".into(),
        CrmEntityType::Deal => "D".into(),
        CrmEntityType::Contact => "C".into(),
        CrmEntityType::Company => "CO".into(),
        CrmEntityType::Quote => "Q".into(),
        other if other.supports_item_api() => format!("T{:x}", other.entity_type_id().0),
        _ => return None,
    })
}

/// `crm.activity.todo.add` parameters for a to-do on `target` (`deadline` is required by the method).
pub fn todo_add_params(
    target: CrmRef,
    title: &str,
    description: &str,
    deadline: &str,
    responsible: UserId,
) -> Value {
    json!({
        "ownerTypeId": target.entity.entity_type_id().0,
        "ownerId": target.id.0,
        "deadline": deadline.trim(),
        "title": title.trim(),
        "description": description,
        "responsibleId": responsible.0,
    })
}

/// `tasks.task.add`'s answer: `{task: {id}}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TaskAdded {
    /// The new task.
    #[serde(deserialize_with = "de::object")]
    pub task: Option<NewId>,
}

/// `{id}` (the `task` of `tasks.task.add`, the whole answer of `crm.activity.todo.add`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct NewId {
    /// `id`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
}

// ---------------------------------------------------------------------------------------------
// Recent chats (IM_NAVIGATION)

/// `im.recent.list`'s answer.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RecentAnswer {
    /// `items`.
    #[serde(deserialize_with = "de::list")]
    pub items: Vec<RecentItem>,
    /// `hasMore`.
    #[serde(rename = "hasMore", deserialize_with = "de::flag")]
    pub has_more: Option<bool>,
}

/// One `im.recent.list` item.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RecentItem {
    /// `id`: the dialog id.
    #[serde(deserialize_with = "de::text")]
    pub id: Option<String>,
    /// `title`.
    #[serde(deserialize_with = "de::text")]
    pub title: Option<String>,
    /// `counter`: unread messages.
    #[serde(deserialize_with = "de::id")]
    pub counter: Option<u64>,
    /// `message`: the last one.
    #[serde(deserialize_with = "de::object")]
    pub message: Option<ImMessage>,
    /// `chat` (group chats).
    #[serde(deserialize_with = "de::object")]
    pub chat: Option<DialogAnswer>,
}

/// A recent chat as the navigation page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentChat {
    /// The dialog.
    pub dialog: DialogId,
    /// Title.
    pub title: String,
    /// Unread messages.
    pub unread: u64,
    /// The last message, plain and shortened.
    pub last: Option<String>,
    /// When it was sent.
    pub last_date: Option<Timestamp>,
    /// What the chat belongs to.
    pub binding: Option<ChatBinding>,
}

/// How many recent chats the page asks for (the method's maximum is 200).
pub const RECENT_LIMIT: u64 = 50;

/// Adds `im.recent.list` (group chats and dialogs, no open lines).
pub fn add_recent_command(batch: &mut Batch) -> CommandRef<RecentAnswer> {
    batch.add_as(
        "recent",
        "im.recent.list",
        json!({"SKIP_OPENLINES": "Y", "LIMIT": RECENT_LIMIT}),
    )
}

/// The recent chats and whether there are more than were loaded.
pub fn recent_chats(answer: &RecentAnswer) -> (Vec<RecentChat>, bool) {
    let chats = answer
        .items
        .iter()
        .filter_map(|item| {
            let dialog = DialogId::parse(item.id.as_deref()?)?;
            let chat = item.chat.as_ref();
            Some(RecentChat {
                title: item.title.clone().unwrap_or_else(|| dialog.to_string()),
                dialog,
                unread: item.counter.unwrap_or(0),
                last: item
                    .message
                    .as_ref()
                    .and_then(|m| m.text.as_deref())
                    .map(|t| shorten(&plain_text(t), QUOTE_CHARS))
                    .filter(|t| !t.is_empty()),
                last_date: item.message.as_ref().and_then(|m| m.date),
                binding: chat.and_then(|c| {
                    ChatBinding::from_entity(c.entity_type.as_deref(), c.entity_id.as_deref())
                }),
            })
        })
        .collect();
    (chats, answer.has_more.unwrap_or(false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rest::batch::BatchResults;

    fn absorbed(batch: &Batch, answer: Value) -> BatchResults {
        let mut results = BatchResults::new(batch.names());
        results.absorb(&answer, None).unwrap();
        results
    }

    fn results(batch: &Batch, answers: Value) -> BatchResults {
        absorbed(
            batch,
            json!({"result": answers, "result_error": [], "result_total": {"members": 4}}),
        )
    }

    #[test]
    fn bindings_from_entity_fields() {
        assert_eq!(
            ChatBinding::from_entity(Some("CRM"), Some("DEAL|5")),
            Some(ChatBinding::Crm(CrmRef {
                entity: CrmEntityType::Deal,
                id: EntityId(5)
            }))
        );
        assert_eq!(
            ChatBinding::from_entity(Some("TASKS_TASK"), Some("12")),
            Some(ChatBinding::Task(TaskId(12)))
        );
        assert_eq!(ChatBinding::from_entity(Some("CRM"), Some("NOPE|5")), None);
        assert_eq!(ChatBinding::from_entity(Some(""), Some("")), None);
        assert_eq!(ChatBinding::from_entity(None, Some("5")), None);
        assert_eq!(
            ChatBinding::Task(TaskId(12)).path(UserId(1)).as_deref(),
            Some("/company/personal/user/1/tasks/task/view/12/")
        );
    }

    fn context_answers() -> Value {
        json!({
            "dialog": {"id": "2", "title": "Deal: Big", "type": "crm", "entity_type": "CRM", "entity_id": "DEAL|5"},
            "members": [
                {"id": 1, "name": "Anna Admin", "first_name": "Anna", "status": "online", "avatar": ""},
                {"id": 2, "name": "Boris Sales", "first_name": "Boris", "status": "offline", "avatar": "/a/2.svg", "work_position": "Manager"}
            ],
            "messages": {
                "messages": [
                    {"id": 2431, "author_id": 1, "date": "2026-11-24T11:00:00+03:00", "text": "Thanks"},
                    {"id": 2430, "author_id": 2, "date": "2026-11-24T10:00:00+03:00", "text": "Please send the [b]delivery schedule[/b] and the signed contract to the client today"},
                    {"id": 2429, "author_id": 0, "text": "System"}
                ],
                "users": [{"id": 1, "name": "Anna Admin", "first_name": "Anna"}, {"id": 2, "name": "Boris Sales", "first_name": "Boris"}]
            },
            "me": {"ID": "1", "NAME": "Anna"}
        })
    }

    #[test]
    fn the_context_reads_dialog_members_and_messages() {
        let dialog = DialogId::Chat(2);
        let mut batch = Batch::new();
        let commands = add_context_commands(&dialog, 5, &mut batch);
        let ctx = commands
            .read(&dialog, &results(&batch, context_answers()))
            .unwrap();
        assert_eq!(ctx.title, "Deal: Big");
        assert!(matches!(ctx.binding, Some(ChatBinding::Crm(_))));
        assert_eq!(ctx.members.len(), 2);
        assert_eq!(ctx.member_total, 4);
        assert!(ctx.members[0].online && !ctx.members[1].online);
        assert_eq!(ctx.members[1].person.photo.as_deref(), Some("/a/2.svg"));
        assert_eq!(ctx.members[0].person.photo, None);
        assert_eq!(
            ctx.messages.iter().map(|m| m.id.0).collect::<Vec<_>>(),
            vec![2429, 2430, 2431]
        );
        assert_eq!(ctx.me, Some(UserId(1)));
        let draft = reply_draft(&ctx);
        assert_eq!(draft.name.as_deref(), Some("Boris"));
        assert_eq!(
            draft.about.as_deref(),
            Some("Please send the delivery schedule and the signed contract…")
        );
        assert!(draft
            .about
            .as_deref()
            .is_some_and(|a| a.chars().count() <= QUOTE_CHARS + 1));
        // Seen as Boris, the reply answers Anna.
        let boris = ChatContext {
            me: Some(UserId(2)),
            ..ctx
        };
        assert_eq!(reply_draft(&boris).name.as_deref(), Some("Anna"));
    }

    #[test]
    fn a_failed_dialog_fails_the_load_but_members_are_optional() {
        let dialog = DialogId::Chat(2);
        let mut batch = Batch::new();
        let commands = add_context_commands(&dialog, 5, &mut batch);
        let broken = absorbed(
            &batch,
            json!({
                "result": {"dialog": context_answers()["dialog"].clone()},
                "result_error": {"members": {"error": "ACCESS_ERROR", "error_description": "no"}}
            }),
        );
        let ctx = commands.read(&dialog, &broken).unwrap();
        assert!(ctx.members.is_empty() && ctx.messages.is_empty());
        let denied = absorbed(
            &batch,
            json!({
                "result": [],
                "result_error": {"dialog": {"error": "ACCESS_ERROR", "error_description": "no"}}
            }),
        );
        assert!(commands.read(&dialog, &denied).is_err());
    }

    #[test]
    fn plain_text_and_shorten() {
        assert_eq!(
            plain_text("[USER=1]Anna[/USER], see [url=https://x]this[/url]  now"),
            "Anna, see this now"
        );
        assert_eq!(plain_text("a [sic] b [1]"), "a [sic] b [1]");
        assert_eq!(plain_text("unclosed [b"), "unclosed [b");
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("one two three four", 10), "one two…");
        assert_eq!(shorten("ééééééééééé", 4), "éééé…");
    }

    #[test]
    fn the_message_and_the_write_parameters() {
        let dialog = DialogId::Chat(2);
        let mut batch = Batch::new();
        let commands = add_message_commands(&dialog, MessageId(2430), &mut batch);
        let answers = json!({
            "dialog": context_answers()["dialog"].clone(),
            "messages": {"messages": [{"id": 2430, "author_id": 2, "text": "Send the schedule\nsecond line"}], "users": []}
        });
        let m = commands
            .read(&dialog, MessageId(2430), &results(&batch, answers.clone()))
            .unwrap();
        assert_eq!(m.suggested_title(), "Send the schedule");
        assert!(commands
            .read(&dialog, MessageId(77), &results(&batch, answers))
            .is_err_and(|e| e.is_soft()));
        let params = task_add_params(" Title ", "Body", UserId(3), "", m.binding);
        assert_eq!(
            params,
            json!({"fields": {"TITLE": "Title", "DESCRIPTION": "Body", "RESPONSIBLE_ID": 3, "UF_CRM_TASK": ["D_5"]}})
        );
        let with_deadline = task_add_params("T", "", UserId(3), "2026-12-01T18:00:00", None);
        assert_eq!(with_deadline["fields"]["DEADLINE"], "2026-12-01T18:00:00");
        assert!(with_deadline["fields"].get("UF_CRM_TASK").is_none());
        let Some(ChatBinding::Crm(target)) = m.binding else {
            panic!("CRM chat")
        };
        assert_eq!(
            todo_add_params(target, "T", "D", "2026-12-01T18:00:00", UserId(1)),
            json!({"ownerTypeId": 2, "ownerId": 5, "deadline": "2026-12-01T18:00:00", "title": "T", "description": "D", "responsibleId": 1})
        );
        let added: TaskAdded = serde_json::from_value(json!({"task": {"id": "121"}})).unwrap();
        assert_eq!(added.task.and_then(|t| t.id), Some(121));
    }

    #[test]
    fn recent_chats_read_items() {
        let answer: RecentAnswer = serde_json::from_value(json!({
            "items": [
                {"id": "chat2", "title": "Deal: Big", "counter": 2, "message": {"id": 1, "text": "[b]Hi[/b]", "date": "2026-11-24T10:00:00+03:00"},
                 "chat": {"entity_type": "CRM", "entity_id": "DEAL|5"}},
                {"id": "7", "title": "Boris", "counter": 0, "message": null},
                {"title": "no id"}
            ],
            "hasMore": true
        }))
        .unwrap();
        let (chats, more) = recent_chats(&answer);
        assert!(more);
        assert_eq!(chats.len(), 2);
        assert_eq!(chats[0].dialog, DialogId::Chat(2));
        assert_eq!(chats[0].last.as_deref(), Some("Hi"));
        assert_eq!(chats[0].unread, 2);
        assert!(chats[0].binding.is_some());
        assert_eq!(chats[1].dialog, DialogId::User(UserId(7)));
    }
}

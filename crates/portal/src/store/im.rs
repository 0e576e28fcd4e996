//! The messenger: group chats (one bound to a CRM deal, one to a task), their members and messages,
//! behind `im.dialog.get`, `im.dialog.users.list`, `im.dialog.messages.get` and `im.recent.list`.
//! One-to-one dialogs have no table: any user id is a dialog with that user (no messages yet).

use super::time::{DAY, HOUR};

/// A group chat (`chatN`).
#[derive(Debug, Clone, PartialEq)]
pub struct Chat {
    /// Chat id (`chat<id>` as a dialog id).
    pub id: u64,
    /// `title`.
    pub title: String,
    /// `type`: `chat`, `open`, `crm`, `lines`.
    pub kind: &'static str,
    /// `owner`.
    pub owner: u64,
    /// `entity_type`: `CRM`, `TASKS_TASK` or empty.
    pub entity_type: &'static str,
    /// `entity_id`: `DEAL|5` for CRM chats, the task id for task chats.
    pub entity_id: String,
    /// `color` (hex).
    pub color: &'static str,
    /// Member user ids.
    pub members: Vec<u64>,
    /// `date_create`.
    pub created: i64,
}

impl Chat {
    /// The dialog id (`chat<id>`).
    pub fn dialog_id(&self) -> String {
        format!("chat{}", self.id)
    }
}

/// A chat message.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// `id`, unique across chats.
    pub id: u64,
    /// `chat_id`.
    pub chat_id: u64,
    /// `author_id` (0 = system message).
    pub author_id: u64,
    /// `date`.
    pub date: i64,
    /// `text`.
    pub text: String,
}

/// An open line (`imopenlines.config.list.get`).
#[derive(Debug, Clone, PartialEq)]
pub struct OpenLine {
    /// `ID`.
    pub id: u64,
    /// `LINE_NAME`.
    pub name: String,
    /// `ACTIVE`.
    pub active: bool,
}

/// The messenger tables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImData {
    /// Group chats, sorted by id.
    pub chats: Vec<Chat>,
    /// Messages, sorted by id.
    pub messages: Vec<Message>,
    /// Open lines.
    pub lines: Vec<OpenLine>,
    /// What `imconnector.connector.data.set` stored, by (connector, line).
    pub connector_data: std::collections::BTreeMap<(String, u64), serde_json::Value>,
}

/// The chat bound to a CRM deal (`IM_*` example options use `chat2`).
pub const CRM_CHAT: u64 = 2;
/// The deal [`CRM_CHAT`] belongs to.
pub const CRM_CHAT_DEAL: u64 = 5;
/// The chat of a task.
pub const TASK_CHAT: u64 = 3;
/// The task [`TASK_CHAT`] belongs to.
pub const TASK_CHAT_TASK: u64 = 12;

/// (chat id, first message id, [(author, minutes before the anchor's noon, text)]).
type Script = (u64, u64, &'static [(u64, i64, &'static str)]);

const SCRIPTS: &[Script] = &[
    (
        1,
        2400,
        &[
            (1, 600, "Welcome to the company news channel."),
            (4, 300, "The office is closed on Friday for maintenance."),
            (
                7,
                90,
                "Reminder: submit your expense reports by the end of the month.",
            ),
        ],
    ),
    (
        CRM_CHAT,
        2425,
        &[
            (0, 2000, "The chat was created for the deal."),
            (
                2,
                1500,
                "The client asked for a revised quote with the annual discount.",
            ),
            (1, 1400, "I will prepare it today."),
            (3, 900, "Legal approved the contract template."),
            (2, 400, "Can we deliver the first batch by the 15th?"),
            (5, 200, "The warehouse confirms the 15th is possible."),
            (
                2,
                60,
                "Please send the client the delivery schedule and the signed contract.",
            ),
        ],
    ),
    (
        TASK_CHAT,
        2410,
        &[
            (4, 800, "I started on the landing page copy."),
            (6, 120, "The screenshots are in the shared folder."),
        ],
    ),
    (
        4,
        2440,
        &[
            (3, 500, "Weekly pipeline review moved to Thursday."),
            (
                7,
                30,
                "Who can take the call with Northwind tomorrow at 10?",
            ),
        ],
    ),
];

/// Seeds the chats around `anchor` ("today, 00:00"), `deal_title` naming the CRM chat.
pub fn seed(anchor: i64, deal_title: &str, task_title: &str) -> ImData {
    let noon = anchor + 12 * HOUR;
    let chats = vec![
        Chat {
            id: 1,
            title: "Company news".into(),
            kind: "open",
            owner: 1,
            entity_type: "",
            entity_id: String::new(),
            color: "#ab7761",
            members: (1..=20).collect(),
            created: anchor - 300 * DAY,
        },
        Chat {
            id: CRM_CHAT,
            title: format!("Deal: {deal_title}"),
            kind: "crm",
            owner: 2,
            entity_type: "CRM",
            entity_id: format!("DEAL|{CRM_CHAT_DEAL}"),
            color: "#4ba984",
            members: vec![1, 2, 3, 5],
            created: anchor - 20 * DAY,
        },
        Chat {
            id: TASK_CHAT,
            title: format!("Task: {task_title}"),
            kind: "chat",
            owner: 4,
            entity_type: "TASKS_TASK",
            entity_id: TASK_CHAT_TASK.to_string(),
            color: "#2fc6f6",
            members: vec![1, 4, 6],
            created: anchor - 9 * DAY,
        },
        Chat {
            id: 4,
            title: "Sales team".into(),
            kind: "chat",
            owner: 3,
            entity_type: "",
            entity_id: String::new(),
            color: "#df532d",
            members: vec![1, 2, 3, 4, 7],
            created: anchor - 120 * DAY,
        },
    ];
    let mut messages = Vec::new();
    for (chat_id, first, lines) in SCRIPTS {
        for (i, (author, minutes_before, text)) in lines.iter().enumerate() {
            messages.push(Message {
                id: first + i as u64,
                chat_id: *chat_id,
                author_id: *author,
                date: noon - minutes_before * 60,
                text: (*text).into(),
            });
        }
    }
    messages.sort_by_key(|m| m.id);
    let lines = [
        (1, "Website chat", true),
        (3, "Support line", true),
        (5, "Archive", false),
    ]
    .into_iter()
    .map(|(id, name, active)| OpenLine {
        id,
        name: name.into(),
        active,
    })
    .collect();
    ImData {
        chats,
        messages,
        lines,
        connector_data: Default::default(),
    }
}

impl ImData {
    /// A chat by id.
    pub fn chat(&self, id: u64) -> Option<&Chat> {
        self.chats.iter().find(|c| c.id == id)
    }

    /// A chat's messages, oldest first.
    pub fn messages_of(&self, chat_id: u64) -> impl Iterator<Item = &Message> {
        self.messages.iter().filter(move |m| m.chat_id == chat_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_message_is_in_the_crm_chat() {
        let im = seed(0, "Big deal", "Write copy");
        let m = im.messages.iter().find(|m| m.id == 2431).unwrap();
        assert_eq!(m.chat_id, CRM_CHAT);
        assert_eq!(im.chat(CRM_CHAT).unwrap().entity_id, "DEAL|5");
        assert!(im.messages.windows(2).all(|w| w[0].id < w[1].id));
    }
}

//! Newtypes for the identifiers that arrive in `PLACEMENT_OPTIONS`.
//!
//! The portal sends almost every id as a numeric *string* (`"ID":"8061"`), a few as JSON numbers
//! (`ENTITY_DATA.entityTypeId`). Each newtype accepts both at the edge and is a plain integer after that,
//! so the rest of the app never re-checks an id.

use std::fmt;

macro_rules! id_newtype {
    ($(#[$meta:meta])* $name:ident($inner:ty)) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub $inner);

        impl $name {
            /// The raw integer, for REST parameters and URLs.
            pub fn get(self) -> $inner {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<$inner> for $name {
            fn from(value: $inner) -> Self {
                Self(value)
            }
        }
    };
}

id_newtype!(
    /// Id of a CRM element (deal, lead, contact, company, quote, smart-process item, ...).
    EntityId(u64)
);
id_newtype!(
    /// Numeric CRM type id: 1 lead, 2 deal, 3 contact, 4 company, 5 old invoice, 6 activity, 7 quote,
    /// 14 order, 31 smart invoice, >= 128 smart processes.
    EntityTypeId(u32)
);
id_newtype!(
    /// Id of a CRM activity (timeline record of type 6).
    ActivityId(u64)
);
id_newtype!(
    /// Id of a task (`tasks.task.get`).
    TaskId(u64)
);
id_newtype!(
    /// Id of a portal user (`user.get`).
    UserId(u64)
);
id_newtype!(
    /// Id of a workgroup / project (`sonet_group.get`).
    GroupId(u64)
);
id_newtype!(
    /// Id of a chat message (`im.message.*`).
    MessageId(u64)
);
id_newtype!(
    /// Id of an open channel (open line) (`imopenlines.config.get`).
    LineId(u64)
);
id_newtype!(
    /// Registration id of a placement handler (the `ID` a `CONTACT_CENTER` tile receives).
    BindingId(u64)
);
id_newtype!(
    /// Id of a landing site.
    SiteId(u64)
);
id_newtype!(
    /// Id of a landing page.
    PageId(u64)
);
id_newtype!(
    /// Id of a landing block.
    BlockId(u64)
);

/// A messenger dialog: `chatNNN` for group chats, a bare user id for 1:1 chats.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DialogId {
    /// Group chat `chat<N>`.
    Chat(u64),
    /// One-to-one chat with this user.
    User(UserId),
    /// Any other dialog id the messenger may use (open lines, future kinds); kept verbatim.
    Other(String),
}

impl DialogId {
    /// Parses the wire form (`"chat2"`, `"17"`, anything else kept as [`DialogId::Other`]).
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        if raw.is_empty() {
            return None;
        }
        if let Some(n) = raw.strip_prefix("chat").and_then(|n| n.parse().ok()) {
            return Some(Self::Chat(n));
        }
        if let Ok(n) = raw.parse() {
            return Some(Self::User(UserId(n)));
        }
        Some(Self::Other(raw.to_owned()))
    }
}

impl fmt::Display for DialogId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Chat(n) => write!(f, "chat{n}"),
            Self::User(u) => u.fmt(f),
            Self::Other(s) => f.write_str(s),
        }
    }
}

/// A calendar date as the calendar grid sends it (`YYYY-MM-DD`), validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// Month 1..=12.
    pub month: u8,
    /// Day 1..=31 (checked against the month and leap years).
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`; `None` for anything else or an impossible date.
    pub fn parse(raw: &str) -> Option<Self> {
        let bytes = raw.trim().as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let num = |s: &[u8]| -> Option<u32> {
            s.iter().try_fold(0u32, |acc, b| {
                b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
            })
        };
        let year = num(&bytes[0..4])?;
        let month = num(&bytes[5..7])?;
        let day = num(&bytes[8..10])?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

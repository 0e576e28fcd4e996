//! The call card's commands and events (placements.md §4, frame-protocol.md §6):
//!
//! - `CALL_CARD`: `getStatus` (the call, typed), `disableAutoClose` / `enableAutoClose` (keep the card
//!   open while the user writes), events `CallCard::EntityChanged`, `CallCard::BeforeClose` (may fire
//!   twice), `CallCard::CallStateChanged`;
//! - `PAGE_BACKGROUND_WORKER` (the WebRTC call card the app raised with `telephony.externalCall.register`):
//!   `CallCardSetMute`, `CallCardSetHold`, `CallCardSetUiState`, `CallCardGetListUiStates`,
//!   `CallCardSetCardTitle`, `CallCardSetStatusText`, `CallCardStartTimer` / `CallCardStopTimer` (no
//!   reply on success), `CallCardClose`, and the 17 `BackgroundCallCard::*` events. Without a card the
//!   commands fail with `Call card is undefined` ([`Bx24Error::Command`]).

use crate::{Bx24, Bx24Error};
use serde::Deserialize;
use serde_json::{json, Value};

/// `CallCard::EntityChanged`.
pub const ENTITY_CHANGED: &str = "CallCard::EntityChanged";
/// `CallCard::BeforeClose`.
pub const BEFORE_CLOSE: &str = "CallCard::BeforeClose";
/// `CallCard::CallStateChanged`.
pub const STATE_CHANGED: &str = "CallCard::CallStateChanged";

/// The `BackgroundCallCard::*` events (their payloads: frame-protocol.md §6).
pub mod background {
    /// The card is up; payload: the call, as `getStatus` gives it.
    pub const INITIALIZED: &str = "BackgroundCallCard::initialized";
    /// *Answer*.
    pub const ANSWER: &str = "BackgroundCallCard::answerButtonClick";
    /// *Hang up*.
    pub const HANGUP: &str = "BackgroundCallCard::hangupButtonClick";
    /// *Mute*; payload: whether muted.
    pub const MUTE: &str = "BackgroundCallCard::muteButtonClick";
    /// *Hold*; payload: whether on hold.
    pub const HOLD: &str = "BackgroundCallCard::holdButtonClick";
    /// The card's close button.
    pub const CLOSE: &str = "BackgroundCallCard::closeButtonClick";
    /// A comment was added; payload: its text.
    pub const ADD_COMMENT: &str = "BackgroundCallCard::addCommentButtonClick";
    /// The call was bound to another CRM element; payload `{PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID}`.
    pub const ENTITY_CHANGED: &str = "BackgroundCallCard::entityChanged";
    /// *Transfer*; payload `{phoneNumber, target}`.
    pub const TRANSFER: &str = "BackgroundCallCard::transferButtonClick";
    /// *Cancel transfer*.
    pub const CANCEL_TRANSFER: &str = "BackgroundCallCard::cancelTransferButtonClick";
    /// *Complete transfer*.
    pub const COMPLETE_TRANSFER: &str = "BackgroundCallCard::completeTransferButtonClick";
    /// *Next* (call lists).
    pub const NEXT: &str = "BackgroundCallCard::nextButtonClick";
    /// *Skip* (call lists).
    pub const SKIP: &str = "BackgroundCallCard::skipButtonClick";
    /// *Call* from the card.
    pub const MAKE_CALL: &str = "BackgroundCallCard::makeCallButtonClick";
    /// The quality meter; payload: the rating.
    pub const QUALITY_METER: &str = "BackgroundCallCard::qualityMeterClick";
    /// A dial-pad key; payload: the key.
    pub const DIALPAD: &str = "BackgroundCallCard::dialpadButtonClick";
    /// *Notify the administrator*.
    pub const NOTIFY_ADMIN: &str = "BackgroundCallCard::notifyAdminButtonClick";
}

/// One `CRM_BINDINGS` entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct CallBinding {
    /// `ENTITY_TYPE` (`DEAL`, `CONTACT`, ...).
    #[serde(rename = "ENTITY_TYPE", deserialize_with = "rest::de::text")]
    pub entity_type: Option<String>,
    /// `ENTITY_ID`.
    #[serde(rename = "ENTITY_ID", deserialize_with = "rest::de::id")]
    pub entity_id: Option<u64>,
}

/// `getStatus` / `BackgroundCallCard::initialized`: the call, typed (ints and bools, unlike the
/// strings of `PLACEMENT_OPTIONS`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct CallStatus {
    /// `CALL_ID`.
    #[serde(deserialize_with = "rest::de::text")]
    pub call_id: Option<String>,
    /// `PHONE_NUMBER`.
    #[serde(deserialize_with = "rest::de::text")]
    pub phone_number: Option<String>,
    /// `CRM_ENTITY_TYPE`.
    #[serde(deserialize_with = "rest::de::text")]
    pub crm_entity_type: Option<String>,
    /// `CRM_ENTITY_ID` (0 / absent: unbound).
    #[serde(deserialize_with = "rest::de::id")]
    pub crm_entity_id: Option<u64>,
    /// `CRM_ACTIVITY_ID`.
    #[serde(deserialize_with = "rest::de::id")]
    pub crm_activity_id: Option<u64>,
    /// `CRM_BINDINGS`.
    #[serde(deserialize_with = "rest::de::list")]
    pub crm_bindings: Vec<CallBinding>,
    /// `CALL_DIRECTION`.
    #[serde(deserialize_with = "rest::de::text")]
    pub call_direction: Option<String>,
    /// `CALL_STATE`: `idle`, `connecting`, `connected`.
    #[serde(deserialize_with = "rest::de::text")]
    pub call_state: Option<String>,
    /// `CALL_LIST_MODE`.
    #[serde(deserialize_with = "rest::de::flag")]
    pub call_list_mode: Option<bool>,
}

impl CallStatus {
    /// Reads a `getStatus` answer or an `initialized` payload (lenient: odd fields read as absent).
    pub fn from_json(value: &Value) -> Result<Self, Bx24Error> {
        serde_json::from_value(value.clone())
            .map_err(|e| Bx24Error::Decode(format!("call status: {e}")))
    }
}

/// The background call card's UI states (`CallCardSetUiState`; `CallCardGetListUiStates` lists them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiState {
    /// `incoming`.
    Incoming,
    /// `transferIncoming`.
    TransferIncoming,
    /// `outgoing`.
    Outgoing,
    /// `connectingIncoming`.
    ConnectingIncoming,
    /// `connectingOutgoing`.
    ConnectingOutgoing,
    /// `connected`.
    Connected,
    /// `transferring`.
    Transferring,
    /// `transferFailed`.
    TransferFailed,
    /// `transferConnected`.
    TransferConnected,
    /// `error`.
    Error,
    /// `moneyError`.
    MoneyError,
    /// `redial`.
    Redial,
}

impl UiState {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Incoming => "incoming",
            Self::TransferIncoming => "transferIncoming",
            Self::Outgoing => "outgoing",
            Self::ConnectingIncoming => "connectingIncoming",
            Self::ConnectingOutgoing => "connectingOutgoing",
            Self::Connected => "connected",
            Self::Transferring => "transferring",
            Self::TransferFailed => "transferFailed",
            Self::TransferConnected => "transferConnected",
            Self::Error => "error",
            Self::MoneyError => "moneyError",
            Self::Redial => "redial",
        }
    }
}

/// Call-card commands; from [`Bx24::call_card`].
#[derive(Debug, Clone, Copy)]
pub struct CallCardManager<'a> {
    bx24: &'a Bx24,
}

impl<'a> CallCardManager<'a> {
    pub(crate) fn new(bx24: &'a Bx24) -> Self {
        Self { bx24 }
    }

    async fn call(&self, command: &str, params: Value) -> Result<Value, Bx24Error> {
        self.bx24.placement().call(command, &params).await
    }

    /// `getStatus` (`CALL_CARD`): the call as the card knows it now.
    pub async fn status(&self) -> Result<CallStatus, Bx24Error> {
        CallStatus::from_json(&self.call("getStatus", json!({})).await?)
    }

    /// `disableAutoClose` (`CALL_CARD`): the card stays open after the call ends.
    pub async fn disable_auto_close(&self) -> Result<(), Bx24Error> {
        self.call("disableAutoClose", json!({})).await.map(drop)
    }

    /// `enableAutoClose` (`CALL_CARD`): the card may close by itself again.
    pub async fn enable_auto_close(&self) -> Result<(), Bx24Error> {
        self.call("enableAutoClose", json!({})).await.map(drop)
    }

    /// `CallCardSetMute {muted}`.
    pub async fn set_mute(&self, muted: bool) -> Result<(), Bx24Error> {
        self.call("CallCardSetMute", json!({ "muted": muted }))
            .await
            .map(drop)
    }

    /// `CallCardSetHold {held}`.
    pub async fn set_hold(&self, held: bool) -> Result<(), Bx24Error> {
        self.call("CallCardSetHold", json!({ "held": held }))
            .await
            .map(drop)
    }

    /// `CallCardSetUiState {uiState, disableAutoStartTimer}` (`connected` starts the timer unless
    /// `disable_auto_start_timer`).
    pub async fn set_ui_state(
        &self,
        state: UiState,
        disable_auto_start_timer: bool,
    ) -> Result<(), Bx24Error> {
        let mut params = json!({ "uiState": state.as_str() });
        if disable_auto_start_timer {
            params["disableAutoStartTimer"] = Value::Bool(true);
        }
        self.call("CallCardSetUiState", params).await.map(drop)
    }

    /// `CallCardGetListUiStates`: the states this portal's card accepts.
    pub async fn ui_states(&self) -> Result<Vec<String>, Bx24Error> {
        let reply = self.call("CallCardGetListUiStates", json!({})).await?;
        serde_json::from_value(reply)
            .map_err(|e| Bx24Error::Decode(format!("CallCardGetListUiStates: {e}")))
    }

    /// `CallCardSetCardTitle {title}`.
    pub async fn set_title(&self, title: &str) -> Result<(), Bx24Error> {
        self.call("CallCardSetCardTitle", json!({ "title": title }))
            .await
            .map(drop)
    }

    /// `CallCardSetStatusText {statusText}`.
    pub async fn set_status_text(&self, text: &str) -> Result<(), Bx24Error> {
        self.call("CallCardSetStatusText", json!({ "statusText": text }))
            .await
            .map(drop)
    }

    /// `CallCardStartTimer` (the portal does not answer on success: sent, not awaited).
    pub fn start_timer(&self) -> Result<(), Bx24Error> {
        self.bx24.placement().send("CallCardStartTimer", &json!({}))
    }

    /// `CallCardStopTimer` (sent, not awaited, like [`Self::start_timer`]).
    pub fn stop_timer(&self) -> Result<(), Bx24Error> {
        self.bx24.placement().send("CallCardStopTimer", &json!({}))
    }

    /// `CallCardClose`.
    pub async fn close(&self) -> Result<(), Bx24Error> {
        self.call("CallCardClose", json!({})).await.map(drop)
    }
}

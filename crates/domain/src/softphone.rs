//! The background worker's softphone (`PAGE_BACKGROUND_WORKER`, the docs' WebRTC scenario): how the
//! app answers the call card's `BackgroundCallCard::*` events with card commands, as a pure state
//! machine. The app feeds it events with the time, and carries out the [`Action`]s it returns
//! (`CallCardSet*`, the timer, `telephony.externalCall.finish`, `CallCardClose`).
//!
//! An incoming call: `initialized` → title, "ringing", UI state `incoming`; *Answer* → `connected`
//! (the timer started by the app, not by the state), "connected"; *Mute* / *Hold* are echoed back as
//! the card's state; *Hang up* → timer stopped, the call finished once with its talk time (`200`, or
//! `304` when it was never answered), "call ended"; *Close* finishes an unfinished call as missed,
//! then closes the card.

use placement::{CrmEntityType, CrmRef, EntityId};
use serde::Deserialize;
use serde_json::{json, Value};

/// What the card's status line says (the app words it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallPhase {
    /// Ringing, not answered yet.
    Ringing,
    /// Talking.
    Connected,
    /// On hold.
    OnHold,
    /// Ended; talk time in seconds.
    Ended {
        /// Seconds of conversation.
        seconds: u64,
    },
    /// Ended without being answered.
    Missed,
}

/// A card UI state the softphone sets (a subset of `CallCardSetUiState`'s).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardState {
    /// `incoming`.
    Incoming,
    /// `connected`.
    Connected,
}

/// What the app must do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// `CallCardSetCardTitle` with "incoming call from `phone`".
    SetTitle {
        /// The caller's number.
        phone: String,
    },
    /// `CallCardSetStatusText` for this phase.
    SetStatus(CallPhase),
    /// `CallCardSetUiState` (`disableAutoStartTimer`: the softphone starts the timer itself).
    SetUiState(CardState),
    /// `CallCardStartTimer`.
    StartTimer,
    /// `CallCardStopTimer`.
    StopTimer,
    /// `CallCardSetMute`.
    SetMute(bool),
    /// `CallCardSetHold`.
    SetHold(bool),
    /// `telephony.externalCall.finish`.
    Finish {
        /// `CALL_ID`.
        call_id: String,
        /// `DURATION` in seconds.
        duration: u64,
        /// `STATUS_CODE`: `200` or `304`.
        status_code: &'static str,
    },
    /// `CallCardClose`.
    Close,
}

/// A `BackgroundCallCard::*` event, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardEvent {
    /// `initialized`: the call.
    Initialized {
        /// `CALL_ID`.
        call_id: String,
        /// `PHONE_NUMBER`.
        phone: String,
        /// The CRM element the call is bound to.
        crm: Option<CrmRef>,
    },
    /// `answerButtonClick`.
    Answer,
    /// `hangupButtonClick`.
    Hangup,
    /// `muteButtonClick(muted)`.
    Mute(bool),
    /// `holdButtonClick(held)`.
    Hold(bool),
    /// `closeButtonClick`.
    Close,
    /// `entityChanged`: the call is bound to another element.
    EntityChanged(Option<CrmRef>),
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
struct Initialized {
    #[serde(deserialize_with = "rest::de::text")]
    call_id: Option<String>,
    #[serde(deserialize_with = "rest::de::text")]
    phone_number: Option<String>,
    #[serde(deserialize_with = "rest::de::text")]
    crm_entity_type: Option<String>,
    #[serde(deserialize_with = "rest::de::id")]
    crm_entity_id: Option<u64>,
}

fn crm_ref(kind: Option<&str>, id: Option<u64>) -> Option<CrmRef> {
    Some(CrmRef {
        entity: CrmEntityType::from_code_name(kind?)?,
        id: EntityId(id?),
    })
}

impl CardEvent {
    /// Reads event `name` with its payload; `None` for events the softphone does not act on and for
    /// malformed payloads (an `initialized` without `CALL_ID`, a mute that is not a boolean).
    pub fn read(name: &str, payload: &Value) -> Option<Self> {
        let short = name.strip_prefix("BackgroundCallCard::")?;
        Some(match short {
            "initialized" => {
                let i: Initialized = serde_json::from_value(payload.clone()).ok()?;
                Self::Initialized {
                    call_id: i.call_id?,
                    phone: i.phone_number.unwrap_or_default(),
                    crm: crm_ref(i.crm_entity_type.as_deref(), i.crm_entity_id),
                }
            }
            "answerButtonClick" => Self::Answer,
            "hangupButtonClick" => Self::Hangup,
            "muteButtonClick" => Self::Mute(flag(payload)?),
            "holdButtonClick" => Self::Hold(flag(payload)?),
            "closeButtonClick" => Self::Close,
            "entityChanged" => {
                let i: Initialized = serde_json::from_value(payload.clone()).ok()?;
                Self::EntityChanged(crm_ref(i.crm_entity_type.as_deref(), i.crm_entity_id))
            }
            _ => return None,
        })
    }
}

/// A boolean payload (`true`, or the strings `"true"` / `"Y"` some portals send).
fn flag(payload: &Value) -> Option<bool> {
    rest::lenient::flag(Some(payload))
}

/// The call the softphone is handling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveCall {
    /// `CALL_ID`.
    pub call_id: String,
    /// The caller.
    pub phone: String,
    /// The bound CRM element.
    pub crm: Option<CrmRef>,
    /// When it was answered (ms).
    pub answered_at: Option<i64>,
    /// Finished (`telephony.externalCall.finish` sent): never twice.
    pub finished: bool,
    /// Muted.
    pub muted: bool,
    /// On hold.
    pub held: bool,
}

/// The softphone: at most one call at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Softphone {
    /// The current call.
    pub call: Option<ActiveCall>,
}

impl Softphone {
    /// Handles one event at `now_ms` and returns what to do, in order.
    pub fn on(&mut self, event: CardEvent, now_ms: f64) -> Vec<Action> {
        match event {
            CardEvent::Initialized {
                call_id,
                phone,
                crm,
            } => {
                self.call = Some(ActiveCall {
                    call_id,
                    phone: phone.clone(),
                    crm,
                    answered_at: None,
                    finished: false,
                    muted: false,
                    held: false,
                });
                vec![
                    Action::SetTitle { phone },
                    Action::SetUiState(CardState::Incoming),
                    Action::SetStatus(CallPhase::Ringing),
                ]
            }
            _ if self.call.is_none() => Vec::new(),
            CardEvent::Answer => {
                let Some(call) = self
                    .call
                    .as_mut()
                    .filter(|c| c.answered_at.is_none() && !c.finished)
                else {
                    return Vec::new();
                };
                call.answered_at = Some(now_ms as i64);
                vec![
                    Action::SetUiState(CardState::Connected),
                    Action::StartTimer,
                    Action::SetStatus(CallPhase::Connected),
                ]
            }
            CardEvent::Mute(muted) => match self.call.as_mut() {
                Some(call) if !call.finished => {
                    call.muted = muted;
                    vec![Action::SetMute(muted)]
                }
                _ => Vec::new(),
            },
            CardEvent::Hold(held) => match self.call.as_mut() {
                Some(call) if !call.finished && call.answered_at.is_some() => {
                    call.held = held;
                    let phase = if held {
                        CallPhase::OnHold
                    } else {
                        CallPhase::Connected
                    };
                    vec![Action::SetHold(held), Action::SetStatus(phase)]
                }
                _ => Vec::new(),
            },
            CardEvent::Hangup => self.finish(now_ms),
            CardEvent::Close => {
                let mut actions = self.finish(now_ms);
                actions.push(Action::Close);
                self.call = None;
                actions
            }
            CardEvent::EntityChanged(crm) => {
                if let Some(call) = self.call.as_mut() {
                    call.crm = crm;
                }
                Vec::new()
            }
        }
    }

    fn finish(&mut self, now_ms: f64) -> Vec<Action> {
        let Some(call) = self.call.as_mut().filter(|c| !c.finished) else {
            return Vec::new();
        };
        call.finished = true;
        let mut actions = Vec::new();
        let (duration, status_code, phase) = match call.answered_at {
            Some(at) => {
                actions.push(Action::StopTimer);
                let seconds = ((now_ms - at as f64).max(0.0) / 1000.0).round() as u64;
                (seconds, "200", CallPhase::Ended { seconds })
            }
            None => (0, "304", CallPhase::Missed),
        };
        actions.push(Action::Finish {
            call_id: call.call_id.clone(),
            duration,
            status_code,
        });
        actions.push(Action::SetStatus(phase));
        actions
    }
}

/// `telephony.externalCall.finish` parameters.
pub fn finish_params(call_id: &str, user: u64, duration: u64, status_code: &str) -> Value {
    json!({
        "CALL_ID": call_id,
        "USER_ID": user,
        "DURATION": duration,
        "STATUS_CODE": status_code,
        "ADD_TO_CHAT": 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn init() -> CardEvent {
        CardEvent::read(
            "BackgroundCallCard::initialized",
            &json!({"CALL_ID": "externalCall.1", "PHONE_NUMBER": "+4930", "CRM_ENTITY_TYPE": "CONTACT", "CRM_ENTITY_ID": 1}),
        )
        .unwrap()
    }

    #[test]
    fn events_are_read_from_their_payloads() {
        assert!(
            matches!(init(), CardEvent::Initialized { ref call_id, crm: Some(_), .. } if call_id == "externalCall.1")
        );
        assert_eq!(
            CardEvent::read("BackgroundCallCard::muteButtonClick", &json!(true)),
            Some(CardEvent::Mute(true))
        );
        assert_eq!(
            CardEvent::read("BackgroundCallCard::muteButtonClick", &json!({"x": 1})),
            None
        );
        assert_eq!(
            CardEvent::read("BackgroundCallCard::initialized", &json!({})),
            None
        );
        assert_eq!(
            CardEvent::read("BackgroundCallCard::dialpadButtonClick", &json!("5")),
            None
        );
        assert_eq!(CardEvent::read("CallCard::BeforeClose", &json!({})), None);
    }

    #[test]
    fn an_answered_call_is_finished_once_with_its_talk_time() {
        let mut phone = Softphone::default();
        assert_eq!(phone.on(CardEvent::Answer, 0.0), vec![], "no call yet");
        assert_eq!(
            phone.on(init(), 1_000.0),
            vec![
                Action::SetTitle {
                    phone: "+4930".into()
                },
                Action::SetUiState(CardState::Incoming),
                Action::SetStatus(CallPhase::Ringing)
            ]
        );
        assert_eq!(
            phone.on(CardEvent::Hold(true), 1_500.0),
            vec![],
            "no hold before answering"
        );
        assert_eq!(
            phone.on(CardEvent::Answer, 2_000.0),
            vec![
                Action::SetUiState(CardState::Connected),
                Action::StartTimer,
                Action::SetStatus(CallPhase::Connected)
            ]
        );
        assert_eq!(
            phone.on(CardEvent::Answer, 2_100.0),
            vec![],
            "answered once"
        );
        assert_eq!(
            phone.on(CardEvent::Mute(true), 3_000.0),
            vec![Action::SetMute(true)]
        );
        assert_eq!(
            phone.on(CardEvent::Hold(true), 4_000.0),
            vec![Action::SetHold(true), Action::SetStatus(CallPhase::OnHold)]
        );
        assert_eq!(
            phone.on(CardEvent::Hangup, 97_400.0),
            vec![
                Action::StopTimer,
                Action::Finish {
                    call_id: "externalCall.1".into(),
                    duration: 95,
                    status_code: "200"
                },
                Action::SetStatus(CallPhase::Ended { seconds: 95 })
            ]
        );
        assert_eq!(
            phone.on(CardEvent::Hangup, 98_000.0),
            vec![],
            "finished once"
        );
        assert_eq!(phone.on(CardEvent::Close, 99_000.0), vec![Action::Close]);
        assert_eq!(phone.call, None);
    }

    #[test]
    fn closing_an_unanswered_call_finishes_it_as_missed() {
        let mut phone = Softphone::default();
        phone.on(init(), 0.0);
        assert_eq!(
            phone.on(CardEvent::Close, 5_000.0),
            vec![
                Action::Finish {
                    call_id: "externalCall.1".into(),
                    duration: 0,
                    status_code: "304"
                },
                Action::SetStatus(CallPhase::Missed),
                Action::Close
            ]
        );
        assert_eq!(finish_params("c", 1, 0, "304")["STATUS_CODE"], "304");
    }
}

//! An install (or a settings change) in progress: each step's state as the wizard shows it, what an
//! answer means, and what a retry may send again.
//!
//! Rules:
//! - A portal refusal that says the thing is already there ("Handler already binded") is success, so
//!   a rerun or a double click never fails an install.
//! - A call whose outcome is unknown (timeout, network error, 5xx) is never sent again by itself: the
//!   step stays [`StepState::Unknown`] until the wizard re-reads the portal ([`Run::reconcile`]); only
//!   what is then still missing is retried.
//! - `installFinish` may be called only when every step is done ([`Run::is_complete`]).

use crate::plan::{Action, Step};
use crate::portal::PortalState;

/// How a REST call ended, as far as the install cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The portal did it.
    Ok,
    /// The portal refused, with its error code and description: the outcome is known (nothing changed).
    Refused {
        /// The portal's error code.
        code: String,
        /// The portal's description.
        description: String,
    },
    /// No answer that says what happened (timeout, network failure, a 5xx): the portal may or may not
    /// have done it.
    Unknown {
        /// What went wrong, for the screen.
        reason: String,
    },
}

/// One step's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepState {
    /// Not sent yet.
    Pending,
    /// Sent, no answer yet.
    Running,
    /// Done now.
    Done,
    /// The portal already had it (a rerun, or registered meanwhile).
    AlreadyDone,
    /// The portal refused; retrying may help once the cause is fixed.
    Failed {
        /// The portal's error code.
        code: String,
        /// The portal's description.
        description: String,
    },
    /// The outcome is unknown: re-read the portal before anything is sent again.
    Unknown {
        /// What went wrong.
        reason: String,
    },
}

impl StepState {
    /// Whether the step needs no more work.
    pub fn is_settled(&self) -> bool {
        matches!(self, Self::Done | Self::AlreadyDone)
    }
}

/// Whether a refusal says the registration is already there. The portal answers a second
/// `placement.bind` of the same code and handler with the generic `ERROR_CORE` code and the text
/// "Handler already binded" (there is no dedicated code), so the description is the only signal; a
/// removal of something already gone answers `ERROR_PLACEMENT_NOT_FOUND` or a `*_NOT_FOUND` code.
pub fn means_already_done(action: Action, code: &str, description: &str) -> bool {
    match action {
        Action::Register => {
            description.to_ascii_lowercase().contains("already binded")
                || code == "ERROR_CONNECTOR_ALREADY_REGISTERED"
        }
        Action::Unregister => code.ends_with("_NOT_FOUND"),
    }
}

/// An install or settings change in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    steps: Vec<(Step, StepState)>,
}

impl Run {
    /// A run of `steps`, all pending.
    pub fn new(steps: Vec<Step>) -> Self {
        Self {
            steps: steps.into_iter().map(|s| (s, StepState::Pending)).collect(),
        }
    }

    /// Every step with its state, in order.
    pub fn steps(&self) -> &[(Step, StepState)] {
        &self.steps
    }

    /// The indexes of the steps to send now: pending and previously refused ones. Unknown outcomes are
    /// not among them until [`Run::reconcile`] has settled them.
    pub fn sendable(&self) -> Vec<usize> {
        self.steps
            .iter()
            .enumerate()
            .filter(|(_, (_, state))| {
                matches!(state, StepState::Pending | StepState::Failed { .. })
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Marks step `index` as sent.
    pub fn start(&mut self, index: usize) {
        if let Some((_, state)) = self.steps.get_mut(index) {
            *state = StepState::Running;
        }
    }

    /// Records the answer to step `index`.
    pub fn finish(&mut self, index: usize, answer: Answer) {
        let Some((step, state)) = self.steps.get_mut(index) else {
            return;
        };
        *state = match answer {
            Answer::Ok => StepState::Done,
            Answer::Refused { code, description }
                if means_already_done(step.action, &code, &description) =>
            {
                StepState::AlreadyDone
            }
            Answer::Refused { code, description } => StepState::Failed { code, description },
            Answer::Unknown { reason } => StepState::Unknown { reason },
        };
    }

    /// Settles steps whose outcome was unknown (or that failed) from a fresh read of the portal: a
    /// registration the portal now holds is done, a removal of something gone is done, and the rest
    /// becomes pending again, to be sent when the admin retries.
    pub fn reconcile(&mut self, portal: &PortalState, handler: &str) {
        for (step, state) in &mut self.steps {
            if !matches!(state, StepState::Unknown { .. } | StepState::Failed { .. }) {
                continue;
            }
            let present = portal.has(&step.code, handler);
            *state = match (step.action, present) {
                (Action::Register, true) | (Action::Unregister, false) => StepState::AlreadyDone,
                _ => StepState::Pending,
            };
        }
    }

    /// Settles only the steps whose outcome was unknown, from a fresh read of the portal (what
    /// landed is done, the rest pending again); refusals stay listed with the portal's reason. What
    /// the wizard does right after a run, before the admin decides on a retry.
    pub fn reconcile_unknown(&mut self, portal: &PortalState, handler: &str) {
        for (step, state) in &mut self.steps {
            if !matches!(state, StepState::Unknown { .. }) {
                continue;
            }
            let present = portal.has(&step.code, handler);
            *state = match (step.action, present) {
                (Action::Register, true) | (Action::Unregister, false) => StepState::AlreadyDone,
                _ => StepState::Pending,
            };
        }
    }

    /// Whether any step's outcome is unknown (the wizard must re-read the portal before a retry).
    pub fn needs_reconcile(&self) -> bool {
        self.steps
            .iter()
            .any(|(_, s)| matches!(s, StepState::Unknown { .. }))
    }

    /// Whether every step is done: only then may the wizard call `installFinish`.
    pub fn is_complete(&self) -> bool {
        self.steps.iter().all(|(_, s)| s.is_settled())
    }

    /// The steps that failed or whose outcome is unknown, for the wizard's list with a retry.
    pub fn problems(&self) -> Vec<&(Step, StepState)> {
        self.steps
            .iter()
            .filter(|(_, s)| matches!(s, StepState::Failed { .. } | StepState::Unknown { .. }))
            .collect()
    }
}

impl Answer {
    /// What a REST call's outcome means for the install. A portal error with a 4xx status (or inside a
    /// batch) is a refusal: nothing changed. A timeout, a network failure, a 5xx, a body that cannot be
    /// read or a call cancelled while in flight may have been executed: the outcome is unknown. The
    /// rate and operating-time limits and token failures are refusals (the portal turned the call away
    /// before running it), as are batch problems the client found before sending.
    pub fn from_rest(outcome: Result<(), &rest::RestError>) -> Self {
        use rest::RestError as E;
        let error = match outcome {
            Ok(()) => return Self::Ok,
            Err(error) => error,
        };
        let unknown = || Self::Unknown {
            reason: error.to_string(),
        };
        match error {
            E::Timeout { .. } | E::Network { .. } | E::BadJson { .. } | E::Cancelled => unknown(),
            E::Portal {
                code,
                description,
                status,
            }
            | E::NotFound {
                code,
                description,
                status,
            }
            | E::AccessDenied {
                code,
                description,
                status,
            }
            | E::InvalidArgument {
                code,
                description,
                status,
            }
            | E::InvalidBatch {
                code,
                description,
                status,
            } => {
                if *status >= 500 {
                    unknown()
                } else {
                    Self::Refused {
                        code: code.clone(),
                        description: description.clone(),
                    }
                }
            }
            other => Self::Refused {
                code: other.code().unwrap_or("ERROR").to_owned(),
                description: other.to_string(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::Registration;
    use crate::portal::Binding;
    use serde_json::json;

    const HANDLER: &str = "https://app.example/";

    fn bind(code: &str) -> Step {
        Step {
            code: code.into(),
            action: Action::Register,
            registration: Registration::PlacementBind,
            method: "placement.bind",
            params: json!({"PLACEMENT": code, "HANDLER": HANDLER}),
        }
    }

    fn refused(code: &str, description: &str) -> Answer {
        Answer::Refused {
            code: code.into(),
            description: description.into(),
        }
    }

    #[test]
    fn already_binded_counts_as_success_and_the_run_completes() {
        let mut run = Run::new(vec![bind("CALL_CARD"), bind("LEFT_MENU")]);
        assert_eq!(run.sendable(), [0, 1]);
        run.start(0);
        assert_eq!(run.steps()[0].1, StepState::Running);
        assert!(!run.is_complete());
        run.finish(0, Answer::Ok);
        run.finish(1, refused("ERROR_CORE", "Handler already binded"));
        assert_eq!(run.steps()[1].1, StepState::AlreadyDone);
        assert!(run.is_complete());
        assert!(run.sendable().is_empty());
    }

    #[test]
    fn a_refusal_is_listed_and_retried_but_an_unknown_outcome_is_not_resent() {
        let mut run = Run::new(vec![
            bind("CALL_CARD"),
            bind("LEFT_MENU"),
            bind("IM_SIDEBAR"),
        ]);
        run.finish(
            0,
            refused("ERROR_PLACEMENT_NOT_FOUND", "Placement not found"),
        );
        run.finish(
            1,
            Answer::Unknown {
                reason: "timed out".into(),
            },
        );
        run.finish(2, Answer::Ok);
        assert!(!run.is_complete());
        assert_eq!(run.problems().len(), 2);
        assert!(run.needs_reconcile());
        assert_eq!(
            run.sendable(),
            [0],
            "the unknown outcome waits for a re-read"
        );
    }

    #[test]
    fn reconcile_settles_unknown_outcomes_from_the_portal() {
        let mut run = Run::new(vec![bind("CALL_CARD"), bind("LEFT_MENU")]);
        for i in 0..2 {
            run.finish(
                i,
                Answer::Unknown {
                    reason: "network".into(),
                },
            );
        }
        let portal = PortalState {
            bindings: vec![Binding {
                placement: "CALL_CARD".into(),
                user_id: 0,
                handler: HANDLER.into(),
                title: String::new(),
            }],
            ..PortalState::default()
        };
        run.reconcile(&portal, HANDLER);
        assert_eq!(run.steps()[0].1, StepState::AlreadyDone, "it did land");
        assert_eq!(
            run.steps()[1].1,
            StepState::Pending,
            "it did not: send again"
        );
        assert!(!run.needs_reconcile());
        assert_eq!(run.sendable(), [1]);
    }

    #[test]
    fn settling_unknown_outcomes_keeps_refusals_with_their_reason() {
        let mut run = Run::new(vec![bind("CALL_CARD"), bind("LEFT_MENU")]);
        run.finish(0, refused("ACCESS_DENIED", "no"));
        run.finish(
            1,
            Answer::Unknown {
                reason: "timed out".into(),
            },
        );
        run.reconcile_unknown(&PortalState::default(), HANDLER);
        assert_eq!(
            run.steps()[0].1,
            StepState::Failed {
                code: "ACCESS_DENIED".into(),
                description: "no".into()
            }
        );
        assert_eq!(run.steps()[1].1, StepState::Pending);
        assert!(!run.needs_reconcile());
        assert_eq!(
            run.sendable(),
            [0, 1],
            "both go again when the admin retries"
        );
    }

    #[test]
    fn removals_of_what_is_gone_are_success() {
        assert!(means_already_done(
            Action::Unregister,
            "ERROR_PLACEMENT_NOT_FOUND",
            ""
        ));
        assert!(!means_already_done(Action::Unregister, "ACCESS_DENIED", ""));
        assert!(!means_already_done(
            Action::Register,
            "ERROR_PLACEMENT_NOT_FOUND",
            "Placement not found"
        ));
        assert!(means_already_done(
            Action::Register,
            "ERROR_CORE",
            "Handler already binded"
        ));
    }

    #[test]
    fn answers_to_unknown_indexes_are_ignored() {
        let mut run = Run::new(vec![bind("CALL_CARD")]);
        run.start(5);
        run.finish(5, Answer::Ok);
        assert_eq!(run.steps()[0].1, StepState::Pending);
    }
    #[test]
    fn rest_outcomes_map_to_known_refusals_or_unknown_outcomes() {
        use rest::RestError as E;
        assert_eq!(Answer::from_rest(Ok(())), Answer::Ok);
        let portal = |status| E::Portal {
            code: "ERROR_CORE".into(),
            description: "Handler already binded".into(),
            status,
        };
        assert_eq!(
            Answer::from_rest(Err(&portal(400))),
            refused("ERROR_CORE", "Handler already binded")
        );
        assert!(matches!(
            Answer::from_rest(Err(&portal(500))),
            Answer::Unknown { .. }
        ));
        for error in [
            E::Timeout { after_ms: 20_000 },
            E::network("offline"),
            E::bad_json("not JSON"),
            E::Cancelled,
        ] {
            assert!(
                matches!(Answer::from_rest(Err(&error)), Answer::Unknown { .. }),
                "{error}"
            );
        }
        assert!(matches!(
            Answer::from_rest(Err(&E::RateLimited)),
            Answer::Refused { code, .. } if code == "QUERY_LIMIT_EXCEEDED"
        ));
        assert!(matches!(
            Answer::from_rest(Err(&E::from_portal("ERROR_PLACEMENT_NOT_FOUND".into(), String::new(), 400))),
            Answer::Refused { code, .. } if code == "ERROR_PLACEMENT_NOT_FOUND"
        ));
    }
}

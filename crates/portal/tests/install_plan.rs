//! The app's install plan (`install` crate) against the fake REST API of a fresh portal: every widget
//! the app offers registers with the calls the plan makes, the portal then lists exactly that, a rerun
//! plans nothing, resending is refused in a way the plan counts as done, and the settings page's
//! removal plan empties the portal again. The plan and the emulator's registration rules can
//! therefore not drift apart.

use install::plan::{change_steps, choices, install_steps, Choice, HandlerUrl, Labels, LocalText};
use install::run::{Answer, Run, StepState};
use install::{PortalState, LANDING_OPTION};
use portal::rest::handle;
use portal::state::EmulatorState;
use serde_json::{json, Value};
use std::collections::BTreeSet;

struct Portal {
    state: EmulatorState,
    token: String,
}

impl Portal {
    fn fresh() -> Self {
        let state = EmulatorState::new();
        state.store.reset_app(false);
        let token = state.tokens.mint(3600).access_token;
        Self { state, token }
    }

    fn call(&self, method: &str, params: Value) -> (u16, Value) {
        handle(&self.state, method, params, Some(&self.token))
    }

    fn result(&self, method: &str, params: Value) -> Value {
        let (status, body) = self.call(method, params);
        assert_eq!(status, 200, "{method}: {body}");
        body["result"].clone()
    }

    /// What the wizard reads before planning.
    fn read(&self) -> PortalState {
        PortalState::from_answers(
            &self.result("placement.get", json!({})),
            &self.result("userfieldtype.list", json!({})),
            &self.result("imconnector.list", json!({})),
            &self.result("crm.type.list", json!({})),
            &self.result("app.option.get", json!({"option": LANDING_OPTION})),
        )
    }

    /// Sends every sendable step of `run`, as the wizard does, recording each answer.
    fn send(&self, run: &mut Run) {
        for index in run.sendable() {
            let (method, params) = {
                let step = &run.steps()[index].0;
                (step.method, step.params.clone())
            };
            run.start(index);
            let (status, body) = self.call(method, params);
            let answer = if status == 200 {
                Answer::Ok
            } else {
                Answer::Refused {
                    code: body["error"].as_str().unwrap_or_default().to_owned(),
                    description: body["error_description"]
                        .as_str()
                        .unwrap_or_default()
                        .to_owned(),
                }
            };
            run.finish(index, answer);
        }
    }

    /// What the app records after registering site placements (no portal method lists them).
    fn record_landing(&self, run: &Run) {
        let codes: Vec<&str> = run
            .steps()
            .iter()
            .filter(|(s, state)| s.method == "landing.repo.bind" && state.is_settled())
            .map(|(s, _)| s.code.as_str())
            .collect();
        self.result(
            "app.option.set",
            json!({"options": {LANDING_OPTION: codes}}),
        );
    }
}

fn handler() -> HandlerUrl {
    HandlerUrl::new("https://widgets.example", "/app/").expect("valid")
}

fn labels(choice: &Choice) -> Labels {
    let text = |lang: &str| LocalText {
        title: format!("{} [{lang}]", choice.offer.purpose.as_str()),
        description: choice.code.clone(),
    };
    Labels {
        main: text("en"),
        all: ["en", "de", "ru"]
            .into_iter()
            .map(|l| (l.to_owned(), text(l)))
            .collect(),
    }
}

#[test]
fn every_offered_widget_installs_once_and_uninstalls_on_a_fresh_portal() {
    let portal = Portal::fresh();
    let before = portal.read();
    assert!(
        before.registered_codes().is_empty(),
        "a fresh portal holds nothing of the app"
    );
    assert!(
        !before.smart_processes.is_empty(),
        "the demo portal has smart processes, so their families are planned too"
    );
    let all = choices(&before.smart_processes);
    let everything: BTreeSet<String> = all.iter().map(|c| c.code.clone()).collect();

    let steps = install_steps(&all, &everything, &before, &handler(), &labels);
    assert_eq!(
        steps.len(),
        all.len(),
        "nothing is there yet, so everything is planned"
    );
    let mut run = Run::new(steps);
    portal.send(&mut run);
    let problems: Vec<String> = run
        .problems()
        .iter()
        .map(|(s, state)| format!("{} {}: {state:?}", s.method, s.code))
        .collect();
    assert!(problems.is_empty(), "refused: {problems:#?}");
    assert!(run.is_complete());
    portal.record_landing(&run);

    let after = portal.read();
    let registered: BTreeSet<String> = after.registered_codes().into_iter().collect();
    assert_eq!(
        registered, everything,
        "the portal lists exactly what was installed"
    );
    let bound = portal.result("placement.get", json!({}));
    let find = |code: &str| {
        bound
            .as_array()
            .and_then(|b| b.iter().find(|b| b["placement"] == code))
            .cloned()
            .unwrap_or_else(|| panic!("{code} is bound"))
    };
    let deal_tab = find("CRM_DEAL_DETAIL_TAB");
    assert_eq!(deal_tab["handler"], "https://widgets.example/app/");
    assert_eq!(deal_tab["title"], "entity-overview [en]");
    assert_eq!(deal_tab["langAll"]["de"]["TITLE"], "entity-overview [de]");
    assert_eq!(find("IM_TEXTAREA")["options"]["iconName"], "fa-file-text-o");

    // A rerun plans nothing; resending anyway is refused as "already there", which counts as done.
    assert!(install_steps(&all, &everything, &after, &handler(), &labels).is_empty());
    let mut again = Run::new(install_steps(
        &all,
        &everything,
        &PortalState::default(),
        &handler(),
        &labels,
    ));
    portal.send(&mut again);
    assert!(
        again
            .steps()
            .iter()
            .all(|(_, state)| *state == StepState::AlreadyDone),
        "{:#?}",
        again.problems()
    );
    assert_eq!(
        portal.read().registered_codes().len(),
        everything.len(),
        "nothing was bound twice"
    );
    assert_eq!(
        portal
            .result("placement.get", json!({}))
            .as_array()
            .map(Vec::len),
        bound.as_array().map(Vec::len),
        "placement.get lists each binding once"
    );

    // The settings page with nothing wanted removes everything the app registered.
    let removals = change_steps(&all, &BTreeSet::new(), &after, &handler(), &labels);
    assert_eq!(removals.len(), everything.len());
    let mut removal = Run::new(removals);
    portal.send(&mut removal);
    assert!(removal.is_complete(), "{:#?}", removal.problems());
    portal.result("app.option.set", json!({"options": {LANDING_OPTION: []}}));
    assert!(portal.read().registered_codes().is_empty());
}

#[test]
fn the_portal_refuses_what_the_plan_never_sends() {
    let portal = Portal::fresh();
    let app = "https://widgets.example/app/";
    for (params, code) in [
        (
            json!({"PLACEMENT": "DEFAULT", "HANDLER": app}),
            "ERROR_ARGUMENT",
        ),
        (
            json!({"PLACEMENT": "NOT_A_PLACEMENT", "HANDLER": app}),
            "ERROR_PLACEMENT_NOT_FOUND",
        ),
        (json!({"PLACEMENT": "CALL_CARD"}), "ERROR_ARGUMENT"),
        (
            json!({"PLACEMENT": "IM_TEXTAREA", "HANDLER": app}),
            "ERROR_ARGUMENT",
        ),
    ] {
        let (status, body) = portal.call("placement.bind", params.clone());
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some(code)),
            "{params}"
        );
    }
    let (status, body) = portal.call(
        "landing.repo.bind",
        json!({"fields": {"PLACEMENT": "CRM_DEAL_DETAIL_TAB", "PLACEMENT_HANDLER": app}}),
    );
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("PLACEMENT_NOT_FOUND"))
    );
    let (status, body) = portal.call("imconnector.register", json!({"ID": "x", "NAME": "X"}));
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("ERROR_ARGUMENT")),
        "no icon"
    );
    let (status, body) = portal.call("imconnector.unregister", json!({"ID": "nope"}));
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("ERROR_CONNECTOR_NOT_FOUND"))
    );
    assert!(portal.read().registered_codes().is_empty());
}

//! The install plan: from the widgets an admin picked and what the portal already holds, the REST calls
//! that register what is missing, and nothing else (a rerun plans nothing new). The same planner
//! computes the settings page's changes: what to register and what to remove.

use crate::offer::{
    Offer, Registration, CONNECTOR_ID, OFFERS, SMART_PROCESS_PLACEHOLDER, USER_FIELD_HEIGHT,
    USER_FIELD_TYPE_ID,
};
use crate::portal::{PortalState, SmartProcess};
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The app's handler URL: what every registration points the portal at. Always `http(s)://host/path`
/// with no query and no fragment, so nothing the page was opened with (never a token, but also no
/// stray parameter) ends up stored in the portal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandlerUrl(String);

/// Why a page address cannot be the handler URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandlerUrlError {
    /// Not `http://` or `https://` (the portal refuses other schemes: `ERROR_UNSUPPORTED_PROTOCOL`).
    Scheme(String),
    /// No host after the scheme.
    NoHost(String),
}

impl fmt::Display for HandlerUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Scheme(url) => write!(f, "the app's address {url} is not http or https"),
            Self::NoHost(url) => write!(f, "the app's address {url} has no host"),
        }
    }
}

impl std::error::Error for HandlerUrlError {}

impl HandlerUrl {
    /// The handler URL of a page at `origin` (`https://app.example`) and `path` (`/widgets/`): query
    /// and fragment, if `path` carries any, are dropped.
    pub fn new(origin: &str, path: &str) -> Result<Self, HandlerUrlError> {
        let (scheme, rest) = ["https://", "http://"]
            .into_iter()
            .find_map(|scheme| origin.strip_prefix(scheme).map(|rest| (scheme, rest)))
            .ok_or_else(|| HandlerUrlError::Scheme(origin.to_owned()))?;
        let host = rest.trim_end_matches('/');
        if host.is_empty() || host.contains('/') {
            return Err(HandlerUrlError::NoHost(origin.to_owned()));
        }
        let origin = format!("{scheme}{host}");
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = if path.starts_with('/') {
            path.to_owned()
        } else {
            format!("/{path}")
        };
        Ok(Self(format!("{origin}{path}")))
    }

    /// The URL as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Where the portal reports a background worker that overran its time
    /// (`PAGE_BACKGROUND_WORKER`'s `errorHandlerUrl`; the report carries no tokens).
    pub fn error_handler(&self) -> String {
        format!("{}?placement_error=Y", self.0)
    }
}

/// One widget the admin can pick on this portal: an [`Offer`] with its concrete code (smart-process
/// families once per smart process).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// What is offered.
    pub offer: &'static Offer,
    /// The code to register (`CRM_DYNAMIC_183_DETAIL_TAB`).
    pub code: String,
    /// The smart process a family's code is for.
    pub smart_process: Option<SmartProcess>,
}

/// Every widget the admin can pick on a portal with these smart processes, in the table's order.
pub fn choices(smart_processes: &[SmartProcess]) -> Vec<Choice> {
    let mut out = Vec::new();
    for offer in OFFERS {
        if offer.is_smart_process_family() {
            out.extend(smart_processes.iter().map(|process| Choice {
                offer,
                code: offer.code.replace(
                    SMART_PROCESS_PLACEHOLDER,
                    &process.entity_type_id.to_string(),
                ),
                smart_process: Some(process.clone()),
            }));
        } else {
            out.push(Choice {
                offer,
                code: offer.code.to_owned(),
                smart_process: None,
            });
        }
    }
    out
}

/// The codes the wizard preselects.
pub fn default_selection(choices: &[Choice]) -> BTreeSet<String> {
    choices
        .iter()
        .filter(|c| c.offer.default_on)
        .map(|c| c.code.clone())
        .collect()
}

/// A registration's title and description in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalText {
    /// What the portal shows as the item's name.
    #[serde(rename = "TITLE")]
    pub title: String,
    /// The longer text (the portal keeps it; few spots show it).
    #[serde(rename = "DESCRIPTION")]
    pub description: String,
}

/// A registration's texts: in the admin's language, and in every language the app ships (`LANG_ALL`,
/// keyed by Bitrix24 language codes: `en`, `ru`, `de`, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    /// The texts in the admin's language.
    pub main: LocalText,
    /// The texts per language.
    pub all: BTreeMap<String, LocalText>,
}

/// Register or remove.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Register the widget.
    Register,
    /// Remove the widget.
    Unregister,
}

/// One REST call of a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The placement code it is about.
    pub code: String,
    /// Register or remove.
    pub action: Action,
    /// How the code is registered.
    pub registration: Registration,
    /// The REST method.
    pub method: &'static str,
    /// Its parameters (sent as the portal's form encoding).
    pub params: Value,
}

/// Registers the picked widgets the portal does not hold yet, in the table's order. Codes that are not
/// among `choices` are ignored (an unknown or stale code can never reach the portal).
pub fn install_steps(
    choices: &[Choice],
    picked: &BTreeSet<String>,
    portal: &PortalState,
    handler: &HandlerUrl,
    labels: &dyn Fn(&Choice) -> Labels,
) -> Vec<Step> {
    choices
        .iter()
        .filter(|c| picked.contains(&c.code) && !portal.has(&c.code, handler.as_str()))
        .map(|c| register_step(c, handler, &labels(c)))
        .collect()
}

/// The settings page's changes: registers what is `wanted` and missing, removes what the app has
/// registered and is no longer wanted (only codes the app offers: a binding the app does not know is
/// left alone).
pub fn change_steps(
    choices: &[Choice],
    wanted: &BTreeSet<String>,
    portal: &PortalState,
    handler: &HandlerUrl,
    labels: &dyn Fn(&Choice) -> Labels,
) -> Vec<Step> {
    let registered: BTreeSet<String> = portal.registered_codes().into_iter().collect();
    let removals = choices
        .iter()
        .filter(|c| registered.contains(&c.code) && !wanted.contains(&c.code))
        .map(|c| unregister_step(c, handler));
    let additions = install_steps(choices, wanted, portal, handler, labels);
    removals.chain(additions).collect()
}

fn register_step(choice: &Choice, handler: &HandlerUrl, labels: &Labels) -> Step {
    let registration = choice.offer.registration;
    let (method, params) = match registration {
        Registration::PlacementBind => {
            let mut options: Map<String, Value> = choice
                .offer
                .bind_options
                .iter()
                .map(|(k, v)| ((*k).to_owned(), Value::String((*v).to_owned())))
                .collect();
            if choice.code == "PAGE_BACKGROUND_WORKER" {
                options.insert("errorHandlerUrl".into(), handler.error_handler().into());
            }
            let mut params = json!({
                "PLACEMENT": choice.code,
                "HANDLER": handler.as_str(),
                "TITLE": labels.main.title,
                "DESCRIPTION": labels.main.description,
                "LANG_ALL": labels.all,
            });
            if !options.is_empty() {
                params["OPTIONS"] = Value::Object(options);
            }
            ("placement.bind", params)
        }
        Registration::UserFieldType => (
            "userfieldtype.add",
            json!({
                "USER_TYPE_ID": USER_FIELD_TYPE_ID,
                "HANDLER": handler.as_str(),
                "TITLE": labels.main.title,
                "DESCRIPTION": labels.main.description,
                "OPTIONS": {"height": USER_FIELD_HEIGHT},
            }),
        ),
        Registration::LandingRepo => (
            "landing.repo.bind",
            json!({"fields": {
                "PLACEMENT": choice.code,
                "PLACEMENT_HANDLER": handler.as_str(),
                "TITLE": labels.main.title,
            }}),
        ),
        Registration::ImConnector => (
            "imconnector.register",
            json!({
                "ID": CONNECTOR_ID,
                "NAME": labels.main.title,
                "ICON": {
                    "DATA_IMAGE": CONNECTOR_ICON,
                    "COLOR": "#2fc6f6",
                    "SIZE": "100%",
                    "POSITION": "center",
                },
                "PLACEMENT_HANDLER": handler.as_str(),
            }),
        ),
    };
    Step {
        code: choice.code.clone(),
        action: Action::Register,
        registration,
        method,
        params,
    }
}

fn unregister_step(choice: &Choice, handler: &HandlerUrl) -> Step {
    let registration = choice.offer.registration;
    let (method, params) = match registration {
        Registration::PlacementBind => (
            "placement.unbind",
            json!({"PLACEMENT": choice.code, "HANDLER": handler.as_str()}),
        ),
        Registration::UserFieldType => (
            "userfieldtype.delete",
            json!({"USER_TYPE_ID": USER_FIELD_TYPE_ID}),
        ),
        Registration::LandingRepo => (
            "landing.repo.unbind",
            json!({"code": choice.code, "handler": handler.as_str()}),
        ),
        Registration::ImConnector => ("imconnector.unregister", json!({"ID": CONNECTOR_ID})),
    };
    Step {
        code: choice.code.clone(),
        action: Action::Unregister,
        registration,
        method,
        params,
    }
}

/// The connector's icon in the contact center: a speech bubble on the kit's accent colour, as a data
/// URI (`imconnector.register` takes the image itself, not a link).
const CONNECTOR_ICON: &str = "data:image/svg+xml;charset=US-ASCII,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%2070%2071%22%3E%3Cpath%20fill%3D%22%23FFF%22%20d%3D%22M14%2018h42a4%204%200%200%201%204%204v22a4%204%200%200%201-4%204H32l-10%208v-8h-8a4%204%200%200%201-4-4V22a4%204%200%200%201%204-4z%22%2F%3E%3C%2Fsvg%3E";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portal::Binding;

    fn handler() -> HandlerUrl {
        HandlerUrl::new("https://app.example", "/widgets/").expect("valid")
    }

    fn labels(choice: &Choice) -> Labels {
        let text = |lang: &str| LocalText {
            title: format!("{} ({lang})", choice.code),
            description: format!("{} does {}", choice.code, choice.offer.purpose.as_str()),
        };
        Labels {
            main: text("en"),
            all: ["en", "ru", "de"]
                .into_iter()
                .map(|l| (l.to_owned(), text(l)))
                .collect(),
        }
    }

    fn projects() -> Vec<SmartProcess> {
        vec![SmartProcess {
            entity_type_id: 183,
            title: "Projects".into(),
        }]
    }

    fn picked(codes: &[&str]) -> BTreeSet<String> {
        codes.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn handler_urls_drop_query_and_fragment_and_refuse_other_schemes() {
        assert_eq!(
            HandlerUrl::new("https://app.example/", "/w/?DOMAIN=x&AUTH_ID=secret#top")
                .expect("valid")
                .as_str(),
            "https://app.example/w/"
        );
        assert_eq!(
            HandlerUrl::new("http://localhost:8080", "")
                .expect("valid")
                .as_str(),
            "http://localhost:8080/"
        );
        assert!(matches!(
            HandlerUrl::new("file://", "/index.html"),
            Err(HandlerUrlError::Scheme(_))
        ));
        assert!(matches!(
            HandlerUrl::new("https://", "/"),
            Err(HandlerUrlError::NoHost(_))
        ));
        assert_eq!(
            handler().error_handler(),
            "https://app.example/widgets/?placement_error=Y"
        );
    }

    #[test]
    fn families_are_offered_once_per_smart_process_and_never_preselected() {
        let with = choices(&projects());
        let without = choices(&[]);
        let families = OFFERS
            .iter()
            .filter(|o| o.is_smart_process_family())
            .count();
        assert_eq!(with.len(), without.len() + families);
        let tab = with
            .iter()
            .find(|c| c.code == "CRM_DYNAMIC_183_DETAIL_TAB")
            .expect("the family is expanded");
        assert_eq!(
            tab.smart_process.as_ref().map(|p| p.entity_type_id),
            Some(183)
        );
        assert!(with.iter().all(|c| !c.code.contains('<')));
        let defaults = default_selection(&with);
        assert!(defaults.contains("CRM_DEAL_DETAIL_TAB"));
        assert!(!defaults.iter().any(|c| c.starts_with("CRM_DYNAMIC_")));
    }

    #[test]
    fn a_placement_bind_carries_handler_titles_every_language_and_declared_options() {
        let all = choices(&projects());
        let steps = install_steps(
            &all,
            &picked(&[
                "IM_TEXTAREA",
                "PAGE_BACKGROUND_WORKER",
                "CRM_DEAL_DETAIL_TAB",
            ]),
            &PortalState::default(),
            &handler(),
            &labels,
        );
        let codes: Vec<&str> = steps.iter().map(|s| s.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "PAGE_BACKGROUND_WORKER",
                "CRM_DEAL_DETAIL_TAB",
                "IM_TEXTAREA"
            ],
            "steps follow the table's order, not the order of picking"
        );
        let im = &steps[2];
        assert_eq!(im.method, "placement.bind");
        assert_eq!(im.params["HANDLER"], "https://app.example/widgets/");
        assert_eq!(im.params["TITLE"], "IM_TEXTAREA (en)");
        assert_eq!(im.params["LANG_ALL"]["de"]["TITLE"], "IM_TEXTAREA (de)");
        assert_eq!(
            im.params["LANG_ALL"]["ru"]["DESCRIPTION"],
            "IM_TEXTAREA does chat-templates"
        );
        assert_eq!(im.params["OPTIONS"]["iconName"], "fa-file-text-o");
        assert_eq!(im.params["OPTIONS"]["context"], "ALL");
        assert_eq!(
            steps[0].params["OPTIONS"]["errorHandlerUrl"],
            "https://app.example/widgets/?placement_error=Y"
        );
        assert!(
            steps[1].params.get("OPTIONS").is_none(),
            "no OPTIONS where the placement declares none"
        );
    }

    #[test]
    fn other_registrations_use_their_own_methods() {
        let all = choices(&[]);
        let steps = install_steps(
            &all,
            &picked(&["USERFIELD_TYPE", "LANDING_SETTINGS", "SETTING_CONNECTOR"]),
            &PortalState::default(),
            &handler(),
            &labels,
        );
        let by_code = |code: &str| {
            steps
                .iter()
                .find(|s| s.code == code)
                .unwrap_or_else(|| panic!("{code} planned"))
        };
        let field = by_code("USERFIELD_TYPE");
        assert_eq!(field.method, "userfieldtype.add");
        assert_eq!(field.params["USER_TYPE_ID"], USER_FIELD_TYPE_ID);
        assert_eq!(field.params["OPTIONS"]["height"], USER_FIELD_HEIGHT);
        assert_eq!(field.params["HANDLER"], "https://app.example/widgets/");
        let site = by_code("LANDING_SETTINGS");
        assert_eq!(site.method, "landing.repo.bind");
        assert_eq!(
            site.params["fields"]["PLACEMENT_HANDLER"],
            "https://app.example/widgets/"
        );
        let connector = by_code("SETTING_CONNECTOR");
        assert_eq!(connector.method, "imconnector.register");
        assert_eq!(connector.params["ID"], CONNECTOR_ID);
        assert!(connector.params["ICON"]["DATA_IMAGE"]
            .as_str()
            .is_some_and(|uri| uri.starts_with("data:image/svg+xml")));
    }

    #[test]
    fn a_rerun_plans_nothing_already_there_and_unknown_codes_never_reach_the_portal() {
        let all = choices(&[]);
        let want = picked(&[
            "CRM_DEAL_DETAIL_TAB",
            "USERFIELD_TYPE",
            "NOT_A_PLACEMENT",
            "DEFAULT",
        ]);
        let mut portal = PortalState::default();
        let first = install_steps(&all, &want, &portal, &handler(), &labels);
        assert_eq!(first.len(), 2);
        portal.bindings.push(Binding {
            placement: "CRM_DEAL_DETAIL_TAB".into(),
            user_id: 0,
            handler: handler().as_str().into(),
            title: String::new(),
        });
        portal.user_field_types.push(crate::portal::UserFieldType {
            user_type_id: USER_FIELD_TYPE_ID.into(),
            handler: handler().as_str().into(),
        });
        assert!(install_steps(&all, &want, &portal, &handler(), &labels).is_empty());
    }

    #[test]
    fn settings_changes_remove_what_is_unwanted_and_add_what_is_missing() {
        let all = choices(&[]);
        let mut portal = PortalState::default();
        for code in ["CRM_DEAL_DETAIL_TAB", "SOMEONE_ELSES_CODE"] {
            portal.bindings.push(Binding {
                placement: code.into(),
                user_id: 0,
                handler: handler().as_str().into(),
                title: String::new(),
            });
        }
        portal.landing.push("LANDING_SETTINGS".into());
        let steps = change_steps(&all, &picked(&["CALL_CARD"]), &portal, &handler(), &labels);
        let summary: Vec<(&str, Action, &str)> = steps
            .iter()
            .map(|s| (s.code.as_str(), s.action, s.method))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "CRM_DEAL_DETAIL_TAB",
                    Action::Unregister,
                    "placement.unbind"
                ),
                (
                    "LANDING_SETTINGS",
                    Action::Unregister,
                    "landing.repo.unbind"
                ),
                ("CALL_CARD", Action::Register, "placement.bind"),
            ]
        );
        assert_eq!(steps[0].params["HANDLER"], "https://app.example/widgets/");
        assert!(
            change_steps(
                &all,
                &picked(&["CRM_DEAL_DETAIL_TAB", "LANDING_SETTINGS"]),
                &portal,
                &handler(),
                &labels
            )
            .is_empty(),
            "nothing changes when the wanted set is what is registered"
        );
    }
}

//! The offer table against the placement catalogue and the placement parser: every catalogue code is
//! offered or excluded with a reason, each offer is registered the way the catalogue says, its bind
//! options are keys the placement declares, and each code parses to the family the app routes.

use install::offer::{Registration, NOT_OFFERED, OFFERS};
use install::plan::{choices, install_steps, HandlerUrl, Labels, LocalText};
use install::portal::{PortalState, SmartProcess};
use placement::catalogue::{self, CatalogueEntry};
use placement::Family;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// The catalogue's raw `bind` sections (the typed view in `placement::catalogue` leaves them out).
fn bind_sections() -> HashMap<String, Value> {
    let raw: Vec<Value> =
        serde_json::from_str(catalogue::CATALOGUE_JSON).expect("the catalogue parses");
    raw.into_iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap_or_default().to_owned(),
                e["bind"].clone(),
            )
        })
        .collect()
}

fn entries() -> Vec<CatalogueEntry> {
    catalogue::entries().expect("the catalogue parses")
}

#[test]
fn every_catalogue_code_is_offered_or_excluded_and_nothing_else_is() {
    let catalogue: BTreeSet<String> = entries().into_iter().map(|e| e.code).collect();
    let mut covered = BTreeSet::new();
    for offer in OFFERS {
        assert!(
            catalogue.contains(offer.code),
            "{} is not in the catalogue",
            offer.code
        );
        covered.insert(offer.code.to_owned());
    }
    for (code, _) in NOT_OFFERED {
        assert!(catalogue.contains(*code), "{code} is not in the catalogue");
        covered.insert((*code).to_owned());
    }
    assert_eq!(
        covered, catalogue,
        "offered + excluded must be the whole catalogue"
    );
}

#[test]
fn each_offer_is_registered_the_way_the_catalogue_says() {
    let binds = bind_sections();
    for offer in OFFERS {
        let registration = binds[offer.code]["registration"]
            .as_str()
            .unwrap_or_default();
        let expected = match offer.registration {
            Registration::PlacementBind => "placement.bind",
            Registration::UserFieldType => "userfieldtype.add",
            Registration::LandingRepo => "landing.repo.bind",
            Registration::ImConnector => "imconnector.register",
        };
        assert!(
            registration.starts_with(expected),
            "{}: the catalogue registers it with {registration:?}",
            offer.code
        );
    }
}

#[test]
fn bind_options_are_declared_keys_and_required_ones_are_sent() {
    let binds = bind_sections();
    let all = choices(&[]);
    let handler = HandlerUrl::new("https://app.example", "/").expect("valid");
    let labels = |_: &install::Choice| Labels {
        main: LocalText {
            title: "t".into(),
            description: "d".into(),
        },
        all: Default::default(),
    };
    for offer in OFFERS
        .iter()
        .filter(|o| o.registration == Registration::PlacementBind && !o.is_smart_process_family())
    {
        let declared: Vec<(String, bool)> = binds[offer.code]["OPTIONS"]
            .as_array()
            .map(|options| {
                options
                    .iter()
                    .map(|o| {
                        (
                            o["name"].as_str().unwrap_or_default().to_owned(),
                            o["required"].as_bool().unwrap_or(false),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let picked = BTreeSet::from([offer.code.to_owned()]);
        let steps = install_steps(&all, &picked, &PortalState::default(), &handler, &labels);
        assert_eq!(steps.len(), 1, "{}", offer.code);
        let sent = steps[0].params.get("OPTIONS").and_then(Value::as_object);
        for (key, _) in sent.into_iter().flatten() {
            assert!(
                declared.iter().any(|(name, _)| name == key),
                "{}: OPTIONS[{key}] is not declared, the portal would drop it",
                offer.code
            );
        }
        for (name, required) in &declared {
            if *required {
                assert!(
                    sent.is_some_and(|o| o.contains_key(name)),
                    "{}: required OPTIONS[{name}] missing",
                    offer.code
                );
            }
        }
    }
}

#[test]
fn offered_codes_parse_to_a_real_family_and_smart_processes_expand() {
    let projects = [SmartProcess {
        entity_type_id: 183,
        title: "Projects".into(),
    }];
    let examples: HashMap<String, Value> = entries()
        .into_iter()
        .map(|e| {
            let options = catalogue::concrete_example_options(&e);
            (catalogue::concrete_code(&e), options)
        })
        .collect();
    for choice in choices(&projects) {
        let options = examples.get(&choice.code).cloned().unwrap_or(Value::Null);
        let parsed = placement::parse(Some(&choice.code), &options)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", choice.code));
        assert_ne!(
            parsed.placement.family(),
            Family::Unknown,
            "{} routes nowhere",
            choice.code
        );
    }
}

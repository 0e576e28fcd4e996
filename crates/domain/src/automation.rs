//! `CRM_*_ROBOT_DESIGNER_TOOLBAR`: the app's automation triggers, managed from the automation
//! designer they appear in.
//!
//! A trigger the app registers (`crm.automation.trigger.add {CODE, NAME}`) is listed in the
//! designer's triggers; an administrator drops it on a stage, and when the app fires it on an
//! element (`crm.automation.trigger.execute {CODE, OWNER_TYPE_ID, OWNER_ID}`) the element moves to
//! that stage. Public docs:
//! <https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/index.html>.
//!
//! This module holds what the widget decides: the trigger list as the portal answers it, a new
//! trigger checked against the documented code mask, a code proposed from its name, and the calls.
//! Adding is safe to resend (an existing code only gets the name again); deleting and firing are
//! not, so the widget never resends them after an unknown outcome (see [`crate::write`]).

use placement::{CrmEntityType, CrmRef};
use rest::de;
use serde::Deserialize;
use serde_json::{json, Value};

/// The list method: the app's triggers, `[{NAME, CODE}]`.
pub const LIST_METHOD: &str = "crm.automation.trigger.list";

/// The longest code the widget proposes or accepts (the docs give none; the portal stores codes in
/// a short text column, so this stays well inside any).
pub const MAX_CODE_LEN: usize = 64;

/// A trigger's code: unique within the app, matching the documented mask `[a-z0-9.\-_]`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TriggerCode(String);

impl TriggerCode {
    /// The code, if `raw` matches the mask and is 1 to [`MAX_CODE_LEN`] characters long.
    pub fn parse(raw: &str) -> Option<Self> {
        let ok = !raw.is_empty()
            && raw.len() <= MAX_CODE_LEN
            && raw.bytes().all(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'_')
            });
        ok.then(|| Self(raw.to_owned()))
    }

    /// The code as the portal has it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One row of `crm.automation.trigger.list`, read leniently.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TriggerEntry {
    /// `CODE`.
    #[serde(default, rename = "CODE", deserialize_with = "de::text")]
    pub code: Option<String>,
    /// `NAME`.
    #[serde(default, rename = "NAME", deserialize_with = "de::text")]
    pub name: Option<String>,
}

/// A registered trigger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    /// Its code.
    pub code: TriggerCode,
    /// Its name as the designer shows it (the code when the portal gave none).
    pub name: String,
}

/// The app's triggers from the list answer, by name; rows without a valid code are left out (the
/// widget could neither delete nor fire them).
pub fn triggers(rows: Vec<TriggerEntry>) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = rows
        .into_iter()
        .filter_map(|row| {
            let code = TriggerCode::parse(row.code.as_deref()?.trim())?;
            let name = row
                .name
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| code.as_str().to_owned());
            Some(Trigger { code, name })
        })
        .collect();
    out.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.code.cmp(&b.code))
    });
    out
}

/// A code for a trigger named `name`: its ASCII letters and digits, lower-cased, other runs of
/// characters as one `-`, behind the app's prefix `b24w.` so codes never clash with another
/// app's reading of the designer; `b24w.trigger` when nothing of the name is left (a name in
/// Cyrillic, say). A number is added when `taken` has the code already.
pub fn code_from_name(name: &str, taken: &[Trigger]) -> TriggerCode {
    const PREFIX: &str = "b24w.";
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_end_matches('-').to_owned();
    slug.truncate(MAX_CODE_LEN - PREFIX.len() - 4);
    let slug = slug.trim_end_matches('-');
    let base = if slug.is_empty() {
        format!("{PREFIX}trigger")
    } else {
        format!("{PREFIX}{slug}")
    };
    let free = |code: &str| !taken.iter().any(|t| t.code.as_str() == code);
    let code = if free(&base) {
        base
    } else {
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|c| free(c))
            .unwrap_or(base)
    };
    TriggerCode(code)
}

/// What is wrong with a new trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewTriggerProblem {
    /// No name.
    EmptyName,
    /// The code does not match `[a-z0-9.\-_]` (or is empty or too long).
    BadCode,
    /// Another of the app's triggers has this code (adding would rename that one).
    TakenCode,
}

/// A trigger to add, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTrigger {
    /// Its code.
    pub code: TriggerCode,
    /// Its name.
    pub name: String,
}

impl NewTrigger {
    /// Checks what the form holds against the app's `existing` triggers.
    pub fn check(name: &str, code: &str, existing: &[Trigger]) -> Result<Self, NewTriggerProblem> {
        let name = name.trim();
        if name.is_empty() {
            return Err(NewTriggerProblem::EmptyName);
        }
        let code = TriggerCode::parse(code.trim()).ok_or(NewTriggerProblem::BadCode)?;
        if existing.iter().any(|t| t.code == code) {
            return Err(NewTriggerProblem::TakenCode);
        }
        Ok(Self {
            code,
            name: name.to_owned(),
        })
    }

    /// `crm.automation.trigger.add`: (method, params).
    pub fn add_call(&self) -> (&'static str, Value) {
        (
            "crm.automation.trigger.add",
            json!({"CODE": self.code.as_str(), "NAME": self.name}),
        )
    }
}

/// `crm.automation.trigger.delete`: (method, params).
pub fn delete_call(code: &TriggerCode) -> (&'static str, Value) {
    (
        "crm.automation.trigger.delete",
        json!({"CODE": code.as_str()}),
    )
}

/// Whether elements of `entity` run automation, so a trigger can be fired on them: the documented
/// leads and deals, and the types with stages whose designers exist today (quotes, smart invoices,
/// smart processes; the trigger docs predate them, so this is this app's reading).
pub fn fires_on(entity: CrmEntityType) -> bool {
    matches!(
        entity,
        CrmEntityType::Lead
            | CrmEntityType::Deal
            | CrmEntityType::Quote
            | CrmEntityType::SmartInvoice
            | CrmEntityType::Dynamic(_)
    )
}

/// The `selectCRM` kind that picks an element of `entity`, if the dialog offers that type (it
/// offers leads, contacts, companies, deals and quotes); other types are named by their id.
pub fn picker_kind(entity: CrmEntityType) -> Option<&'static str> {
    match entity {
        CrmEntityType::Lead => Some("lead"),
        CrmEntityType::Deal => Some("deal"),
        CrmEntityType::Quote => Some("quote"),
        _ => None,
    }
}

/// `crm.automation.trigger.execute` firing `code` on `target`: (method, params).
pub fn execute_call(code: &TriggerCode, target: CrmRef) -> (&'static str, Value) {
    (
        "crm.automation.trigger.execute",
        json!({
            "CODE": code.as_str(),
            "OWNER_TYPE_ID": target.entity.entity_type_id().get(),
            "OWNER_ID": target.id.get(),
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use placement::EntityId;
    use proptest::prelude::*;

    fn entry(code: &str, name: &str) -> TriggerEntry {
        TriggerEntry {
            code: Some(code.into()),
            name: Some(name.into()),
        }
    }

    #[test]
    fn the_list_is_read_leniently_sorted_and_rows_without_a_usable_code_are_dropped() {
        let rows: Vec<TriggerEntry> =
            serde_json::from_value::<rest::de::List<TriggerEntry>>(json!({
                "0": {"CODE": "b24w.signed", "NAME": "Signed"},
                "1": {"CODE": "Bad Code", "NAME": "Broken"},
                "2": {"CODE": "b24w.paid", "NAME": ""},
                "3": {"NAME": "No code"}
            }))
            .unwrap()
            .0;
        let all = triggers(rows);
        let shown: Vec<(&str, &str)> = all
            .iter()
            .map(|t| (t.code.as_str(), t.name.as_str()))
            .collect();
        assert_eq!(
            shown,
            vec![("b24w.paid", "b24w.paid"), ("b24w.signed", "Signed")]
        );
    }

    #[test]
    fn codes_come_from_names_and_never_clash() {
        let existing = triggers(vec![
            entry("b24w.contract-signed", "Contract signed"),
            entry("b24w.contract-signed-2", "Contract signed again"),
        ]);
        assert_eq!(
            code_from_name("  Contract signed!! ", &existing).as_str(),
            "b24w.contract-signed-3"
        );
        assert_eq!(
            code_from_name("Оплата получена", &[]).as_str(),
            "b24w.trigger"
        );
        assert_eq!(
            code_from_name("Paid in 1C", &[]).as_str(),
            "b24w.paid-in-1c"
        );
    }

    #[test]
    fn a_new_trigger_needs_a_name_a_valid_code_and_a_free_one() {
        let existing = triggers(vec![entry("b24w.paid", "Paid")]);
        assert_eq!(
            NewTrigger::check(" ", "b24w.x", &existing),
            Err(NewTriggerProblem::EmptyName)
        );
        assert_eq!(
            NewTrigger::check("X", "B24W.X", &existing),
            Err(NewTriggerProblem::BadCode)
        );
        assert_eq!(
            NewTrigger::check("X", &"a".repeat(MAX_CODE_LEN + 1), &existing),
            Err(NewTriggerProblem::BadCode)
        );
        assert_eq!(
            NewTrigger::check("Paid twice", "b24w.paid", &existing),
            Err(NewTriggerProblem::TakenCode)
        );
        let new = NewTrigger::check(" Shipped ", " b24w.shipped ", &existing).unwrap();
        assert_eq!(
            new.add_call(),
            (
                "crm.automation.trigger.add",
                json!({"CODE": "b24w.shipped", "NAME": "Shipped"})
            )
        );
    }

    #[test]
    fn firing_names_the_element_by_type_and_id() {
        let code = TriggerCode::parse("b24w.paid").unwrap();
        let target = CrmRef {
            entity: CrmEntityType::Dynamic(placement::EntityTypeId(1038)),
            id: EntityId(7),
        };
        assert_eq!(
            execute_call(&code, target).1,
            json!({"CODE": "b24w.paid", "OWNER_TYPE_ID": 1038, "OWNER_ID": 7})
        );
        assert_eq!(delete_call(&code).1, json!({"CODE": "b24w.paid"}));
        assert!(fires_on(CrmEntityType::Deal) && !fires_on(CrmEntityType::Contact));
        assert_eq!(picker_kind(CrmEntityType::Deal), Some("deal"));
        assert_eq!(picker_kind(CrmEntityType::SmartInvoice), None);
    }

    proptest! {
        #[test]
        fn a_proposed_code_always_passes_the_mask_and_is_free(name in ".{0,120}", n in 0usize..4) {
            let mut taken = Vec::new();
            for _ in 0..n {
                let code = code_from_name(&name, &taken);
                taken.push(Trigger { code, name: name.clone() });
            }
            let code = code_from_name(&name, &taken);
            prop_assert!(TriggerCode::parse(code.as_str()).is_some(), "{}", code.as_str());
            prop_assert!(!taken.iter().any(|t| t.code == code));
        }
    }
}

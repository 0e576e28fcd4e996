//! `CRM_*_LIST_MENU`: actions on the list row the menu was opened on (`ID`; the portal passes one
//! row): move it to another stage of its pipeline, or give it to another responsible user.
//!
//! The widget's one batch ([`plan`]) is the entity card's (the item, its stage, its responsible user,
//! its links: [`crate::entity_card`]) plus the stages of the item's pipeline: `crm.status.list`
//! filtered by the pipeline's dictionary, the item's `categoryId` spliced into its name by a
//! `$result` reference (`DEAL_STAGE_$result[item][item][categoryId]`, as the portal's batch
//! resolves references inside text). A deal in the default pipeline has the dictionary `DEAL_STAGE`
//! (no suffix), so deals ask for both and keep the one that holds the item's stage.
//!
//! The writes are one `crm.item.update` each ([`stage_update`], [`assign_update`]). The REST client
//! never retries a write; when its outcome is unknown ([`crate::write::outcome_unknown`]: no answer, a network
//! error, a 5xx, a garbled answer) the widget says so and re-reads the row instead of sending it
//! again.

use crate::answers::{ItemAnswer, StatusEntry};
use crate::entity_card::{self, CardCommands, EntityCard, HexColor, StageSemantics};
use crate::LoadError;
use placement::{CrmEntityType, CrmRef, UserId};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::List;
use serde_json::{json, Value};

/// Names of the commands this widget adds to the card's batch.
pub mod command {
    /// `crm.status.list` of the type's default dictionary (`STATUS`, `DEAL_STAGE`, `QUOTE_STATUS`).
    pub const STAGES_DEFAULT: &str = "stages_default";
    /// `crm.status.list` of the item's pipeline (`DEAL_STAGE_<c>`, `DYNAMIC_<t>_STAGE_<c>`, ...).
    pub const STAGES_PIPELINE: &str = "stages_pipeline";
}

/// The handles of the widget's batch.
#[derive(Debug, Clone)]
pub struct RowCommands {
    card: CardCommands,
    default_stages: Option<CommandRef<List<StatusEntry>>>,
    pipeline_stages: Option<CommandRef<List<StatusEntry>>>,
}

/// The widget's one batch for `target` and its handles.
pub fn plan(target: CrmRef) -> (Batch, RowCommands) {
    let mut batch = Batch::new();
    let card = entity_card::add_commands(target, &mut batch);
    let stages = |batch: &mut Batch, name: &str, dict: String| {
        batch.add_as::<List<StatusEntry>>(
            name,
            "crm.status.list",
            json!({"filter": {"ENTITY_ID": dict}, "order": {"SORT": "ASC"}}),
        )
    };
    let category = card.item.field(&["item", "categoryId"]);
    let category = category.as_str();
    let (default, pipeline) = match target.entity {
        CrmEntityType::Lead => (Some("STATUS".to_owned()), None),
        CrmEntityType::Quote => (Some("QUOTE_STATUS".to_owned()), None),
        CrmEntityType::Deal => (
            Some("DEAL_STAGE".to_owned()),
            Some(format!("DEAL_STAGE_{category}")),
        ),
        CrmEntityType::SmartInvoice => (None, Some(format!("SMART_INVOICE_STAGE_{category}"))),
        CrmEntityType::Dynamic(t) => (None, Some(format!("DYNAMIC_{t}_STAGE_{category}"))),
        _ => (None, None),
    };
    let default_stages = default.map(|d| stages(&mut batch, command::STAGES_DEFAULT, d));
    let pipeline_stages = pipeline.map(|d| stages(&mut batch, command::STAGES_PIPELINE, d));
    (
        batch,
        RowCommands {
            card,
            default_stages,
            pipeline_stages,
        },
    )
}

/// A stage the row can be moved to.
#[derive(Debug, Clone, PartialEq)]
pub struct StageChoice {
    /// `STATUS_ID`.
    pub id: String,
    /// Its name.
    pub name: String,
    /// In progress, success or failure.
    pub semantics: StageSemantics,
    /// Its colour, if a safe one.
    pub color: Option<HexColor>,
}

/// What the widget shows and acts on.
#[derive(Debug, Clone, PartialEq)]
pub struct RowActions {
    /// The row's card.
    pub card: EntityCard,
    /// The item's stage id now (`None` for types without stages).
    pub stage_id: Option<String>,
    /// The stages of its pipeline, in order (empty: the type has none, or they could not be read).
    pub stages: Vec<StageChoice>,
    /// The responsible user's id now.
    pub responsible: Option<UserId>,
}

impl RowCommands {
    /// Reads the batch: the card is required (see [`CardCommands::read`]); the stages fail soft.
    pub fn read(&self, target: CrmRef, results: &BatchResults) -> Result<RowActions, LoadError> {
        let card = self.card.read(target, results)?;
        let item = self
            .card
            .item
            .read(results)
            .ok()
            .and_then(|a: ItemAnswer| a.item)
            .unwrap_or_default();
        let rows = |c: &Option<CommandRef<List<StatusEntry>>>| {
            c.as_ref()
                .and_then(|c| c.read(results).ok())
                .map(|l| l.0)
                .unwrap_or_default()
        };
        let stage_id = item.stage_id.clone();
        let holds = |rows: &[StatusEntry]| {
            stage_id
                .as_deref()
                .is_some_and(|id| rows.iter().any(|r| r.status_id.as_deref() == Some(id)))
        };
        let (default, pipeline) = (rows(&self.default_stages), rows(&self.pipeline_stages));
        let picked = if holds(&pipeline) || default.is_empty() {
            pipeline
        } else {
            default
        };
        let stages = picked
            .into_iter()
            .filter_map(|r| {
                let id = r.status_id.clone()?;
                Some(StageChoice {
                    name: r
                        .name
                        .clone()
                        .filter(|n| !n.is_empty())
                        .unwrap_or_else(|| id.clone()),
                    semantics: StageSemantics::from_code(r.semantics.as_deref()),
                    color: r.colour().and_then(HexColor::parse),
                    id,
                })
            })
            .collect();
        Ok(RowActions {
            card,
            stage_id,
            stages,
            responsible: item.assigned_by_id.map(UserId),
        })
    }
}

/// `crm.item.update` moving `target` to `stage`: (method, params).
pub fn stage_update(target: CrmRef, stage: &str) -> (&'static str, Value) {
    (
        "crm.item.update",
        json!({"entityTypeId": target.entity.entity_type_id().get(), "id": target.id.get(), "fields": {"stageId": stage}}),
    )
}

/// `crm.item.update` giving `target` to `user`: (method, params).
pub fn assign_update(target: CrmRef, user: UserId) -> (&'static str, Value) {
    (
        "crm.item.update",
        json!({"entityTypeId": target.entity.entity_type_id().get(), "id": target.id.get(), "fields": {"assignedById": user.get()}}),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use placement::{EntityId, EntityTypeId};

    fn deal(id: u64) -> CrmRef {
        CrmRef {
            entity: CrmEntityType::Deal,
            id: EntityId(id),
        }
    }

    fn stage(entity: &str, id: &str, name: &str, sem: &str) -> Value {
        json!({"ENTITY_ID": entity, "STATUS_ID": id, "NAME": name, "SORT": "10", "COLOR": "#FFAA00", "SEMANTICS": sem})
    }

    fn answer(batch: &Batch, item: Value, default: Value, pipeline: Value) -> BatchResults {
        let mut results = BatchResults::new(batch.names());
        results
            .absorb(
                &json!({"result": {"item": {"item": item}, "stages_default": default, "stages_pipeline": pipeline, "responsible": [], "stage": []}}),
                None,
            )
            .unwrap();
        results
    }

    #[test]
    fn the_batch_is_the_card_plus_the_pipeline_by_reference() {
        let (batch, _) = plan(deal(3));
        let names = batch.names();
        assert!(names.starts_with(&["item".to_owned()]));
        assert!(names.contains(&"stages_default".to_owned()));
        assert!(names.contains(&"stages_pipeline".to_owned()));
        let chunks = batch.plan().unwrap();
        assert_eq!(chunks.len(), 1);
        let query = chunks[0].params["cmd"]["stages_pipeline"]
            .as_str()
            .unwrap_or_default()
            .replace("%24", "$")
            .replace("%5B", "[")
            .replace("%5D", "]");
        assert!(
            query.contains("DEAL_STAGE_$result[item][item][categoryId]"),
            "{query}"
        );
        let (contacts, _) = plan(CrmRef {
            entity: CrmEntityType::Contact,
            id: EntityId(1),
        });
        assert!(!contacts.names().iter().any(|n| n.starts_with("stages_")));
    }

    #[test]
    fn a_deal_in_the_default_pipeline_takes_the_default_dictionary() {
        let (batch, commands) = plan(deal(3));
        let results = answer(
            &batch,
            json!({"id": 3, "title": "Deal", "stageId": "NEW", "categoryId": 0, "assignedById": "5"}),
            json!([
                stage("DEAL_STAGE", "NEW", "New", ""),
                stage("DEAL_STAGE", "WON", "Won", "S")
            ]),
            json!([]),
        );
        let actions = commands.read(deal(3), &results).unwrap();
        assert_eq!(actions.stage_id.as_deref(), Some("NEW"));
        assert_eq!(actions.stages.len(), 2);
        assert_eq!(actions.stages[1].semantics, StageSemantics::Success);
        assert_eq!(actions.responsible, Some(UserId(5)));
    }

    #[test]
    fn a_deal_in_another_pipeline_takes_that_pipelines_stages() {
        let (batch, commands) = plan(deal(9));
        let results = answer(
            &batch,
            json!({"id": 9, "title": "Deal", "stageId": "C1:NEW", "categoryId": "1"}),
            json!([stage("DEAL_STAGE", "NEW", "New", "")]),
            json!([
                stage("DEAL_STAGE_1", "C1:NEW", "Talks", ""),
                stage("DEAL_STAGE_1", "C1:LOSE", "Lost", "F")
            ]),
        );
        let actions = commands.read(deal(9), &results).unwrap();
        let ids: Vec<&str> = actions.stages.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["C1:NEW", "C1:LOSE"]);
    }

    #[test]
    fn without_the_item_the_widget_fails_and_without_stages_it_does_not() {
        let (batch, commands) = plan(deal(3));
        let mut missing = BatchResults::new(batch.names());
        missing
            .absorb(&json!({"result": {}, "result_error": {"item": {"error": "NOT_FOUND", "error_description": "Element not found"}}}), None)
            .unwrap();
        assert!(commands.read(deal(3), &missing).is_err());
        let results = answer(
            &batch,
            json!({"id": 3, "stageId": "NEW"}),
            json!([]),
            json!([]),
        );
        assert!(commands.read(deal(3), &results).unwrap().stages.is_empty());
    }

    #[test]
    fn writes_are_item_updates_of_one_field() {
        let target = CrmRef {
            entity: CrmEntityType::Dynamic(EntityTypeId(1038)),
            id: EntityId(7),
        };
        let (method, params) = stage_update(target, "DT1038_5:SUCCESS");
        assert_eq!(method, "crm.item.update");
        assert_eq!(
            params,
            json!({"entityTypeId": 1038, "id": 7, "fields": {"stageId": "DT1038_5:SUCCESS"}})
        );
        let (_, params) = assign_update(target, UserId(4));
        assert_eq!(params["fields"], json!({"assignedById": 4}));
    }
}

//! The built-in activity interface of `CRM_*_DETAIL_ACTIVITY` with `useBuiltInInterface=Y`: the
//! portal draws a form from a `LayoutDto` the app sends with `setLayout`, and reports changes and
//! button presses back through repeating callbacks (placements.md §4; the DTOs:
//! <https://apidocs.bitrix24.com/api-reference/widgets/crm/detail-activity-area.html>).
//!
//! Typed DTOs serialised to the documented JSON, and the to-do form this app draws with them.

use super::todo::DueChoice;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// Block ids of the to-do form (the keys of `blocks`; `setLayoutItemState` and the value-change
/// callback name them).
pub mod block {
    /// The heading with the element's title.
    pub const HEAD: &str = "head";
    /// The to-do's text (`textarea`).
    pub const TEXT: &str = "text";
    /// When it is due (`select` of [`super::DueChoice`] codes).
    pub const DUE: &str = "due";
    /// How many to-dos are open already.
    pub const OPEN: &str = "open";
    /// The outcome of the last press: hidden until there is one.
    pub const STATUS: &str = "status";
}

/// Blocks in the order the portal should draw them (a JSON object: its keys are the block ids).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Blocks(pub Vec<(String, BlockDto)>);

impl Serialize for Blocks {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, block) in &self.0 {
            map.serialize_entry(id, block)?;
        }
        map.end()
    }
}

/// `{value: label, ...}` of a `select` / `dropdownMenu`, in menu order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options(pub Vec<(String, String)>);

impl Serialize for Options {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (value, label) in &self.0 {
            map.serialize_entry(value, label)?;
        }
        map.end()
    }
}

/// `LayoutDto`: the blocks and the two buttons.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LayoutDto {
    /// The content blocks (at least one).
    pub blocks: Blocks,
    /// Usually "save".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_button: Option<ButtonDto>,
    /// Usually "cancel".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secondary_button: Option<ButtonDto>,
}

/// `ButtonDto`; also the argument of `setPrimaryButtonState` / `setSecondaryButtonState`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ButtonDto {
    /// The label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `normal` or `disabled`.
    pub state: ButtonState,
}

/// A button's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ButtonState {
    /// Clickable.
    Normal,
    /// Greyed out.
    Disabled,
}

/// `ContentBlockDto`: `{type, visible?, properties}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BlockDto {
    /// `text`, `textarea`, `select`, `section`, ...
    #[serde(rename = "type")]
    pub kind: BlockKind,
    /// Hidden blocks can be shown later with `setLayoutItemState`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visible: Option<bool>,
    /// The type's properties.
    pub properties: Properties,
}

/// The block types this app uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum BlockKind {
    /// Formatted text.
    Text,
    /// Multi-line input.
    Textarea,
    /// Drop-down input.
    Select,
    /// Grouped blocks with an appearance.
    Section,
}

/// The properties of the block types above (each uses its own subset; absent ones are not sent).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Properties {
    /// Text of `text`; current text of inputs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Field title of inputs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Placeholder of inputs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Validation message of inputs (empty: valid).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_text: Option<String>,
    /// `text`: bold.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bold: Option<bool>,
    /// `text`: keep line breaks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiline: Option<bool>,
    /// `text`: `xs`..`xl`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<&'static str>,
    /// `text`: `base_70`, `base_90`, `danger`, `success`, ...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<&'static str>,
    /// `select`: the chosen value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selected_value: Option<String>,
    /// `select`: the options.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Options>,
    /// `section`: its appearance (`default`, `danger`, `success`, `withBorder`, ...).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub appearance: Option<&'static str>,
    /// `section`: its blocks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocks: Option<Blocks>,
}

/// The argument of `setLayoutItemState`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ItemState {
    /// The block id.
    pub id: &'static str,
    /// Show or hide it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visible: Option<bool>,
    /// Properties to change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<Properties>,
}

/// A value-change callback's answer: `{id, value}`.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[serde(default)]
pub struct ValueChange {
    /// The block.
    #[serde(deserialize_with = "rest::de::text")]
    pub id: Option<String>,
    /// Its new value.
    #[serde(deserialize_with = "rest::de::text")]
    pub value: Option<String>,
}

/// The texts of the form, in the user's language (the portal draws them as given).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormTexts {
    /// "New to-do for …" with the element's title.
    pub heading: String,
    /// Label of the text field.
    pub text_title: String,
    /// Its placeholder.
    pub text_placeholder: String,
    /// Label of the due menu.
    pub due_title: String,
    /// The due choices' labels, in [`DueChoice::ALL`] order.
    pub due_labels: [String; 4],
    /// "3 to-dos are open" (empty: none open, the block is hidden).
    pub open_line: String,
    /// Primary button.
    pub create: String,
    /// Secondary button.
    pub cancel: String,
}

fn text(value: String, color: &'static str, bold: bool) -> BlockDto {
    BlockDto {
        kind: BlockKind::Text,
        visible: None,
        properties: Properties {
            value: Some(value),
            color: Some(color),
            bold: bold.then_some(true),
            multiline: Some(true),
            ..Properties::default()
        },
    }
}

/// The to-do form: heading, text, due menu, open to-dos line, the hidden status line and the two
/// buttons (primary disabled until there is text).
pub fn todo_form(texts: &FormTexts, text_value: &str, due: DueChoice) -> LayoutDto {
    let values = DueChoice::ALL
        .iter()
        .zip(texts.due_labels.iter())
        .map(|(c, label)| (c.code().to_owned(), label.clone()))
        .collect();
    let mut open = text(texts.open_line.clone(), "base_70", false);
    open.visible = Some(!texts.open_line.is_empty());
    let mut status = text(String::new(), "base_70", false);
    status.visible = Some(false);
    let blocks = vec![
        (
            block::HEAD.to_owned(),
            text(texts.heading.clone(), "base_90", true),
        ),
        (
            block::TEXT.to_owned(),
            BlockDto {
                kind: BlockKind::Textarea,
                visible: None,
                properties: Properties {
                    title: Some(texts.text_title.clone()),
                    placeholder: Some(texts.text_placeholder.clone()),
                    value: Some(text_value.to_owned()),
                    ..Properties::default()
                },
            },
        ),
        (
            block::DUE.to_owned(),
            BlockDto {
                kind: BlockKind::Select,
                visible: None,
                properties: Properties {
                    title: Some(texts.due_title.clone()),
                    selected_value: Some(due.code().to_owned()),
                    values: Some(Options(values)),
                    ..Properties::default()
                },
            },
        ),
        (block::OPEN.to_owned(), open),
        (block::STATUS.to_owned(), status),
    ];
    LayoutDto {
        blocks: Blocks(blocks),
        primary_button: Some(ButtonDto {
            title: Some(texts.create.clone()),
            state: primary_state(text_value),
        }),
        secondary_button: Some(ButtonDto {
            title: Some(texts.cancel.clone()),
            state: ButtonState::Normal,
        }),
    }
}

/// The primary button's state for the current text: disabled while there is none.
pub fn primary_state(text_value: &str) -> ButtonState {
    if text_value.trim().is_empty() {
        ButtonState::Disabled
    } else {
        ButtonState::Normal
    }
}

/// How the status line shows an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusTone {
    /// Something failed.
    Danger,
    /// Unknown outcome: look before pressing again.
    Warning,
}

/// `setLayoutItemState` of the status line showing `message`.
pub fn status_state(message: String, tone: StatusTone) -> ItemState {
    ItemState {
        id: block::STATUS,
        visible: Some(true),
        properties: Some(Properties {
            value: Some(message),
            color: Some(match tone {
                StatusTone::Danger => "danger",
                StatusTone::Warning => "warning",
            }),
            multiline: Some(true),
            ..Properties::default()
        }),
    }
}

/// `setLayoutItemState` of a text block's new text (the heading after the element changed, the open
/// to-dos line after a re-read).
pub fn text_state(id: &'static str, value: String) -> ItemState {
    ItemState {
        id,
        visible: Some(!value.is_empty()),
        properties: Some(Properties {
            value: Some(value),
            ..Properties::default()
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn texts() -> FormTexts {
        FormTexts {
            heading: "New to-do: Fleet".into(),
            text_title: "To-do".into(),
            text_placeholder: "What needs doing?".into(),
            due_title: "Due".into(),
            due_labels: [
                "Today".into(),
                "Tomorrow".into(),
                "In 3 days".into(),
                "In a week".into(),
            ],
            open_line: String::new(),
            create: "Create".into(),
            cancel: "Cancel".into(),
        }
    }

    #[test]
    fn the_form_serialises_to_the_documented_layout_dto_in_order() {
        let layout = serde_json::to_value(todo_form(&texts(), "", DueChoice::Tomorrow)).unwrap();
        let keys: Vec<&String> = layout["blocks"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["head", "text", "due", "open", "status"]);
        assert_eq!(
            layout["blocks"]["head"],
            json!({"type": "text", "properties": {"value": "New to-do: Fleet", "bold": true, "multiline": true, "color": "base_90"}})
        );
        assert_eq!(layout["blocks"]["text"]["type"], "textarea");
        assert_eq!(
            layout["blocks"]["due"]["properties"]["selectedValue"],
            "tomorrow"
        );
        assert_eq!(
            layout["blocks"]["due"]["properties"]["values"],
            json!({"today": "Today", "tomorrow": "Tomorrow", "in3days": "In 3 days", "week": "In a week"})
        );
        assert_eq!(
            layout["blocks"]["open"]["visible"], false,
            "no open to-dos: hidden"
        );
        assert_eq!(layout["blocks"]["status"]["visible"], false);
        assert_eq!(
            layout["primaryButton"],
            json!({"title": "Create", "state": "disabled"})
        );
        assert_eq!(
            layout["secondaryButton"],
            json!({"title": "Cancel", "state": "normal"})
        );
    }

    #[test]
    fn states_and_callbacks_have_the_documented_shapes() {
        assert_eq!(primary_state("  "), ButtonState::Disabled);
        assert_eq!(primary_state("Call"), ButtonState::Normal);
        assert_eq!(
            serde_json::to_value(status_state("Failed".into(), StatusTone::Danger)).unwrap(),
            json!({"id": "status", "visible": true, "properties": {"value": "Failed", "multiline": true, "color": "danger"}})
        );
        assert_eq!(
            serde_json::to_value(text_state(block::OPEN, String::new())).unwrap(),
            json!({"id": "open", "visible": false, "properties": {"value": ""}})
        );
        let change: ValueChange =
            serde_json::from_value(json!({"id": "due", "value": "week"})).unwrap();
        assert_eq!(change.id.as_deref(), Some("due"));
        assert_eq!(change.value.as_deref(), Some("week"));
    }
}

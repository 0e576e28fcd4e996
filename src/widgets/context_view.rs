//! The typed context of a placement whose own widget is not built yet: which family, how it is shown,
//! and every typed option, so the frame is never blank and a developer sees exactly what arrived.

use crate::context::use_app;
use crate::i18n::Msg;
use crate::ui::icon_data::Icon;
use crate::ui::{Card, KeyValues};
use leptos::prelude::*;
use placement::*;

/// The context card.
#[component]
pub fn ContextView() -> impl IntoView {
    let ctx = use_app();
    let (context, locale) = ctx.with_value(|c| (c.placement.clone(), c.locale));
    let family = context.placement.family();
    let mut rows = vec![
        (
            Msg::PlacementCode.text(locale).to_owned(),
            context.code.clone(),
        ),
        (
            Msg::Presentation.text(locale).to_owned(),
            format!("{:?}", context.placement.presentation()),
        ),
    ];
    rows.extend(
        describe(&context.placement)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v)),
    );
    if let Some(uri) = &context.uri {
        rows.push((Msg::OpenedFrom.text(locale).to_owned(), uri.clone()));
    }
    view! {
        <div data-widget="context">
            <Card icon=family_icon(family) title=family.label() subtitle=Some(Msg::WidgetContextText.text(locale).to_owned())>
                <KeyValues rows=rows />
            </Card>
        </div>
    }
}

/// An icon for each family.
pub fn family_icon(family: Family) -> Icon {
    match family {
        Family::Home => Icon::Site,
        Family::CrmEntity => Icon::Deal,
        Family::CrmSection => Icon::Analytics,
        Family::CrmSearch => Icon::Search,
        Family::Task => Icon::Task,
        Family::Workgroup => Icon::Group,
        Family::UserProfile => Icon::User,
        Family::Calendar => Icon::Calendar,
        Family::CallCard => Icon::Phone,
        Family::TelephonyAnalytics => Icon::Analytics,
        Family::Messenger => Icon::Chat,
        Family::ContactCenter => Icon::ContactCenter,
        Family::OpenLines => Icon::Connector,
        Family::RestAppUri => Icon::Link,
        Family::BackgroundWorker => Icon::Settings,
        Family::UserField => Icon::Field,
        Family::Robot => Icon::Robot,
        Family::Landing => Icon::Site,
        Family::Catalog => Icon::Catalog,
        Family::Hr => Icon::Hr,
        Family::Unknown => Icon::Code,
    }
}

fn crm(target: CrmRef) -> String {
    format!("{} #{}", target.entity, target.id)
}

/// The typed options of a placement as label/value rows.
pub fn describe(placement: &Placement) -> Vec<(&'static str, String)> {
    let opt = |v: Option<String>| v.unwrap_or_else(|| "—".into());
    match placement {
        Placement::Default(page) => {
            let mut rows = vec![("In slider", page.in_slider.to_string())];
            rows.extend(
                page.params
                    .iter()
                    .map(|(k, v)| ("Parameter", format!("{k} = {v}"))),
            );
            rows
        }
        Placement::LeftMenu
        | Placement::TelephonyAnalytics
        | Placement::BackgroundWorker
        | Placement::CatalogExternalProduct => Vec::new(),
        Placement::CrmEntity(p) => {
            let mut rows = vec![
                ("Element", crm(p.target)),
                ("Slot", format!("{:?}", p.slot)),
            ];
            if let CrmEntitySlot::TimelineMenu(r) = &p.slot {
                rows.push((
                    "Timeline record",
                    format!("{} #{}", r.associated_type, r.associated_id),
                ));
            }
            rows
        }
        Placement::CrmSection(s) => match s {
            CrmSectionPlacement::ListToolbar { entity }
            | CrmSectionPlacement::FunnelsToolbar { entity } => {
                vec![("Entity", entity.to_string())]
            }
            CrmSectionPlacement::RobotDesignerToolbar { entity, category } => {
                vec![
                    ("Entity", entity.to_string()),
                    ("Pipeline", opt(category.map(|c| c.to_string()))),
                ]
            }
            other => vec![("Section", format!("{other:?}"))],
        },
        Placement::CrmSearch(s) => match s {
            CrmSearchPlacement::ClientSearch { entity, query } => {
                vec![("Searched", entity.to_string()), ("Query", query.clone())]
            }
            CrmSearchPlacement::RequisiteAutocomplete { query } => vec![("Query", query.clone())],
            CrmSearchPlacement::BankDetailAutocomplete { query, client } => {
                vec![("Query", query.clone()), ("Client", opt(client.map(crm)))]
            }
        },
        Placement::Task(t) => match t {
            TaskPlacement::Card { slot, task } => {
                vec![("Task", task.to_string()), ("Slot", format!("{slot:?}"))]
            }
            TaskPlacement::ListContextMenu { task } => vec![("Task", task.to_string())],
            TaskPlacement::UserListToolbar { user } => vec![("User", user.to_string())],
            TaskPlacement::GroupListToolbar { group } => vec![("Project", group.to_string())],
            TaskPlacement::RobotDesignerToolbar { owner } => vec![("Owner", format!("{owner:?}"))],
            TaskPlacement::Legacy { code, task } => vec![
                ("Code", format!("{code:?}")),
                ("Task", opt(task.map(|t| t.to_string()))),
            ],
        },
        Placement::Workgroup(w) => match w {
            WorkgroupPlacement::DetailTab { group }
            | WorkgroupPlacement::RobotDesignerToolbar { group } => {
                vec![("Project", group.to_string())]
            }
            WorkgroupPlacement::Toolbar { group } => {
                vec![("Project", opt(group.map(|g| g.to_string())))]
            }
        },
        Placement::UserProfile(u) => match u {
            UserProfilePlacement::Menu { current_user } => {
                vec![("Current user", current_user.to_string())]
            }
            UserProfilePlacement::Toolbar { owner } => vec![("Profile of", owner.to_string())],
        },
        Placement::Calendar(c) => {
            vec![
                ("From", c.from.to_string()),
                ("To", c.to.to_string()),
                ("Calendar", format!("{:?}", c.owner)),
            ]
        }
        Placement::CallCard(c) => {
            vec![("Call", c.call_id.clone()), ("Phone", opt(c.phone.clone()))]
        }
        Placement::Messenger(m) => match m {
            MessengerPlacement::Textarea { dialog }
            | MessengerPlacement::Sidebar { dialog }
            | MessengerPlacement::MobileContextMenu { dialog } => {
                vec![("Dialog", dialog.to_string())]
            }
            MessengerPlacement::ContextMenu { dialog, message } => vec![
                ("Dialog", dialog.to_string()),
                ("Message", message.to_string()),
            ],
            other => vec![("Place", format!("{other:?}"))],
        },
        Placement::ContactCenter { tile } => vec![("Tile", tile.to_string())],
        Placement::OpenLinesConnector(c) => vec![
            ("Connector", c.connector.clone()),
            ("Open line", c.line.to_string()),
            ("Active", c.active.to_string()),
            ("Connected", c.connected.to_string()),
            ("Registered", c.registered.to_string()),
            ("Error", c.error.to_string()),
            ("Status OK", c.ok.to_string()),
        ],
        Placement::RestAppUri(link) => link
            .params
            .iter()
            .map(|(k, v)| ("Parameter", format!("{k} = {v}")))
            .collect(),
        Placement::UserFieldType(f) => vec![
            ("Mode", format!("{:?}", f.mode)),
            ("Object", f.entity_code.clone()),
            ("Field", f.field_name.clone()),
            ("Element", opt(f.element.map(|e| e.to_string()))),
            ("Value", f.value.to_string()),
            ("Multiple", f.multiple.to_string()),
            ("Mandatory", f.mandatory.to_string()),
        ],
        Placement::RobotSettings(r) => {
            let mut rows = vec![
                ("Robot", r.code.clone()),
                ("Activity", r.activity_name.clone()),
                ("Document", r.document_type.join(" / ")),
            ];
            rows.extend(
                r.properties
                    .values()
                    .map(|p| ("Property", format!("{} ({}): {}", p.name, p.kind, p.id))),
            );
            rows
        }
        Placement::Landing(l) => match l {
            LandingPlacement::Settings { site, page } => {
                vec![("Site", site.to_string()), ("Page", page.to_string())]
            }
            LandingPlacement::Block {
                registered_for,
                block,
                block_code,
                page,
            } => vec![
                ("Registered for", format!("{registered_for:?}")),
                ("Block", block.to_string()),
                ("Block code", block_code.clone()),
                ("Page", page.to_string()),
            ],
        },
        Placement::HrSalaryVacation { options } | Placement::Unknown { options, .. } => options
            .iter()
            .map(|(k, v)| ("Option", format!("{k} = {v}")))
            .collect(),
    }
}

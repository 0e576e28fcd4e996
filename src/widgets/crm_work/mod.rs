//! CRM spots that do work on an element: the to-do of `CRM_*_DETAIL_ACTIVITY` (a form in the classic
//! slider, or the portal-drawn built-in interface driven from a hidden frame), the printable offer of
//! `CRM_*_DOCUMENTGENERATOR_BUTTON`, the own card of orders / old invoices / activities, and the
//! hidden search providers of CRM forms.

pub mod builtin;
pub mod document;
pub mod record;
pub mod robot;
pub mod search;
pub mod todo;

/// Today's date in the user's time zone (the browser's clock).
pub fn local_today() -> domain::crm_work::todo::LocalDate {
    let now = js_sys::Date::new_0();
    domain::crm_work::todo::LocalDate {
        year: now.get_full_year() as i32,
        month: (now.get_month() + 1) as u8,
        day: now.get_date() as u8,
    }
}

/// Whether this family serves a CRM element placement (the router asks before the entity card's
/// arm): the activity and document spots of item types, orders / old invoices / activities in a
/// visible spot, and a timeline menu opened on an activity.
pub fn handles(p: &placement::CrmEntityPlacement) -> bool {
    use placement::{ActivityMode, CrmEntitySlot};
    match &p.slot {
        CrmEntitySlot::TimelineMenu(record) => timeline_activity(record).is_some(),
        CrmEntitySlot::DetailActivity(ActivityMode::BuiltIn)
            if domain::crm_work::record::supports(p.target.entity) =>
        {
            false
        }
        CrmEntitySlot::DetailActivity(_) | CrmEntitySlot::DocumentGenerator
            if domain::crm_work::todo::supports(p.target.entity) =>
        {
            true
        }
        _ => domain::crm_work::record::supports(p.target.entity),
    }
}

/// What the forms family renders: a hidden search provider or the robot dialog (no element card).
pub enum CrmForm {
    /// A hidden search provider.
    Search(placement::CrmSearchPlacement),
    /// The robot settings dialog.
    Robot(Box<placement::RobotSettings>),
}

/// The forms family's render function (its own split point: it shares no UI code with the cards).
pub fn render_form(form: CrmForm) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    match form {
        CrmForm::Search(p) => {
            let (kind, query) = search::search_of(&p);
            view! { <search::SearchProvider kind=kind query=query /> }.into_any()
        }
        CrmForm::Robot(settings) => {
            view! { <robot::RobotSettingsWidget settings=*settings /> }.into_any()
        }
    }
}

/// The family's render function: the widget of a spot on one CRM element.
pub fn render(p: placement::CrmEntityPlacement) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    use placement::{ActivityMode, CrmEntitySlot};
    let target = p.target;
    if let CrmEntitySlot::TimelineMenu(record) = &p.slot {
        if let Some(activity) = timeline_activity(record) {
            return view! { <record::RecordCardWidget target=activity actions=true /> }.into_any();
        }
    }
    if domain::crm_work::record::supports(target.entity) {
        return view! { <record::RecordCardWidget target=target /> }.into_any();
    }
    match p.slot {
        CrmEntitySlot::DetailActivity(ActivityMode::BuiltIn) => {
            view! { <builtin::BuiltInTodo target=target /> }.into_any()
        }
        CrmEntitySlot::DocumentGenerator => {
            view! { <document::OfferWidget target=target /> }.into_any()
        }
        _ => view! { <todo::TodoWidget target=target /> }.into_any(),
    }
}

/// The activity a timeline menu was opened on (`ASSOCIATED_ENTITY_TYPE_ID` 6), if it was.
fn timeline_activity(record: &placement::TimelineRecord) -> Option<placement::CrmRef> {
    use placement::CrmEntityType;
    (CrmEntityType::from_entity_type_id(record.associated_type) == CrmEntityType::Activity)
        .then_some(placement::CrmRef {
            entity: CrmEntityType::Activity,
            id: record.associated_id,
        })
}

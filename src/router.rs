//! Sends each placement to the component of its widget family.
//!
//! Routing is a `match` on the typed [`Placement`], never on the URL: the portal POSTs the context, so
//! a reload or an in-frame navigation would lose it.

use crate::context::use_app;
use crate::screens::UnknownPlacementScreen;
use leptos::prelude::*;
use placement::{Family, Placement, Presentation, TaskPlacement};

/// One function per widget family: the router's only way into a family's code. With the `split`
/// feature each is a Leptos `#[lazy]` split point, so `scripts/build-split.sh` can move the family's
/// code into a wasm chunk that loads on first call (the function then returns a future); without it
/// they are plain calls and the build is the usual single wasm.
mod family {
    use crate::widgets::{
        call_card::CallCardWidget, context_view::ContextView, crm_entity::EntityCardWidget,
        hidden::HiddenWorker, home::HomePage, task_card::TaskCardWidget,
    };
    use leptos::prelude::*;
    use placement::{AppPage, CallContext, CrmRef, TaskId};

    #[cfg_attr(feature = "split", leptos::lazy)]
    pub fn home(page: Option<AppPage>) -> AnyView {
        view! { <HomePage page=page /> }.into_any()
    }
    #[cfg_attr(feature = "split", leptos::lazy)]
    pub fn crm_entity(target: CrmRef) -> AnyView {
        view! { <EntityCardWidget target=target /> }.into_any()
    }
    #[cfg_attr(feature = "split", leptos::lazy)]
    pub fn call_card(call: CallContext) -> AnyView {
        view! { <CallCardWidget call=call /> }.into_any()
    }
    #[cfg_attr(feature = "split", leptos::lazy)]
    pub fn task(task: TaskId) -> AnyView {
        view! { <TaskCardWidget task=task /> }.into_any()
    }
    #[cfg_attr(feature = "split", leptos::lazy)]
    pub fn hidden() -> AnyView {
        view! { <HiddenWorker /> }.into_any()
    }
    #[cfg_attr(feature = "split", leptos::lazy)]
    pub fn context_view() -> AnyView {
        view! { <ContextView /> }.into_any()
    }
}

/// A family's view: the call itself, or with `split` the future of its lazily loaded chunk behind a
/// skeleton.
#[cfg(not(feature = "split"))]
macro_rules! family_view {
    ($call:expr) => {
        $call
    };
}
#[cfg(feature = "split")]
macro_rules! family_view {
    ($call:expr) => {{
        let view = send_wrapper::SendWrapper::new($call);
        view! { <Suspense fallback=|| view! { <crate::ui::CardSkeleton /> }>{Suspend::new(view)}</Suspense> }
            .into_any()
    }};
}

/// The widget for the booted placement, wrapped in an element that names its family
/// (`data-family`) for tests and styling.
#[component]
pub fn WidgetRouter() -> impl IntoView {
    let ctx = use_app();
    let (placement, locale) = ctx.with_value(|c| (c.placement.clone(), c.locale));
    let family = placement.placement.family();
    let hidden = placement.placement.presentation() == Presentation::Hidden;
    let widget = match placement.placement.clone() {
        Placement::Default(page) => family_view!(family::home(Some(page))),
        Placement::LeftMenu => family_view!(family::home(None)),
        // A built-in CRM activity is hidden (the portal draws it): it falls through to the worker.
        Placement::CrmEntity(p) if !hidden && domain::entity_card::supports(p.target.entity) => {
            family_view!(family::crm_entity(p.target))
        }
        Placement::CallCard(call) => family_view!(family::call_card(call)),
        Placement::Task(
            TaskPlacement::Card { task, .. } | TaskPlacement::ListContextMenu { task },
        )
        | Placement::Task(TaskPlacement::Legacy {
            task: Some(task), ..
        }) => family_view!(family::task(task)),
        Placement::Unknown { code, options } => {
            view! { <UnknownPlacementScreen code=code options=options locale=locale /> }.into_any()
        }
        _ if hidden => family_view!(family::hidden()),
        // Families whose own widgets are still to be built show their typed context: CRM entities
        // without crm.item support (orders, activities, old invoices), CRM sections and search
        // providers, task lists and toolbars, workgroups, user profiles, calendar, telephony
        // analytics, messenger, contact center, open lines, REST_APP_URI links, user fields, robot
        // settings, landing, catalog, HR.
        Placement::CrmEntity(_)
        | Placement::CrmSection(_)
        | Placement::CrmSearch(_)
        | Placement::Task(_)
        | Placement::Workgroup(_)
        | Placement::UserProfile(_)
        | Placement::Calendar(_)
        | Placement::TelephonyAnalytics
        | Placement::Messenger(_)
        | Placement::ContactCenter { .. }
        | Placement::OpenLinesConnector(_)
        | Placement::RestAppUri(_)
        | Placement::BackgroundWorker
        | Placement::UserFieldType(_)
        | Placement::RobotSettings(_)
        | Placement::Landing(_)
        | Placement::CatalogExternalProduct
        | Placement::HrSalaryVacation { .. } => family_view!(family::context_view()),
    };
    view! { <div data-family=family_id(family) data-hidden=hidden.then_some("true")>{widget}</div> }
}

/// Stable, lower-case id of a family for `data-family`.
pub fn family_id(family: Family) -> &'static str {
    match family {
        Family::Home => "home",
        Family::CrmEntity => "crm-entity",
        Family::CrmSection => "crm-section",
        Family::CrmSearch => "crm-search",
        Family::Task => "task",
        Family::Workgroup => "workgroup",
        Family::UserProfile => "user-profile",
        Family::Calendar => "calendar",
        Family::CallCard => "call-card",
        Family::TelephonyAnalytics => "telephony-analytics",
        Family::Messenger => "messenger",
        Family::ContactCenter => "contact-center",
        Family::OpenLines => "open-lines",
        Family::RestAppUri => "rest-app-uri",
        Family::BackgroundWorker => "background-worker",
        Family::UserField => "user-field",
        Family::Robot => "robot",
        Family::Landing => "landing",
        Family::Catalog => "catalog",
        Family::Hr => "hr",
        Family::Unknown => "unknown",
    }
}

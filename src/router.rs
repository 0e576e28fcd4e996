//! Sends each placement to the component of its widget family, loading only that family's code.
//!
//! Routing is a `match` on the typed [`Placement`], never on the URL: the portal POSTs the context, so
//! a reload or an in-frame navigation would lose it.
//!
//! In release builds every family is a Leptos `#[lazy]` split point: the build splits the wasm there
//! (`tools/dist`), so a frame downloads the boot code, the router and its own family's chunks, and
//! never the rest. [`load`] fetches those chunks while the app loads its texts (both during boot), and
//! gives back the [`Widget`] to render once both are there. Debug builds (tests, `trunk serve`) are one
//! wasm and call the family directly.

use crate::screens::UnknownPlacementScreen;
use leptos::prelude::*;
use placement::{Family, Placement, PlacementContext, Presentation, TaskPlacement};

/// One function per widget family: the router's only way into a family's code. Each returns the
/// family's render function (a plain `fn`, so that calling the split point only loads code and
/// renders nothing: the view is built once the texts are there too).
mod family {
    use crate::widgets::{
        call_card::CallCardWidget, context_view::ContextView, crm_entity::EntityCardWidget,
        hidden::HiddenWorker, home::HomePage, task_card::TaskCardWidget,
    };
    use leptos::prelude::*;
    use placement::{AppPage, CallContext, CrmRef, TaskId};

    /// The app's own pages (`DEFAULT`, `LEFT_MENU`).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn home() -> fn(Option<AppPage>) -> AnyView {
        |page| view! { <HomePage page=page /> }.into_any()
    }

    /// The CRM entity card.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn crm_entity() -> fn(CrmRef) -> AnyView {
        |target| view! { <EntityCardWidget target=target /> }.into_any()
    }

    /// The call card.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn call_card() -> fn(CallContext) -> AnyView {
        |call| view! { <CallCardWidget call=call /> }.into_any()
    }

    /// The task card.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn task() -> fn(TaskId) -> AnyView {
        |task| view! { <TaskCardWidget task=task /> }.into_any()
    }

    /// Hidden placements (background worker, built-in activity, search providers).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn hidden() -> fn() -> AnyView {
        || view! { <HiddenWorker /> }.into_any()
    }

    /// The typed context of a placement without its own widget yet.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn context_view() -> fn() -> AnyView {
        || view! { <ContextView /> }.into_any()
    }
}

/// A family's render function: a call in debug builds, the awaited split point in release builds.
#[cfg(debug_assertions)]
macro_rules! family_code {
    ($name:ident) => {
        family::$name()
    };
}
#[cfg(not(debug_assertions))]
macro_rules! family_code {
    ($name:ident) => {
        family::$name().await
    };
}

/// The widget of a booted placement, its family's code loaded.
pub struct Widget {
    family: Family,
    hidden: bool,
    render: Box<dyn FnOnce() -> AnyView>,
}

impl Widget {
    /// The placement's family.
    pub fn family(&self) -> Family {
        self.family
    }
}

/// Loads the code of `placement`'s family (release builds: fetches its wasm chunks) and returns the
/// widget to render.
pub async fn load(placement: &PlacementContext) -> Widget {
    let family = placement.placement.family();
    let hidden = placement.placement.presentation() == Presentation::Hidden;
    let render: Box<dyn FnOnce() -> AnyView> = match placement.placement.clone() {
        Placement::Default(page) => {
            let render = family_code!(home);
            Box::new(move || render(Some(page)))
        }
        Placement::LeftMenu => {
            let render = family_code!(home);
            Box::new(move || render(None))
        }
        // A built-in CRM activity is hidden (the portal draws it): it falls through to the worker.
        Placement::CrmEntity(p) if !hidden && domain::entity_card::supports(p.target.entity) => {
            let render = family_code!(crm_entity);
            Box::new(move || render(p.target))
        }
        Placement::CallCard(call) => {
            let render = family_code!(call_card);
            Box::new(move || render(call))
        }
        Placement::Task(
            TaskPlacement::Card { task, .. } | TaskPlacement::ListContextMenu { task },
        )
        | Placement::Task(TaskPlacement::Legacy {
            task: Some(task), ..
        }) => {
            let render = family_code!(task);
            Box::new(move || render(task))
        }
        Placement::Unknown { code, options } => Box::new(move || {
            let locale = crate::context::use_app().with_value(|c| c.locale);
            view! { <UnknownPlacementScreen code=code options=options locale=locale /> }.into_any()
        }),
        _ if hidden => {
            let render = family_code!(hidden);
            Box::new(render)
        }
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
        | Placement::HrSalaryVacation { .. } => {
            let render = family_code!(context_view);
            Box::new(render)
        }
    };
    Widget {
        family,
        hidden,
        render,
    }
}

/// Renders a loaded widget inside an element that names its family (`data-family`) for tests and
/// styling.
#[component]
pub fn WidgetRouter(
    /// The widget, its code loaded by [`load`].
    widget: Widget,
) -> impl IntoView {
    let Widget {
        family,
        hidden,
        render,
    } = widget;
    view! { <div data-family=family_id(family) data-hidden=hidden.then_some("true")>{render()}</div> }
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

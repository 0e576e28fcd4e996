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
use domain::app_link::LinkTarget;
use leptos::prelude::*;
use placement::{Family, Placement, PlacementContext, Presentation, TaskPlacement};

/// One function per widget family: the router's only way into a family's code. Each returns the
/// family's render function (a plain `fn`, so that calling the split point only loads code and
/// renders nothing: the view is built once the texts are there too).
mod family {
    use crate::widgets::crm_report::{CrmReportWidget, ReportScope};
    use crate::widgets::crm_row_actions::RowActionsWidget;
    use crate::widgets::rating_field::RatingFieldWidget;
    use crate::widgets::{
        app_link::AppLinkWidget, calendar_view::CalendarWidget, call_card::CallCardWidget,
        context_view::ContextView, crm_entity::EntityCardWidget, employee_card::EmployeeCardWidget,
        hidden::HiddenWorker, home::HomePage, setup::SetupPage, task_card::TaskCardWidget,
        task_workload::WorkloadWidget, workgroup_card::WorkgroupWidget,
    };
    use domain::task_workload::WorkloadScope;
    use leptos::prelude::*;
    use placement::{
        AppPage, CalendarView, CallContext, CrmRef, GroupId, RestAppLink, TaskId, UserFieldContext,
        UserId,
    };

    /// The app's own pages (`DEFAULT`, `LEFT_MENU`).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn home() -> fn(Option<AppPage>) -> AnyView {
        |page| view! { <HomePage page=page /> }.into_any()
    }

    /// The install wizard (`DEFAULT` with `INSTALL`) and the settings page (`{"view":"settings"}`).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn setup() -> fn(bool) -> AnyView {
        |install| view! { <SetupPage install=install /> }.into_any()
    }

    /// The CRM entity card.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn crm_entity() -> fn(CrmRef) -> AnyView {
        |target| view! { <EntityCardWidget target=target /> }.into_any()
    }

    /// The CRM list report (list and funnel toolbars, CRM analytics).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn crm_report() -> fn(ReportScope) -> AnyView {
        |scope| view! { <CrmReportWidget scope=scope /> }.into_any()
    }

    /// Actions on a CRM list row (`CRM_*_LIST_MENU`).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn crm_row_actions() -> fn(CrmRef) -> AnyView {
        |target| view! { <RowActionsWidget target=target /> }.into_any()
    }

    /// The app's automation triggers, from the CRM automation designer
    /// (`CRM_*_ROBOT_DESIGNER_TOOLBAR`).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn automation() -> fn(placement::CrmEntityType) -> AnyView {
        |entity| view! { <crate::widgets::automation::AutomationWidget entity=entity /> }.into_any()
    }

    /// The app's custom CRM field type (`USERFIELD_TYPE`).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn user_field() -> fn(UserFieldContext) -> AnyView {
        |field| view! { <RatingFieldWidget field=field /> }.into_any()
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

    /// The workload report of a task list.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn task_workload() -> fn(WorkloadScope) -> AnyView {
        |scope| view! { <WorkloadWidget scope=scope /> }.into_any()
    }

    /// The workgroup card.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn workgroup() -> fn(Option<GroupId>) -> AnyView {
        |group| view! { <WorkgroupWidget group=group /> }.into_any()
    }

    /// The employee card of a user profile.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn user_profile() -> fn(UserId) -> AnyView {
        |user| view! { <EmployeeCardWidget user=user /> }.into_any()
    }

    /// The custom calendar view.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn calendar() -> fn(CalendarView) -> AnyView {
        |calendar| view! { <CalendarWidget calendar=calendar /> }.into_any()
    }

    /// `REST_APP_URI` links that name nothing the app can open.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn app_link() -> fn(RestAppLink) -> AnyView {
        |link| view! { <AppLinkWidget link=link /> }.into_any()
    }

    /// CRM spots that work on one element: the to-do of `CRM_*_DETAIL_ACTIVITY`, the offer document,
    /// the own card of orders / old invoices / activities (and the timeline menu's).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn crm_work() -> fn(placement::CrmEntityPlacement) -> AnyView {
        crate::widgets::crm_work::render
    }

    /// CRM forms without a card: the hidden search providers, the robot settings dialog.
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn crm_forms() -> fn(crate::widgets::crm_work::CrmForm) -> AnyView {
        crate::widgets::crm_work::render_form
    }

    /// Hidden placements (background worker, built-in activity, search providers).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn hidden() -> fn() -> AnyView {
        || view! { <HiddenWorker /> }.into_any()
    }

    /// The background worker's softphone (`PAGE_BACKGROUND_WORKER`).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn background_worker() -> fn() -> AnyView {
        || view! { <crate::widgets::softphone::SoftphoneWorker /> }.into_any()
    }

    /// The calls report (`TELEPHONY_ANALYTICS_MENU`).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn telephony_analytics() -> fn() -> AnyView {
        || view! { <crate::widgets::calls_report::CallsReportPage /> }.into_any()
    }

    /// The app's open-channel connector: the contact-center tile (`CONTACT_CENTER`) and the connector's
    /// settings (`SETTING_CONNECTOR`), one split point for both (they share all their code).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn connector() -> fn(crate::widgets::connector::ConnectorPlace) -> AnyView {
        |place| view! { <crate::widgets::connector::ConnectorWidget place=place /> }.into_any()
    }

    /// Sites: site settings and block texts (`LANDING_SETTINGS`, `LANDING_BLOCK_*`).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn landing() -> fn(placement::LandingPlacement) -> AnyView {
        |place| view! { <crate::widgets::landing::LandingWidget place=place /> }.into_any()
    }

    /// `CATALOG_EXTERNAL_PRODUCT` and `HCMLINK_SALARY_VACATION`: what the spot is, and why the app
    /// shows nothing more (one split point for both).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn spot_notice(
    ) -> fn(crate::widgets::spot_notice::Spot, serde_json::Map<String, serde_json::Value>) -> AnyView
    {
        |spot, options| {
            view! { <crate::widgets::spot_notice::SpotNotice spot=spot options=options /> }
                .into_any()
        }
    }

    /// Messenger widgets (`IM_*`, `IMMOBILE_CONTEXT_MENU`).
    #[cfg_attr(not(debug_assertions), leptos::lazy)]
    pub fn messenger() -> fn(placement::MessengerPlacement) -> AnyView {
        |place| view! { <crate::widgets::messenger::MessengerWidget place=place /> }.into_any()
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
    /// The family whose own translations (`i18n::parts`) must be loaded before it renders.
    texts: Option<&'static str>,
    render: Box<dyn FnOnce() -> AnyView>,
}

impl Widget {
    /// The family whose own translation part (`i18n::parts`) the widget needs, if any: the app loads
    /// it after the shared texts, before the first render.
    pub fn texts_part(&self) -> Option<&'static str> {
        self.texts
    }

    /// The placement's family.
    pub fn family(&self) -> Family {
        self.family
    }
}

/// Loads the code of `placement`'s family (release builds: fetches its wasm chunks) and returns the
/// widget to render. `install`: the portal opened the install page (`INSTALL`), where `DEFAULT` is
/// the setup wizard.
pub async fn load(placement: &PlacementContext, install: bool) -> Widget {
    let family = placement.placement.family();
    let hidden = placement.placement.presentation() == Presentation::Hidden;
    let mut texts = None;
    let render: Box<dyn FnOnce() -> AnyView> = match placement.placement.clone() {
        Placement::Default(page) if install || is_settings(&page) => {
            texts = ::i18n::parts::part_for_family("setup").map(|p| p.family);
            let render = family_code!(setup);
            Box::new(move || render(install))
        }
        Placement::Default(page) => {
            let render = family_code!(home);
            Box::new(move || render(Some(page)))
        }
        Placement::LeftMenu => {
            let render = family_code!(home);
            Box::new(move || render(None))
        }
        Placement::CrmEntity(placement::CrmEntityPlacement {
            target,
            slot: placement::CrmEntitySlot::ListMenu,
        }) if domain::entity_card::supports(target.entity) => {
            let render = family_code!(crm_row_actions);
            Box::new(move || render(target))
        }
        Placement::CrmEntity(p) if crate::widgets::crm_work::handles(&p) => {
            let render = family_code!(crm_work);
            Box::new(move || render(p))
        }
        Placement::CrmEntity(p) if !hidden && domain::entity_card::supports(p.target.entity) => {
            let render = family_code!(crm_entity);
            Box::new(move || render(p.target))
        }
        Placement::CrmSection(section)
            if crate::widgets::crm_report::ReportScope::of(&section).is_some() =>
        {
            let scope = crate::widgets::crm_report::ReportScope::of(&section);
            let render = family_code!(crm_report);
            Box::new(move || scope.map(render).unwrap_or_else(|| ().into_any()))
        }
        Placement::CrmSection(placement::CrmSectionPlacement::RobotDesignerToolbar {
            entity,
            ..
        }) => {
            let render = family_code!(automation);
            Box::new(move || render(entity))
        }
        Placement::UserFieldType(field) => {
            let render = family_code!(user_field);
            Box::new(move || render(field))
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
        Placement::BackgroundWorker => {
            let render = family_code!(background_worker);
            Box::new(render)
        }
        Placement::TelephonyAnalytics => {
            let render = family_code!(telephony_analytics);
            Box::new(render)
        }
        Placement::ContactCenter { tile } => {
            let render = family_code!(connector);
            Box::new(move || render(crate::widgets::connector::ConnectorPlace::Tile(tile)))
        }
        Placement::OpenLinesConnector(settings) => {
            let render = family_code!(connector);
            Box::new(move || {
                render(crate::widgets::connector::ConnectorPlace::Settings(
                    settings,
                ))
            })
        }
        Placement::Landing(place) => {
            let render = family_code!(landing);
            Box::new(move || render(place))
        }
        Placement::CatalogExternalProduct => {
            let render = family_code!(spot_notice);
            let options = placement.raw_options.clone();
            Box::new(move || {
                render(
                    crate::widgets::spot_notice::Spot::CatalogExternalProduct,
                    options,
                )
            })
        }
        Placement::HrSalaryVacation { options } => {
            let render = family_code!(spot_notice);
            Box::new(move || render(crate::widgets::spot_notice::Spot::HrSalaryVacation, options))
        }
        Placement::Messenger(place) => {
            let render = family_code!(messenger);
            Box::new(move || render(place))
        }
        Placement::Task(
            p @ (TaskPlacement::UserListToolbar { .. }
            | TaskPlacement::GroupListToolbar { .. }
            | TaskPlacement::RobotDesignerToolbar { .. }
            | TaskPlacement::Legacy { task: None, .. }),
        ) => {
            let render = family_code!(task_workload);
            let scope = domain::task_workload::WorkloadScope::of(&p)
                .unwrap_or(domain::task_workload::WorkloadScope::Visible);
            Box::new(move || render(scope))
        }
        Placement::Workgroup(p) => {
            let render = family_code!(workgroup);
            let group = domain::workgroup_card::group_of(&p);
            Box::new(move || render(group))
        }
        Placement::UserProfile(p) => {
            let render = family_code!(user_profile);
            let user = domain::employee_card::owner_of(&p, placement.uri.as_deref());
            Box::new(move || render(user))
        }
        Placement::Calendar(calendar) => {
            let render = family_code!(calendar);
            Box::new(move || render(calendar))
        }
        // A link opens what its params name in that object's own family (placements.md §5.8).
        Placement::RestAppUri(link) => match domain::app_link::LinkTarget::of(&link) {
            LinkTarget::Crm(target) if domain::entity_card::supports(target.entity) => {
                let render = family_code!(crm_entity);
                Box::new(move || render(target))
            }
            LinkTarget::Task(task) => {
                let render = family_code!(task);
                Box::new(move || render(task))
            }
            LinkTarget::User(user) => {
                let render = family_code!(user_profile);
                Box::new(move || render(user))
            }
            LinkTarget::Crm(_) | LinkTarget::Unknown(_) => {
                let render = family_code!(app_link);
                Box::new(move || render(link))
            }
        },
        Placement::RobotSettings(settings) => {
            let render = family_code!(crm_forms);
            Box::new(move || render(crate::widgets::crm_work::CrmForm::Robot(Box::new(settings))))
        }
        Placement::CrmSearch(p) => {
            let render = family_code!(crm_forms);
            Box::new(move || render(crate::widgets::crm_work::CrmForm::Search(p)))
        }
        Placement::Unknown { code, options } => Box::new(move || {
            let locale = crate::context::use_app().with_value(|c| c.locale);
            view! { <UnknownPlacementScreen code=code options=options locale=locale /> }.into_any()
        }),
        _ if hidden => {
            let render = family_code!(hidden);
            Box::new(render)
        }
        // What no family above took shows its typed context: CRM entity spots of types without a
        // card (none of the catalogue's) and CRM sections without a widget of their own (the
        // legacy requisite form, the 1C page: placements.md lists no options or commands for them).
        Placement::CrmEntity(_) | Placement::CrmSection(_) => {
            let render = family_code!(context_view);
            Box::new(render)
        }
    };
    Widget {
        family,
        hidden,
        texts,
        render,
    }
}

/// Whether a `DEFAULT` page asks for the settings (`{"view":"settings"}`, `install::SETTINGS_VIEW`).
fn is_settings(page: &placement::AppPage) -> bool {
    page.params.get("view").and_then(serde_json::Value::as_str) == Some(install::SETTINGS_VIEW)
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
        ..
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

//! `DEFAULT` and `LEFT_MENU`: the app's own page. `DEFAULT` is also the slider `openApplication`
//! opens; its params pick a view (`{"view":"entity","entityTypeId":2,"id":5}` → the element's details,
//! `{"view":"task","id":31}` → a task card). Anything else shows the home page.

#[cfg(feature = "bench")]
use super::bench::{BenchPlan, BenchView};
use super::crm_entity::EntityCardView;
use super::loaded_view;
use super::task_card::TaskCardWidget;
use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::Msg;
use crate::ui::icon_data::Icon;
use crate::ui::{Button, ButtonKind, Card, Field, KeyValues, PersonLine, ThemeToggle};
use domain::entity_details::{self, EntityDetails};
use domain::people::Person;
use leptos::prelude::*;
use placement::{AppPage, CrmEntityType, CrmRef, EntityId, EntityTypeId, TaskId};
use serde_json::Value;

/// What a `DEFAULT` page was asked to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageView {
    /// The home page.
    Home,
    /// A CRM element's details.
    Entity(CrmRef),
    /// A task.
    Task(TaskId),
    /// The developer REST benchmark (`super::bench`, only in builds with the `bench` feature).
    #[cfg(feature = "bench")]
    Bench,
}

impl PageView {
    /// Reads the `view` parameter; malformed parameters fall back to the home page.
    pub fn from_params(params: &serde_json::Map<String, Value>) -> Self {
        let id = |key: &str| domain::lenient::id(params.get(key));
        match params.get("view").and_then(Value::as_str) {
            Some("entity") => match (id("entityTypeId"), id("id")) {
                (Some(t), Some(i)) if t <= u64::from(u32::MAX) => Self::Entity(CrmRef {
                    entity: CrmEntityType::from_entity_type_id(EntityTypeId(t as u32)),
                    id: EntityId(i),
                }),
                _ => Self::Home,
            },
            Some("task") => id("id")
                .map(|i| Self::Task(TaskId(i)))
                .unwrap_or(Self::Home),
            #[cfg(feature = "bench")]
            Some("bench") => Self::Bench,
            _ => Self::Home,
        }
    }
}

/// The app's page.
#[component]
pub fn HomePage(
    /// The `DEFAULT` params (`None` for `LEFT_MENU`).
    page: Option<AppPage>,
) -> impl IntoView {
    #[cfg(feature = "bench")]
    let params = page.as_ref().map(|p| p.params.clone()).unwrap_or_default();
    match page
        .map(|p| PageView::from_params(&p.params))
        .unwrap_or(PageView::Home)
    {
        #[cfg(feature = "bench")]
        PageView::Bench => view! { <BenchView plan=BenchPlan::from_params(&params) /> }.into_any(),
        PageView::Entity(target) if domain::entity_card::supports(target.entity) => {
            view! { <EntityDetailsWidget target=target /> }.into_any()
        }
        PageView::Task(task) => view! { <TaskCardWidget task=task /> }.into_any(),
        _ => view! { <Welcome /> }.into_any(),
    }
}

/// The home page: who is signed in, on which portal, in which language.
#[component]
fn Welcome() -> impl IntoView {
    let (locale, init) = use_app().with_value(|c| (c.locale, c.init.clone()));
    let me = use_loader(|client| async move {
        client
            .call::<domain::answers::User>("user.current", serde_json::json!({}))
            .await
            .map_err(domain::LoadError::from)
    });
    let mut rows = vec![
        (Msg::Portal.text(locale).to_owned(), init.domain.clone()),
        (Msg::Language.text(locale).to_owned(), init.lang.clone()),
    ];
    if init.is_admin {
        rows.push((Msg::Administrator.text(locale).to_owned(), "✓".to_owned()));
    }
    // The settings and placement manager, in a slider (the `setup` family; read-only for non-admins).
    let bx24 = use_app().with_value(|c| c.bx24.clone());
    let open_settings = Callback::new(move |()| {
        let bx24 = bx24.clone();
        leptos::task::spawn_local(async move {
            let settings = bx24::SliderSettings {
                title: Some(Msg::HomeOpenSettings.text(locale).to_owned()),
                ..Default::default()
            };
            let params = serde_json::json!({ "view": install::SETTINGS_VIEW });
            // Resolves when the slider closes; nothing to do then.
            let _ = bx24.slider().open_application(&params, &settings).await;
        });
    });
    let footer = view! {
        <Button kind=ButtonKind::Neutral label=Msg::HomeOpenSettings.text(locale) icon=Icon::Settings on_click=open_settings test_id="open-settings" />
        <span class="b-grow"></span>
        <ThemeToggle />
    };
    view! {
        <div data-widget="home">
            <Card icon=Icon::Site title=Msg::Welcome.text(locale) subtitle=Some(Msg::WelcomeText.text(locale).to_owned()) footer=footer.into_any()>
                <div class="b-stack">
                    <div class="b-row" data-testid="current-user">
                        <span class="b-muted">{Msg::SignedInAs.text(locale)}</span>
                        <Transition fallback=|| view! { <span class="b-skeleton b-skeleton--line b-grow"></span> }>
                            <ErrorBoundary fallback=|errors| view! { <ErrorText errors=errors /> }>
                                {move || {
                                    let settled = me.settled();
                                    Suspend::new(async move {
                                        let user = settled?.await;
                                        Some(user.map(|user| match Person::from_user(&user) {
                                            Some(person) => view! { <PersonLine person=person /> }.into_any(),
                                            None => view! { <span>"—"</span> }.into_any(),
                                        }))
                                    })
                                }}
                            </ErrorBoundary>
                        </Transition>
                    </div>
                    <KeyValues rows=rows />
                </div>
            </Card>
        </div>
    }
}

/// The errors an error boundary caught, as muted text (for a single line, not a whole widget).
#[component]
fn ErrorText(
    /// The errors.
    errors: ArcRwSignal<Errors>,
) -> impl IntoView {
    move || {
        let text = errors.with(|e| {
            e.iter()
                .map(|(_, e)| e.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        });
        view! { <span class="b-muted">{text}</span> }
    }
}

/// A CRM element's card plus all of its fields (one batch).
#[component]
fn EntityDetailsWidget(target: CrmRef) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let details = use_loader(move |client| async move {
        let results = client.batch(entity_details::plan(target)).await?;
        EntityDetails::from_batch(target, &results)
    });
    view! {
        <div class="b-stack" data-widget="entity-details">
            {loaded_view(details, move |details, reload| {
                let fields = details.fields.into_iter().map(|f| view! { <Field label=f.title>{crate::fmt::field_value(locale, &f.value)}</Field> }).collect_view();
                view! {
                    <EntityCardView card=details.card on_refresh=reload with_details=false />
                    <section class="b-card">
                        <div class="b-card__body b-stack">
                            <h2 class="b-card__title">{Msg::Details.text(locale)}</h2>
                            <dl class="b-fields" data-testid="all-fields">{fields}</dl>
                        </div>
                    </section>
                }
                    .into_any()
            })}
        </div>
    }
}

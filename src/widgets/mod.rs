//! One module per widget family, plus what they share: rendering loaded data with its skeleton and
//! error boundary, load-error display, portal navigation.
//!
//! Reactive view closures read signals with `try_get`, never `get`: a re-render queued just before
//! a widget is removed can still run after it, and `get` on a disposed signal panics (which stops
//! the page's task queue).

pub mod app_link;
pub mod automation;
#[cfg(feature = "bench")]
pub mod bench;
pub mod calendar_view;
pub mod call_card;
pub mod call_note;
pub mod calls_report;
pub mod connector;
pub mod context_view;
pub mod crm_entity;
pub mod crm_report;
pub mod crm_row_actions;
pub mod crm_work;
pub mod employee_card;
pub mod hidden;
pub mod home;
pub mod landing;
pub mod messenger;
pub mod rating_field;
pub mod setup;
pub mod softphone;
pub mod spot_notice;
pub mod task_card;
pub mod task_counts;
pub mod task_workload;
pub mod workgroup_card;

use crate::context::{use_app, Ctx};
use crate::hooks::UseLoaderReturn;
use crate::i18n::Msg;
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, AlertTone, Button, ButtonKind, CardSkeleton};
use domain::LoadError;
use leptos::prelude::*;
use std::sync::Arc;

/// Renders a widget's data loaded by [`crate::hooks::use_loader`]: a card-shaped skeleton until the
/// first answer (`<Transition>`: a reload keeps the current view until its answer arrives), then
/// `render(data, reload)`; a failed load is thrown to the `<ErrorBoundary>` around it, whose fallback
/// is [`LoadErrorView`] with a retry that clears it again once a reload succeeds. `reload` refetches
/// (for *Refresh* buttons).
pub fn loaded_view<T: Clone + Send + Sync + 'static>(
    loader: UseLoaderReturn<T>,
    render: impl Fn(T, Callback<()>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let reload = loader.reload;
    let render = Arc::new(render);
    view! {
        <Transition fallback=|| view! { <CardSkeleton /> }>
            <ErrorBoundary fallback=move |errors| view! { <LoadErrorFallback errors=errors retry=reload /> }>
                {move || {
                    let render = render.clone();
                    let settled = loader.settled();
                    Suspend::new(async move {
                        let value = settled?.await;
                        Some(value.map(|value| render(value, reload)))
                    })
                }}
            </ErrorBoundary>
        </Transition>
    }
}

/// The fallback of a widget's error boundary: the first error caught, as [`LoadErrorView`] when it is
/// a [`LoadError`] (a load's error always is), else as a failed load with the error's text. Marked
/// `data-testid="load-error"`: only the boundary renders it.
#[component]
fn LoadErrorFallback(
    /// The errors the boundary caught.
    errors: ArcRwSignal<Errors>,
    /// Reloads the data.
    retry: Callback<()>,
) -> impl IntoView {
    let error = move || {
        errors.with(|errors| {
            errors.iter().next().map(|(_, error)| {
                let error: &(dyn std::error::Error + Send + Sync) = &***error;
                match error.downcast_ref::<LoadError>() {
                    Some(error) => {
                        view! { <LoadErrorView error=error.clone() retry=retry /> }.into_any()
                    }
                    None => {
                        view! { <FailedLoad reason=error.to_string() retry=retry /> }.into_any()
                    }
                }
            })
        })
    };
    view! { <div data-testid="load-error">{error}</div> }
}

/// How a failed load shows inside a widget: "not found" as a calm notice, anything else as an error
/// with the reason and a retry button.
#[component]
pub fn LoadErrorView(
    /// What failed.
    error: LoadError,
    /// Reloads the data.
    retry: Callback<()>,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    if error.is_soft() {
        view! { <AlertBox tone=AlertTone::Info title=Msg::NotFound.text(locale) text=Msg::NotFoundText.text(locale) /> }.into_any()
    } else {
        view! { <FailedLoad reason=error.to_string() retry=retry /> }.into_any()
    }
}

/// "Could not load the data", the reason, and a retry button.
#[component]
fn FailedLoad(
    /// Why, as text.
    reason: String,
    /// Reloads the data.
    retry: Callback<()>,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    view! {
        <AlertBox tone=AlertTone::Alert title=Msg::LoadFailed.text(locale) text=reason>
            <Button kind=ButtonKind::Neutral label=Msg::Retry.text(locale) icon=Icon::Refresh on_click=retry test_id="retry" />
        </AlertBox>
    }
}

/// Opens a portal page (`openPath`) and reports a refusal in `notice`.
pub fn open_portal_path(ctx: Ctx, path: String, notice: RwSignal<Option<String>>) {
    let (bx24, locale) = ctx.with_value(|c| (c.bx24.clone(), c.locale));
    leptos::task::spawn_local(async move {
        match bx24.slider().open_path(&path).await {
            Ok(()) => notice.set(None),
            Err(bx24::Bx24Error::PathNotAvailable) => {
                notice.set(Some(Msg::PathNotAvailable.text(locale).to_owned()))
            }
            Err(other) => notice.set(Some(other.to_string())),
        }
    });
}

/// A line under a widget's actions for messages such as "the portal cannot open this page".
#[component]
pub fn Notice(
    /// The message, if any.
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    move || {
        notice
            .try_get()
            .flatten()
            .map(|text| view! { <p class="b-muted" role="status" data-testid="notice">{text}</p> })
    }
}

//! One module per widget family, plus what they share: data loading with cancellation, load-error
//! display, portal navigation and the theme toggle.
//!
//! Reactive view closures read signals with `try_get`, never `get`: a re-render queued just before
//! a widget is removed can still run after it, and `get` on a disposed signal panics (which stops
//! the page's task queue).

#[cfg(feature = "bench")]
pub mod bench;
pub mod call_card;
pub mod context_view;
pub mod crm_entity;
pub mod hidden;
pub mod home;
pub mod task_card;

use crate::context::{use_app, Ctx, RestClient};
use crate::i18n::Msg;
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, Button, ButtonKind, CardSkeleton, SvgIcon};
use domain::LoadError;
use leptos::prelude::*;
use rest::CancelToken;
use send_wrapper::SendWrapper;
use std::future::Future;

/// A widget's data: loading (`None`), loaded, or failed.
pub type Loaded<T> = LocalResource<Result<T, LoadError>>;

/// Loads a widget's data through the REST client and reloads it on `refetch()`. Calls still in flight
/// when the widget goes away are cancelled.
pub fn use_loader<T, Fut>(fetch: impl Fn(RestClient) -> Fut + 'static) -> Loaded<T>
where
    T: Clone + 'static,
    Fut: Future<Output = Result<T, LoadError>> + 'static,
{
    let ctx = use_app();
    let cancel = CancelToken::new();
    let on_unmount = SendWrapper::new(cancel.clone());
    on_cleanup(move || on_unmount.cancel());
    LocalResource::new(move || {
        let client = ctx.with_value(|c| c.rest.clone()).with_cancel(&cancel);
        fetch(client)
    })
}

/// Renders a widget's data: a card-shaped skeleton while loading, [`LoadError`] on failure, and
/// `render(data, reload)` once loaded. `reload` refetches (for *Refresh* buttons and retries).
pub fn loaded_view<T: Clone + 'static>(
    data: Loaded<T>,
    render: impl Fn(T, Callback<()>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let reload = Callback::new(move |_| data.refetch());
    move || match data.try_get().flatten() {
        None => view! { <CardSkeleton /> }.into_any(),
        Some(Ok(value)) => render(value, reload),
        Some(Err(error)) => view! { <LoadError error=error retry=reload /> }.into_any(),
    }
}

/// How a failed load shows inside a widget: "not found" as a calm notice, anything else as an error
/// with the reason and a retry button.
#[component]
pub fn LoadError(
    /// What failed.
    error: LoadError,
    /// Reloads the data.
    retry: Callback<()>,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    if error.is_soft() {
        view! { <AlertBox style="style-tinted" title=Msg::NotFound.text(locale) text=Msg::NotFoundText.text(locale) /> }.into_any()
    } else {
        view! {
            <AlertBox style="style-tinted-alert" title=Msg::LoadFailed.text(locale) text=error.to_string()>
                <Button kind=ButtonKind::Neutral label=Msg::Retry.text(locale) icon=Icon::Refresh on_click=retry test_id="retry" />
            </AlertBox>
        }
        .into_any()
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

/// The light/dark toggle (a ghost icon button).
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let theme = RwSignal::new(crate::theme::current());
    view! {
        <button
            type="button"
            class="b-toggle"
            title=Msg::ToggleTheme.text(locale)
            aria-label=Msg::ToggleTheme.text(locale)
            data-testid="theme-toggle"
            on:click=move |_| theme.set(crate::theme::toggle())
        >
            {move || match theme.try_get().unwrap_or_else(crate::theme::current) {
                crate::theme::Theme::Light => view! { <SvgIcon icon=Icon::Moon /> },
                crate::theme::Theme::Dark => view! { <SvgIcon icon=Icon::Sun /> },
            }}
        </button>
    }
}

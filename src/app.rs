//! The root component: boot, then the router, with a screen for every way booting can fail and an
//! error boundary around the widget.

use crate::boot::{boot, AppConfig, BootError};
use crate::context::AppContext;
use crate::hooks::{provide_color_mode, use_auto_fit, UseAutoFitOptions, UseColorModeOptions};
use crate::router::{self, Widget, WidgetRouter};
use crate::screens::{browser_locale, BootErrorScreen, BootingScreen, CrashScreen};
use leptos::prelude::*;
use placement::Presentation;

/// Where start-up is.
enum BootState {
    /// Waiting for BX24, the texts and the family's code.
    Booting,
    /// Ready to render.
    Ready(Box<AppContext>, Widget),
    /// Start-up failed.
    Failed(BootError),
}

/// The whole app.
#[component]
pub fn App(
    /// Deadlines and REST settings; the defaults suit a real portal.
    #[prop(optional)]
    config: AppConfig,
) -> impl IntoView {
    let mode = provide_color_mode(UseColorModeOptions::default());
    let state = RwSignal::new_local(Some(BootState::Booting));
    leptos::task::spawn_local(async move {
        let next = match boot(config).await {
            // The user's texts and the family's code load at the same time.
            Ok(ctx) => {
                if let Some(theme) = crate::theme::from_portal(&ctx.bx24) {
                    mode.adopt(theme);
                }
                match futures::join!(
                    crate::i18n::load(ctx.locale),
                    router::load(&ctx.placement, ctx.init.install)
                ) {
                    (Ok(()), widget) => match widget.texts_part() {
                        // The family's own texts join the shared ones (after them: they merge in).
                        Some(part) => match crate::i18n::load_part(ctx.locale, part).await {
                            Ok(()) => BootState::Ready(Box::new(ctx), widget),
                            Err(error) => BootState::Failed(BootError::Translations(error)),
                        },
                        None => BootState::Ready(Box::new(ctx), widget),
                    },
                    (Err(error), _) => BootState::Failed(BootError::Translations(error)),
                }
            }
            // Every screen speaks the user's language (the browser's when the portal never said).
            Err(error) => {
                let locale = error.locale().unwrap_or_else(browser_locale);
                match crate::i18n::load(locale).await {
                    Ok(()) => BootState::Failed(error),
                    Err(texts) => BootState::Failed(BootError::Translations(texts)),
                }
            }
        };
        let _ = state.try_set(Some(next));
    });
    view! {
        <main class="b-app">
            {move || {
                // Re-run when the state is set; take it rather than clone it (the widget's render
                // function runs once).
                state.track();
                let taken = state.try_update_untracked(Option::take).flatten();
                match taken {
                    Some(BootState::Booting) | None => view! { <BootingScreen /> }.into_any(),
                    Some(BootState::Failed(error)) => view! { <BootErrorScreen error=error /> }.into_any(),
                    Some(BootState::Ready(ctx, widget)) => view! { <Ready ctx=*ctx widget=widget /> }.into_any(),
                }
            }}
        </main>
    }
}

/// A booted frame: provides the context, fits inline frames to their content, routes. The boundary
/// catches what no widget handles itself (widgets catch their own load errors, see
/// `crate::widgets::loaded_view`) and shows the crash screen instead of a broken frame.
#[component]
fn Ready(ctx: AppContext, widget: Widget) -> impl IntoView {
    let locale = ctx.locale;
    let inline = ctx.placement.placement.presentation() == Presentation::Inline
        && !matches!(&ctx.placement.placement, placement::Placement::Default(page) if page.in_slider);
    set_document_lang(locale);
    let stored = StoredValue::new_local(ctx);
    provide_context(stored);
    if inline {
        use_auto_fit(UseAutoFitOptions::default());
    }
    // The boundary's children must be `Send`; the widget only ever lives on the page's one thread.
    let widget = send_wrapper::SendWrapper::new(widget);
    view! {
        <ErrorBoundary fallback=move |errors| {
            let detail = errors.get().into_iter().map(|(_, e)| e.to_string()).collect::<Vec<_>>().join("; ");
            view! { <CrashScreen locale=locale detail=detail /> }
        }>
            <WidgetRouter widget=widget.take() />
        </ErrorBoundary>
    }
}

/// `<html lang dir>` follow the user's language: screen readers pick their voice by `lang`, and
/// Arabic mirrors the layout through `dir="rtl"` (the CSS uses logical properties).
fn set_document_lang(locale: crate::i18n::Locale) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", locale.tag());
        let _ = root.set_attribute("dir", locale.direction().as_str());
    }
}

//! The root component: boot, then the router, with a screen for every way booting can fail and an
//! error boundary around the widget.

use crate::boot::{boot, AppConfig, BootError};
use crate::context::AppContext;
use crate::hooks::{provide_color_mode, use_auto_fit, UseAutoFitOptions, UseColorModeOptions};
use crate::router::WidgetRouter;
use crate::screens::{BootErrorScreen, BootingScreen, CrashScreen};
use leptos::prelude::*;
use placement::Presentation;

/// Where start-up is.
#[derive(Clone)]
enum BootState {
    /// Waiting for BX24.
    Booting,
    /// Ready to route.
    Ready(Box<AppContext>),
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
    provide_color_mode(UseColorModeOptions::default());
    let state = RwSignal::new_local(BootState::Booting);
    leptos::task::spawn_local(async move {
        state.set(match boot(config).await {
            Ok(ctx) => BootState::Ready(Box::new(ctx)),
            Err(error) => BootState::Failed(error),
        });
    });
    view! {
        <main class="b-app">
            {move || match state.try_get() {
                Some(BootState::Booting) => view! { <BootingScreen /> }.into_any(),
                Some(BootState::Failed(error)) => view! { <BootErrorScreen error=error /> }.into_any(),
                Some(BootState::Ready(ctx)) => view! { <Ready ctx=*ctx /> }.into_any(),
                // The app was unmounted before this late re-render ran.
                None => ().into_any(),
            }}
        </main>
    }
}

/// A booted frame: provides the context, fits inline frames to their content, routes. The boundary
/// catches what no widget handles itself (widgets catch their own load errors, see
/// `crate::widgets::loaded_view`) and shows the crash screen instead of a broken frame.
#[component]
fn Ready(ctx: AppContext) -> impl IntoView {
    let locale = ctx.locale;
    let inline = ctx.placement.placement.presentation() == Presentation::Inline
        && !matches!(&ctx.placement.placement, placement::Placement::Default(page) if page.in_slider);
    set_document_lang(locale.tag());
    let stored = StoredValue::new_local(ctx);
    provide_context(stored);
    if inline {
        use_auto_fit(UseAutoFitOptions::default());
    }
    view! {
        <ErrorBoundary fallback=move |errors| {
            let detail = errors.get().into_iter().map(|(_, e)| e.to_string()).collect::<Vec<_>>().join("; ");
            view! { <CrashScreen locale=locale detail=detail /> }
        }>
            <WidgetRouter />
        </ErrorBoundary>
    }
}

fn set_document_lang(tag: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
    }
}

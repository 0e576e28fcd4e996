//! Full-frame screens for the states in which no widget can render: booting, outside Bitrix24, init
//! timeout, unreadable options, unknown placement, unexpected failure.

use crate::boot::BootError;
use crate::i18n::Locale;
use crate::i18n::Msg;
use crate::ui::icon_data::Icon;
use crate::ui::{Button, ButtonKind, CardSkeleton, CodeBlock, KeyValues, Screen, ScreenTone};
use leptos::prelude::*;
use serde_json::{Map, Value};

/// The language to use before BX24 told us: the browser's.
pub fn browser_locale() -> Locale {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|l| Locale::from_lang(&l))
        .unwrap_or_default()
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// While BX24 initialises: a card-shaped skeleton, never a blank frame.
#[component]
pub fn BootingScreen() -> impl IntoView {
    view! {
        <div data-testid="booting">
            <p class="b-sr-only" role="status">{Msg::Loading.text(browser_locale())}</p>
            <CardSkeleton />
        </div>
    }
}

/// The screen for a failed start-up.
#[component]
pub fn BootErrorScreen(
    /// What failed.
    error: BootError,
) -> impl IntoView {
    match error {
        BootError::NotInFrame => {
            let l = browser_locale();
            view! {
                <Screen icon=Icon::Site title=Msg::NotInFrameTitle.text(l) text=Msg::NotInFrameText.text(l) test_id="not-in-frame">
                    <p class="b-muted">{Msg::NotInFrameDevHint.text(l)}</p>
                </Screen>
            }
            .into_any()
        }
        BootError::InitTimeout => {
            let l = browser_locale();
            view! {
                <Screen
                    icon=Icon::Clock
                    tone=ScreenTone::Warning
                    title=Msg::InitTimeoutTitle.text(l)
                    text=Msg::InitTimeoutText.text(l)
                    test_id="init-timeout"
                >
                    <Button kind=ButtonKind::Primary label=Msg::Retry.text(l) icon=Icon::Refresh on_click=Callback::new(|_| reload()) />
                </Screen>
            }
            .into_any()
        }
        BootError::Translations(err) => {
            view! { <TranslationsUnavailableScreen detail=err.to_string() /> }.into_any()
        }
        BootError::Bx24(err) => {
            view! { <CrashScreen locale=browser_locale() detail=err.to_string() /> }.into_any()
        }
        BootError::MalformedOptions {
            code,
            options,
            error,
            locale,
        } => {
            let rows = vec![
                (Msg::PlacementCode.text(locale).to_owned(), code),
                (Msg::Error.text(locale).to_owned(), error.to_string()),
            ];
            view! {
                <Screen
                    icon=Icon::Warning
                    tone=ScreenTone::Warning
                    title=Msg::MalformedTitle.text(locale)
                    text=Msg::MalformedText.text(locale)
                    test_id="malformed-options"
                >
                    <DeveloperDetails rows=rows value=options />
                </Screen>
            }
            .into_any()
        }
    }
}

/// What the developer needs under a screen: labelled facts and the raw JSON that arrived.
#[component]
fn DeveloperDetails(
    /// Label/value rows (placement code, error).
    rows: Vec<(String, String)>,
    /// The raw options.
    value: Value,
) -> impl IntoView {
    view! {
        <div class="b-stack b-grow">
            <KeyValues rows=rows />
            <CodeBlock value=value />
        </div>
    }
}

/// An unknown placement: the developer sees the code and the options.
#[component]
pub fn UnknownPlacementScreen(
    /// The code as received.
    code: String,
    /// The options as received.
    options: Map<String, Value>,
    /// The user's language.
    locale: Locale,
) -> impl IntoView {
    let rows = vec![(Msg::PlacementCode.text(locale).to_owned(), code)];
    view! {
        <Screen icon=Icon::Code title=Msg::UnknownTitle.text(locale) text=Msg::UnknownText.text(locale) test_id="unknown-placement">
            <DeveloperDetails rows=rows value=Value::Object(options) />
        </Screen>
    }
}

/// Anything unexpected: a message, the error text for support, and a reload button.
#[component]
pub fn CrashScreen(
    /// The user's language.
    locale: Locale,
    /// The error, as text.
    #[prop(into)]
    detail: String,
) -> impl IntoView {
    view! {
        <Screen icon=Icon::Alert tone=ScreenTone::Error title=Msg::CrashTitle.text(locale) text=Msg::CrashText.text(locale) test_id="crash">
            <p class="b-muted">{detail}</p>
            <Button kind=ButtonKind::Primary label=Msg::Reload.text(locale) icon=Icon::Refresh on_click=Callback::new(|_| reload()) />
        </Screen>
    }
}

/// The texts of the user's language, and of English, could not be loaded: the one screen whose words
/// are compiled in (English), since there are no others to show.
#[component]
pub fn TranslationsUnavailableScreen(
    /// The error, as text.
    #[prop(into)]
    detail: String,
) -> impl IntoView {
    view! {
        <Screen icon=Icon::Alert tone=ScreenTone::Error title="The widget could not load its texts" text="Check your connection and reload the page." test_id="translations-unavailable">
            <p class="b-muted">{detail}</p>
            <Button kind=ButtonKind::Primary label="Reload" icon=Icon::Refresh on_click=Callback::new(|_| reload()) />
        </Screen>
    }
}

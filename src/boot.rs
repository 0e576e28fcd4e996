//! Start-up: find BX24, wait for the portal's init data, type the placement, build the services.
//!
//! Each way this can fail is a [`BootError`] with its own screen; none of them leaves a blank frame.

use crate::context::{rest_client, AppContext};
use crate::i18n::Locale;
use bx24::{AnyTransport, Bx24, Bx24Error, Bx24Transport, FetchTransport};
use placement::PlacementError;
use serde_json::Value;

/// Why the app could not start its widget.
#[derive(Debug, Clone, PartialEq)]
pub enum BootError {
    /// No `window.BX24`: the page was opened outside a Bitrix24 frame.
    NotInFrame,
    /// The portal never answered `getInitData`.
    InitTimeout,
    /// BX24 misbehaved (threw, or answered nonsense).
    Bx24(Bx24Error),
    /// The texts of the user's language (and English) could not be loaded.
    Translations(crate::i18n::LocaleLoadError),
    /// `PLACEMENT_OPTIONS` could not be read.
    MalformedOptions {
        /// The placement code.
        code: String,
        /// The options as received.
        options: Value,
        /// What was wrong.
        error: PlacementError,
        /// The user's language (init did succeed).
        locale: Locale,
    },
}

impl BootError {
    /// The user's language, when booting got far enough to learn it.
    pub fn locale(&self) -> Option<Locale> {
        match self {
            Self::MalformedOptions { locale, .. } => Some(*locale),
            _ => None,
        }
    }
}

/// Which REST transport to use: `?transport=fetch` on the handler URL, or the app option `transport`
/// (`fetch` | `bx24`), default BX24.callMethod. `fetch` is the frame's direct transport, when the frame
/// has a portal identity.
fn choose_transport(bx24: &Bx24, fetch: Option<FetchTransport>) -> AnyTransport {
    let from_query = crate::query::location_param("transport");
    let from_option = || {
        bx24.options()
            .app("transport")
            .and_then(|v| v.as_str().map(str::to_owned))
    };
    match from_query.or_else(from_option).as_deref() {
        Some("fetch") => match fetch {
            Some(fetch) => AnyTransport::Fetch(fetch),
            None => AnyTransport::Bx24(Bx24Transport::new(bx24.clone())),
        },
        _ => AnyTransport::Bx24(Bx24Transport::new(bx24.clone())),
    }
}

/// Deadlines and REST behaviour of one app instance; tests shorten the deadlines.
#[derive(Debug, Clone, Default)]
pub struct AppConfig {
    /// Deadlines of frame calls (BX24.init, commands, dialogs).
    pub timeouts: bx24::Timeouts,
    /// REST client settings (deadline, rate limit, retries).
    pub rest: rest::ClientConfig,
}

/// Runs the whole start-up.
pub async fn boot(config: AppConfig) -> Result<AppContext, BootError> {
    let bx24 = Bx24::detect()
        .map_err(|_| BootError::NotInFrame)?
        .with_timeouts(config.timeouts);
    let init = bx24.init().await.map_err(|e| match e {
        Bx24Error::InitTimeout { .. } => BootError::InitTimeout,
        Bx24Error::NotInFrame => BootError::NotInFrame,
        other => BootError::Bx24(other),
    })?;
    let locale = Locale::from_lang(&init.lang);
    let placement =
        placement::parse(Some(&init.placement), &init.placement_options).map_err(|error| {
            BootError::MalformedOptions {
                code: init.placement.clone(),
                options: init.placement_options.clone(),
                error,
                locale,
            }
        })?;
    let fetch = FetchTransport::from_frame();
    let portal_origin = fetch
        .as_ref()
        .map(|f| f.endpoint().trim_end_matches("/rest").to_owned())
        .unwrap_or_else(|| {
            if init.domain.is_empty() {
                String::new()
            } else {
                format!("https://{}", init.domain)
            }
        });
    let rest = rest_client(&bx24, choose_transport(&bx24, fetch), config.rest);
    Ok(AppContext {
        bx24,
        rest,
        locale,
        placement,
        portal_origin,
        init,
    })
}

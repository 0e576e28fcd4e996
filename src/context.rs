//! What every widget gets once the app has booted: the BX24 handle, the REST client, the user's
//! locale and the typed placement.

use crate::i18n::Locale;
use bx24::{AnyTransport, Bx24, FrameAuth, InitInfo, WasmRuntime};
use leptos::prelude::*;
use placement::PlacementContext;
use std::rc::Rc;

/// The REST client every widget uses.
pub type RestClient = rest::Client<AnyTransport, WasmRuntime>;

/// A REST client over `transport` whose tokens come from (and are refreshed by) the frame.
pub fn rest_client(bx24: &Bx24, transport: AnyTransport, config: rest::ClientConfig) -> RestClient {
    rest::Client::new(transport, WasmRuntime, config)
        .with_auth(Rc::new(FrameAuth::new(bx24.clone())))
}

/// Services and facts of one booted frame. Cheap to clone.
#[derive(Clone)]
pub struct AppContext {
    /// The portal's frame library.
    pub bx24: Bx24,
    /// REST with deadlines, rate limiting, retries and token refresh.
    pub rest: RestClient,
    /// What BX24.init reported.
    pub init: InitInfo,
    /// The user's language.
    pub locale: Locale,
    /// Where the app was opened, typed.
    pub placement: PlacementContext,
    /// `https://PORTAL`: base for portal-relative URLs such as photos.
    pub portal_origin: String,
}

impl AppContext {
    /// Makes a portal-relative URL (`/upload/x.png`) absolute; absolute http(s) URLs pass through;
    /// anything else (`javascript:`, `data:`) is refused.
    pub fn portal_url(&self, url: &str) -> Option<String> {
        resolve_portal_url(&self.portal_origin, url)
    }
}

/// See [`AppContext::portal_url`].
pub fn resolve_portal_url(origin: &str, url: &str) -> Option<String> {
    let url = url.trim();
    if url.starts_with("https://") || url.starts_with("http://") {
        Some(url.to_owned())
    } else if url.starts_with('/') && !url.starts_with("//") && !origin.is_empty() {
        Some(format!("{origin}{url}"))
    } else {
        None
    }
}

/// The context as widgets hold it: an arena handle that is `Copy` and `Send`, so reactive closures can
/// capture it (the services inside are single-threaded).
pub type Ctx = StoredValue<AppContext, LocalStorage>;

/// The booted context, from anywhere below the router.
pub fn use_app() -> Ctx {
    use_context::<Ctx>().expect("AppContext is provided by the router before any widget renders")
}

#[cfg(test)]
mod tests {
    use super::resolve_portal_url;

    #[test]
    fn portal_urls_are_resolved_and_unsafe_schemes_refused() {
        let o = "https://acme.bitrix24.com";
        assert_eq!(
            resolve_portal_url(o, "/upload/a.png").as_deref(),
            Some("https://acme.bitrix24.com/upload/a.png")
        );
        assert_eq!(
            resolve_portal_url(o, "https://cdn/x.png").as_deref(),
            Some("https://cdn/x.png")
        );
        assert_eq!(resolve_portal_url(o, "javascript:alert(1)"), None);
        assert_eq!(resolve_portal_url(o, "//evil.com/x"), None);
        assert_eq!(resolve_portal_url("", "/upload/a.png"), None);
    }
}

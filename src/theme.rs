//! Light and dark theme.
//!
//! The Bitrix24 kit themes by a class on `<html>` (`light` / `dark`). The portal sends apps no theme
//! (ui-kit.md §4), so the theme is, in order: the user's choice made with the toggle (kept in
//! `localStorage`), a `theme=light|dark` parameter on the app's own URL (the handler URL the app
//! registers, or the portal emulator's theme switch), else the browser's `prefers-color-scheme`.
//! `index.html` applies the same rule in an inline script before the first paint, so there is no flash.

/// Key of the user's choice in `localStorage`.
pub const STORAGE_KEY: &str = "b24w.theme";

/// A theme the page can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// The kit's light tokens.
    Light,
    /// The kit's dark tokens.
    Dark,
}

impl Theme {
    /// Class name on `<html>`.
    pub fn class(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    /// Reads a theme's name (`light` / `dark`, exactly as stored and as given on the URL).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "dark" => Some(Self::Dark),
            "light" => Some(Self::Light),
            _ => None,
        }
    }

    /// The other theme.
    pub fn toggled(self) -> Self {
        match self {
            Self::Light => Self::Dark,
            Self::Dark => Self::Light,
        }
    }
}

/// The theme to show now: the stored choice, else the URL's `theme` parameter, else the system
/// preference.
pub fn current() -> Theme {
    stored().or_else(url_hint).unwrap_or_else(system)
}

/// `theme=light|dark` in the page's query string.
fn url_hint() -> Option<Theme> {
    parse_hint(&web_sys::window()?.location().search().ok()?)
}

/// Reads `theme=` from a query string (`?a=1&theme=dark`, decoded as the browser does).
pub fn parse_hint(search: &str) -> Option<Theme> {
    crate::query::param(search, "theme")
        .as_deref()
        .and_then(Theme::from_name)
}

/// Applies [`current`] to `<html>`. Call once at start-up; while the app is mounted,
/// [`crate::hooks::provide_color_mode`] keeps following the system preference.
pub fn init() {
    apply(current());
}

/// Shows `theme` and, with `persist`, remembers it as the user's choice.
pub fn choose(theme: Theme, persist: bool) {
    if persist {
        if let Some(storage) = local_storage() {
            // Storage may be blocked in third-party frames; the choice then lasts for this page only.
            let _ = storage.set_item(STORAGE_KEY, theme.class());
        }
    }
    apply(theme);
}

/// Sets the kit's class for `theme` on `<html>`.
pub fn apply(theme: Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let classes = root.class_list();
    let _ = classes.remove_2(Theme::Light.class(), Theme::Dark.class());
    let _ = classes.add_1(theme.class());
}

/// The theme the portal's stored options ask for (`install::THEME_OPTION`), unless the user chose
/// one with the toggle on this device: the user's own option (`userOption`), else `?theme=` on the
/// URL, else the app's option for everyone (`appOption`). `None`: keep what [`current`] gave.
pub fn from_options(user: Option<&str>, app: Option<&str>) -> Option<Theme> {
    if stored().is_some() {
        return None;
    }
    user.and_then(Theme::from_name)
        .or_else(url_hint)
        .or_else(|| app.and_then(Theme::from_name))
}

/// [`from_options`] with the options in the frame's init data.
pub fn from_portal(bx24: &bx24::Bx24) -> Option<Theme> {
    let options = bx24.options();
    let text = |v: Option<serde_json::Value>| v.and_then(|v| v.as_str().map(str::to_owned));
    let user = text(options.user(install::THEME_OPTION));
    let app = text(options.app(install::THEME_OPTION));
    from_options(user.as_deref(), app.as_deref())
}

/// Forgets the user's choice on this device.
pub fn forget_choice() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}

/// The system's theme, unless the user or the URL chose one (then the system does not matter).
pub fn system_if_not_chosen() -> Option<Theme> {
    (stored().is_none() && url_hint().is_none()).then(system)
}

fn stored() -> Option<Theme> {
    Theme::from_name(&local_storage()?.get_item(STORAGE_KEY).ok()??)
}

fn system() -> Theme {
    if media_query().is_some_and(|q| q.matches()) {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// `(prefers-color-scheme: dark)`.
pub(crate) fn media_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()?
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

#[cfg(test)]
mod tests {
    use super::*;

    // `parse_hint` itself needs the browser's URLSearchParams: its cases are in tests/web.rs.
    #[test]
    fn theme_names() {
        assert_eq!(Theme::from_name("dark"), Some(Theme::Dark));
        assert_eq!(Theme::from_name("light"), Some(Theme::Light));
        assert_eq!(Theme::from_name("blue"), None);
        assert_eq!(Theme::from_name(""), None);
        assert_eq!(Theme::from_name("Dark"), None);
        for theme in [Theme::Light, Theme::Dark] {
            assert_eq!(Theme::from_name(theme.class()), Some(theme));
            assert_eq!(theme.toggled().toggled(), theme);
        }
    }
}

//! [`use_color_mode`]: the app's one light/dark state.

use crate::theme::{self, Theme};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Options of [`provide_color_mode`].
#[derive(Debug, Clone, Copy)]
pub struct UseColorModeOptions {
    /// Follow the system's `prefers-color-scheme` while it changes, as long as neither the user
    /// (toggle) nor the app's URL (`?theme=`) chose a theme. Default: `true`.
    pub follow_system: bool,
    /// Remember the user's toggle in `localStorage` ([`theme::STORAGE_KEY`], read again by
    /// `index.html` before the next first paint). Default: `true`.
    pub persist: bool,
}

impl Default for UseColorModeOptions {
    fn default() -> Self {
        Self {
            follow_system: true,
            persist: true,
        }
    }
}

/// The app's colour mode: one signal shared through context by every reader and toggle.
#[derive(Debug, Clone, Copy)]
pub struct UseColorModeReturn {
    /// The theme on `<html>` now.
    pub theme: Signal<Theme>,
    write: RwSignal<Theme>,
    persist: bool,
}

impl UseColorModeReturn {
    /// Shows `next` (the kit's class on `<html>`) and, if persisting, remembers it as the user's choice.
    pub fn set(&self, next: Theme) {
        theme::choose(next, self.persist);
        self.write.set(next);
    }

    /// Forgets the user's choice made on this device and shows the theme the rest of the rule gives
    /// ([`theme::current`]): "as in the system" on the settings page.
    pub fn reset(&self) {
        theme::forget_choice();
        let next = theme::current();
        theme::apply(next);
        self.write.set(next);
    }

    /// Shows `next` without remembering it as the user's choice: a default from the portal's
    /// options ([`theme::from_options`]).
    pub fn adopt(&self, next: Theme) {
        theme::apply(next);
        self.write.set(next);
    }

    /// Switches to the other theme (see [`Self::set`]).
    pub fn toggle(&self) {
        let now = self
            .write
            .try_get_untracked()
            .unwrap_or_else(theme::current);
        self.set(now.toggled());
    }
}

/// Creates the colour mode and provides it to everything below (call once, at the app's root):
/// applies [`theme::current`] to `<html>` and, with `follow_system`, listens to the system
/// preference until the root unmounts.
pub fn provide_color_mode(options: UseColorModeOptions) -> UseColorModeReturn {
    let initial = theme::current();
    theme::apply(initial);
    let write = RwSignal::new(initial);
    if options.follow_system {
        follow_system(write);
    }
    let mode = UseColorModeReturn {
        theme: write.into(),
        write,
        persist: options.persist,
    };
    provide_context(mode);
    mode
}

/// The colour mode provided by [`provide_color_mode`]; provides one with the default options if the
/// root did not (a component mounted on its own, as in a test).
pub fn use_color_mode() -> UseColorModeReturn {
    use_context::<UseColorModeReturn>()
        .unwrap_or_else(|| provide_color_mode(UseColorModeOptions::default()))
}

/// Listens to `prefers-color-scheme` changes; the listener is removed (and its closure dropped) on
/// cleanup.
fn follow_system(write: RwSignal<Theme>) {
    let Some(query) = theme::media_query() else {
        return;
    };
    let listener = Closure::<dyn FnMut()>::new(move || {
        if let Some(next) = theme::system_if_not_chosen() {
            theme::apply(next);
            write.set(next);
        }
    });
    if query
        .add_event_listener_with_callback("change", listener.as_ref().unchecked_ref())
        .is_err()
    {
        return;
    }
    let held = SendWrapper::new((query, listener));
    on_cleanup(move || {
        let (query, listener) = &*held;
        let _ =
            query.remove_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
        // `held` (the closure) is dropped with this cleanup closure.
    });
}

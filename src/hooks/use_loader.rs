//! [`use_loader`]: a widget's data, loaded through the REST client.

use crate::context::{use_app, RestClient};
use domain::LoadError;
use leptos::prelude::*;
use rest::CancelToken;
use send_wrapper::SendWrapper;
use std::future::{Future, IntoFuture};

/// Options of [`use_loader_with_options`].
#[derive(Debug, Clone, Copy)]
pub struct UseLoaderOptions {
    /// Cancel the REST calls still in flight when the calling component unmounts, so a widget that
    /// went away neither spends the portal's rate limit nor writes into disposed signals.
    /// Default: `true`.
    pub cancel_on_unmount: bool,
}

impl Default for UseLoaderOptions {
    fn default() -> Self {
        Self {
            cancel_on_unmount: true,
        }
    }
}

/// What [`use_loader`] returns.
pub struct UseLoaderReturn<T: 'static> {
    /// The data: pending until the first answer, then the last answer. Read it inside a
    /// `<Transition>` (it suspends while pending) and render its `Result` inside an
    /// `<ErrorBoundary>` (see `crate::widgets::loaded_view`).
    pub data: LocalResource<Result<T, LoadError>>,
    /// Loads again (for *Refresh* buttons and retries); the old data stays on screen until the new
    /// answer arrives.
    pub reload: Callback<()>,
}

impl<T: Clone + 'static> UseLoaderReturn<T> {
    /// The data once the current load has finished, as a future to `.await` inside
    /// `Suspend::new` (it suspends the surrounding `<Transition>` meanwhile); `None` once the calling
    /// component is gone. A re-render queued just before a widget is removed can still run after it,
    /// and awaiting the disposed resource itself would panic.
    pub fn settled(
        &self,
    ) -> Option<<LocalResource<Result<T, LoadError>> as IntoFuture>::IntoFuture> {
        (!self.data.is_disposed()).then(|| self.data.into_future())
    }
}

impl<T: 'static> Clone for UseLoaderReturn<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for UseLoaderReturn<T> {}

/// Loads a widget's data with `fetch`, given the app's REST client, with the default
/// [`UseLoaderOptions`].
pub fn use_loader<T, Fut>(fetch: impl Fn(RestClient) -> Fut + 'static) -> UseLoaderReturn<T>
where
    T: Clone + 'static,
    Fut: Future<Output = Result<T, LoadError>> + 'static,
{
    use_loader_with_options(fetch, UseLoaderOptions::default())
}

/// Loads a widget's data with `fetch`, given the app's REST client (a clone that shares the app's
/// rate limit and tokens, with its own cancellation).
pub fn use_loader_with_options<T, Fut>(
    fetch: impl Fn(RestClient) -> Fut + 'static,
    options: UseLoaderOptions,
) -> UseLoaderReturn<T>
where
    T: Clone + 'static,
    Fut: Future<Output = Result<T, LoadError>> + 'static,
{
    let ctx = use_app();
    let cancel = CancelToken::new();
    if options.cancel_on_unmount {
        let on_unmount = SendWrapper::new(cancel.clone());
        on_cleanup(move || on_unmount.cancel());
    }
    let data = LocalResource::new(move || {
        let client = ctx.with_value(|c| c.rest.clone()).with_cancel(&cancel);
        fetch(client)
    });
    UseLoaderReturn {
        data,
        reload: Callback::new(move |_| data.refetch()),
    }
}

//! Sliders (b24jssdk's `SliderManager`): the app's own page in a slider (`openApplication`), a portal
//! page (`openPath`), and closing the slider the app runs in (`closeApplication`).

use crate::js::{self, call_with_callback, from_json, to_json};
use crate::model::open_path_outcome;
use crate::{js_error, Bx24, Bx24Error, SliderSettings};
use serde_json::Value;

/// Slider commands; from [`Bx24::slider`].
#[derive(Debug, Clone, Copy)]
pub struct SliderManager<'a> {
    bx24: &'a Bx24,
}

impl<'a> SliderManager<'a> {
    pub(crate) fn new(bx24: &'a Bx24) -> Self {
        Self { bx24 }
    }

    /// `BX24.openApplication(params, cb, settings)`: opens the app's main page in a slider with
    /// `PLACEMENT=DEFAULT` and `PLACEMENT_OPTIONS = params`. Resolves when the slider closes, which may
    /// be never: drop the future to stop waiting.
    pub async fn open_application(
        &self,
        params: &Value,
        settings: &SliderSettings,
    ) -> Result<(), Bx24Error> {
        let (cb, closed) = js::one_shot();
        self.bx24
            .js()
            .open_application(&from_json(params), &cb, &from_json(&settings.to_json()))
            .map_err(js_error)?;
        closed.await.map(drop).ok_or(Bx24Error::CallbackDropped {
            command: "openApplication",
        })
    }

    /// `BX24.closeApplication()`: closes the slider this app runs in.
    pub async fn close_application(&self) -> Result<(), Bx24Error> {
        call_with_callback("closeApplication", self.bx24.timeouts().command_ms, |cb| {
            self.bx24.js().close_application(cb)
        })
        .await
        .map(drop)
    }

    /// `BX24.openPath(path)`: opens a portal page (`/crm/deal/details/5/`) in a slider; resolves when it
    /// closes. Paths outside the portal's allowed list fail with [`Bx24Error::PathNotAvailable`].
    pub async fn open_path(&self, path: &str) -> Result<(), Bx24Error> {
        let (cb, reply) = js::one_shot();
        self.bx24.js().open_path(path, &cb).map_err(js_error)?;
        let reply = reply.await.ok_or(Bx24Error::CallbackDropped {
            command: "openPath",
        })?;
        open_path_outcome(&to_json(&reply))
    }
}

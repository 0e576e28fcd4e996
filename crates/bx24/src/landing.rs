//! Sites (landing) blocks: `refreshBlock {id}` asks the site editor to reload a block after the app
//! changed it (placements.md §4; `LANDING_BLOCK_*` only). The portal answers once the block reloaded.

use crate::{Bx24, Bx24Error};
use serde_json::json;

/// Landing commands; from [`Bx24::landing`].
#[derive(Debug, Clone, Copy)]
pub struct LandingManager<'a> {
    bx24: &'a Bx24,
}

impl<'a> LandingManager<'a> {
    pub(crate) fn new(bx24: &'a Bx24) -> Self {
        Self { bx24 }
    }

    /// `refreshBlock {id}`: the editor reloads block `id`.
    pub async fn refresh_block(&self, id: u64) -> Result<(), Bx24Error> {
        self.bx24
            .placement()
            .call("refreshBlock", &json!({ "id": id }))
            .await
            .map(drop)
    }
}

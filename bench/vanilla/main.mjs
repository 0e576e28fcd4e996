// The deal card with the portal's own BX24.js (loaded by index.html from api.bitrix24.com; the
// emulator serves its offline copy instead, as it does for the app): BX24.init, then one
// BX24.callBatch, then plain DOM. No framework; build.mjs only inlines ../common/card.mjs and minifies.
import { cardBatch, dealId, readCard, renderCard, renderError } from '../common/card.mjs';

const root = document.getElementById('app');
const BX24 = window.BX24;
if (!BX24) {
  renderError(root, new Error('BX24.js did not load: open this page inside Bitrix24'));
} else {
  BX24.init(() => {
    const { placement, options } = BX24.placement.info();
    const id = dealId(placement, options);
    if (id instanceof Error) return renderError(root, id);
    // halt = false (the third argument): a missing link leaves its field empty, as in the app.
    BX24.callBatch(cardBatch(id), (results) => {
      const answers = {};
      for (const [name, result] of Object.entries(results)) {
        if (!result.error()) answers[name] = result.data();
      }
      try {
        renderCard(root, readCard(answers), BX24.getLang());
      } catch (error) {
        renderError(root, error);
      }
    }, false);
  });
}

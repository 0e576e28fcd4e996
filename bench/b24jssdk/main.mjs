// The deal card with the official SDK, @bitrix24/b24jssdk (pinned in ../package.json): it speaks the
// frame protocol itself (no BX24.js) and sends REST from the frame with the frame's token.
// build.mjs bundles this file with esbuild (minified, tree-shaken: only what is imported here).
import { initializeB24Frame } from '@bitrix24/b24jssdk';
import { cardBatch, dealId, readCard, renderCard, renderError } from '../common/card.mjs';

async function main(root) {
  const b24 = await initializeB24Frame();
  const id = dealId(b24.placement.placement, b24.placement.options);
  if (id instanceof Error) throw id;
  // One batch, halt=0 like the app's (the SDK defaults to halting on the first error).
  const response = await b24.actions.v2.batch.make({ calls: cardBatch(id), options: { isHaltOnError: false } });
  // Named calls: getData() maps each command that succeeded to its `result`.
  renderCard(root, readCard(response.getData() || {}), b24.getLang());
}

const root = document.getElementById('app');
main(root).catch((error) => renderError(root, error));

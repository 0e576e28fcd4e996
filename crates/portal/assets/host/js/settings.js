/*
 * settings.js — the host page's switchable state (the "portal" the app sees): language, theme,
 * admin / install / first-run flags (frame-protocol.md §3.2), the deny-rule mode (§2, §10 item 5),
 * protocol quirks, and the data loaded from the emulator API. One shared mutable object.
 */

export const settings = {
  /** LANG in the query string and init data (§3.2). */
  lang: 'en',
  /** 'light' | 'dark': host page theme and `color-scheme` of every app iframe. */
  theme: 'light',
  /** IS_ADMIN (§3.2): gates setAppOption. */
  admin: true,
  /** INSTALL (§3.2) of the main frame: the install URL is open. */
  install: false,
  /** FIRST_RUN (§3.2): becomes false after the first getInitData answer. */
  firstRun: false,
  /**
   * Deny rules (§2 [CONFLICT], §10 item 5):
   *  'modern' — rest ≥ 25.800: the general commands work in every placement;
   *  'legacy' — older portals: setTitle / setScroll / reloadWindow are ignored outside DEFAULT.
   * In both, resizeWindow is ignored in sliders.
   */
  denyMode: 'modern',
  /** selectCRM buckets as index-keyed objects ({0:{…}}) instead of arrays (§5, §10 item 8). */
  crmBucketsAsObjects: false,
  /** URL the app frame loads (default: origin A from the server config). */
  appUrl: '',
  /**
   * The picker offers every catalogue placement (developer mode, the default) rather than only what
   * the app bound, as a real portal shows (off on a fresh portal: `--fresh` or `&fresh=1`).
   */
  allPlacements: true,
};

/** Data from the emulator API: config, catalogue, options. Filled by main.js at start-up. */
export const portalData = {
  config: null,
  userOptions: {},
  appOptions: {},
  installed: true,
  /** Placement codes the app registered (placement.bind, field type, connector, site placements). */
  registered: [],
};

/** Re-reads the install flag and what the app registered from the emulator (after REST calls). */
export async function refreshRegistrations(api) {
  const state = await api.state();
  portalData.installed = !!state.installed;
  portalData.registered = Array.isArray(state.registered_codes) ? state.registered_codes : [];
  for (const fn of listeners) fn(settings);
  return portalData.registered;
}

/** Listeners called after any settings change (the UI re-renders its switches). */
const listeners = new Set();

/** Subscribe to settings changes. */
export function onSettingsChange(fn) {
  listeners.add(fn);
}

/** Update settings and notify listeners. */
export function updateSettings(patch) {
  Object.assign(settings, patch);
  for (const fn of listeners) fn(settings);
}

/*
 * main.js — boots the emulator's host page: loads config, catalogue and options from the emulator
 * API, reads the deep link, installs the parent-side message listener (protocol.js), builds the
 * controls and opens the placement in its spot (stage.js / sliders.js).
 *
 * Deep link: /?placement=CODE&options=<json>&lang=en&theme=dark&app=<url>
 *            [&admin=0|1][&install=0|1][&firstRun=0|1][&deny=modern|legacy][&crmBuckets=objects]
 *            [&fresh=1]  the app was never installed: not installed, nothing bound (resets the portal)
 *            [&all=0|1]  the picker offers every placement (1) or only what the app bound (0)
 */
import { api, rest } from './api.js';
import { byId, h, toast } from './dom.js';
import { settings, portalData, updateSettings, onSettingsChange, refreshRegistrations } from './settings.js';
import { loadCatalogue, findEntry, presentationKind } from './catalogue.js';
import { Layout } from './layout.js';
import { startProtocol, track, unregisterLayout } from './protocol.js';
import { renderStage } from './stage.js';
import { openPlacementSlider, closeAllSliders, themeSliders } from './sliders.js';
import { buildDevtools, renderMenu, renderHeaderUser } from './ui.js';
import { afterEventFired } from './placement-commands.js';
import { record } from './log.js';
import { installPortalApi } from './portal-api.js';

/** What is open: {code, entry, options, kind, layout, slider}. */
let current = null;
let devtools = null;

const flag = (value) => (value === null ? undefined : value === '1' || value === 'true' || value === 'yes');

/** Reads the deep-link parameters of the host page URL. */
function readDeepLink() {
  const q = new URLSearchParams(location.search);
  const link = { code: q.get('placement') || undefined, appUrl: q.get('app') || undefined };
  const options = q.get('options');
  if (options !== null) {
    try {
      link.options = JSON.parse(options);
    } catch (e) {
      toast('Deep link', `options is not valid JSON (${e.message}); using the example options`);
    }
  }
  const patch = {};
  const lang = q.get('lang');
  if (lang && /^[a-z]{2}$/.test(lang)) patch.lang = lang;
  const theme = q.get('theme');
  if (theme === 'dark' || theme === 'light') patch.theme = theme;
  for (const [param, key] of [['admin', 'admin'], ['install', 'install'], ['firstRun', 'firstRun']]) {
    const v = flag(q.get(param));
    if (v !== undefined) patch[key] = v;
  }
  const deny = q.get('deny');
  if (deny === 'legacy' || deny === 'modern') patch.denyMode = deny;
  if (q.get('crmBuckets') === 'objects') patch.crmBucketsAsObjects = true;
  const all = flag(q.get('all'));
  if (all !== undefined) patch.allPlacements = all;
  link.fresh = flag(q.get('fresh')) === true;
  link.settings = patch;
  return link;
}

/** The deep link reproducing what is open now. */
export function deepLink() {
  const q = new URLSearchParams();
  if (current) {
    q.set('placement', current.code);
    q.set('options', JSON.stringify(current.options));
  }
  q.set('lang', settings.lang);
  q.set('theme', settings.theme);
  if (settings.appUrl && portalData.config && settings.appUrl !== portalData.config.app_url) q.set('app', settings.appUrl);
  if (!settings.allPlacements) q.set('all', '0');
  return `${location.origin}/?${q.toString()}`;
}

function applyTheme() {
  document.documentElement.classList.toggle('dark', settings.theme === 'dark');
  if (current && current.layout) current.layout.applyTheme();
  themeSliders();
}

function setPageTitle(text) {
  byId('pagetitle').textContent = text;
}

/**
 * Opens a placement in its spot, replacing whatever was open. Options default to the catalogue's
 * example; the app URL to settings.appUrl.
 */
export async function openPlacement({ code, options, appUrl } = {}) {
  if (appUrl) updateSettings({ appUrl });
  const entry = findEntry(code || (portalData.config && portalData.config.open_placement) || 'DEFAULT');
  const concrete = String(code || entry.concrete_code || entry.code).toUpperCase();
  const opts = options && typeof options === 'object' && !Array.isArray(options) ? options : (entry.example_options || {});
  const kind = presentationKind(entry, opts);

  closeAllSliders();
  if (current && current.layout) {
    unregisterLayout(current.layout);
    current.layout.destroy();
  }
  renderMenu(entry.area);
  setPageTitle('Application');
  const badge = byId('placement-badge');
  badge.textContent = concrete;
  badge.className = entry.unknown ? 'badge alert' : entry.deprecated ? 'badge warn' : 'badge';

  const makeLayout = (container, onTitle, inSlider) => track(new Layout({
    placement: concrete, options: opts, entry, appUrl: settings.appUrl, kind: 'main', inSlider,
    install: settings.install, container, onTitle,
  }));

  const stage = renderStage(entry, concrete, opts, kind);
  current = { code: concrete, entry, options: opts, kind, layout: null, slider: null };
  const opened = current;
  if (kind === 'slider') {
    opened.slider = openPlacementSlider(entry.title, (container, s) => makeLayout(container, (t) => { s.titleEl.textContent = t; s.title = t; }, true), () => {
      if (current === opened) {
        toast('Slider closed', 'Use "Open placement" or "Reload frame" to open it again.');
        record('ui', { placementSlider: 'closed' });
      }
    });
    opened.layout = opened.slider.layout;
  } else {
    opened.layout = makeLayout(stage.container, setPageTitle, false);
  }
  devtools.showPlacement(entry, concrete, opts);
  history.replaceState(null, '', deepLink());
  await opened.layout.load();
  stage.afterLoad(opened.layout);
  return opened.layout;
}

/** Reloads the open placement (a closed placement slider is opened again). */
async function reloadCurrent() {
  if (!current) return openPlacement({});
  if (current.slider && current.slider.closed) return openPlacement({ code: current.code, options: current.options });
  current.layout.install = settings.install;
  await current.layout.load();
  devtools.refreshEvents();
  return current.layout;
}

async function boot() {
  startProtocol();
  const link = readDeepLink();
  if (link.fresh) await api.resetApp(false);
  const [config, catalogue, state] = await Promise.all([api.config(), api.catalogue(), api.state()]);
  portalData.config = config;
  portalData.registered = state.registered_codes || [];
  portalData.userOptions = state.user_options || {};
  portalData.appOptions = state.app_options || {};
  portalData.installed = !!state.installed;
  loadCatalogue(catalogue);
  if (config.portal_origin && config.portal_origin !== location.origin) {
    // The app origin only lets P frame it (CSP frame-ancestors), and the SDKs post to location.host.
    const warning = `This page is open as ${location.origin}, but the emulator runs as ${config.portal_origin}: the app frame will be refused. Open ${config.portal_origin}/ instead (localhost and 127.0.0.1 are different origins).`;
    byId('stage').before(h('div', { class: 'notice alert', role: 'alert', text: warning }));
  }

  updateSettings({
    appUrl: link.appUrl || config.app_url,
    install: !state.installed && settings.admin,
    allPlacements: !(config.fresh || link.fresh),
    ...link.settings,
  });
  onSettingsChange(applyTheme);
  applyTheme();

  devtools = buildDevtools({
    open: (o) => openPlacement(o),
    reload: () => reloadCurrent(),
    mainLayout: () => (current ? current.layout : null),
    current: () => current,
    entryFor: (code) => findEntry(code),
    deepLink,
    fireEvent: (name, payload) => fireEvent(name, payload),
  });
  renderHeaderUser(rest, config.current_user_id);

  installPortalApi({
    current: () => current,
    openPlacement,
    reload: reloadCurrent,
    fireEvent,
    pickerCodes: () => devtools.pickerCodes(),
    refreshRegistrations: () => refreshRegistrations(api),
  });
  await openPlacement({ code: link.code, options: link.options });
}

/** Fires a placement event on the main layout; returns how many callbacks got it. */
export function fireEvent(name, payload) {
  if (!current || !current.layout) return 0;
  const delivered = current.layout.fire(name, payload);
  afterEventFired(current.layout, name, payload);
  devtools.refreshEvents();
  return delivered;
}

window.portalBoot = boot().catch((error) => {
  toast('The emulator could not start', String(error && error.message ? error.message : error));
  throw error;
});

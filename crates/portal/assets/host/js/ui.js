/*
 * ui.js — the emulator's control panel (right column) and the page chrome: placement picker grouped
 * by area with its example options, app URL, language and theme, admin / install / first-run
 * switches, deny-rule mode, protocol quirks, events of the placement (editable payloads), the
 * simulated portal-side state, fault injection (GET/PUT /emulator/api/faults, expire all tokens),
 * and the live log. Text from data is set with textContent only.
 */
import { h, clear, byId, toast } from './dom.js';
import { api } from './api.js';
import { settings, portalData, updateSettings, onSettingsChange, refreshRegistrations } from './settings.js';
import { byArea, eventNames, eventHint, findEntry } from './catalogue.js';
import { mountLogPanel } from './log.js';
import { defaultEventPayload, onPlacementState } from './placement-commands.js';

export const LANGUAGES = ['en', 'ru', 'de', 'es', 'fr', 'it', 'pl', 'br', 'ua', 'kz', 'tr', 'ja', 'sc', 'tc', 'vn', 'id', 'ms', 'th', 'la'];

const MENU = [
  ['app', 'Applications'], ['crm', 'CRM'], ['task', 'Tasks and projects'], ['sonet', 'Workgroups'], ['im', 'Messenger'],
  ['calendar', 'Calendar'], ['telephony', 'Telephony'], ['contact_center', 'Contact center'], ['landing', 'Sites'],
  ['bizproc', 'Automation'], ['catalog', 'Catalog'], ['user', 'Employees'], ['hr', 'HR'],
];

function panel(title, open, ...body) {
  const details = h('details', { class: 'panel' }, h('summary', { text: title }), h('div', { class: 'panel-body' }, ...body));
  details.open = open;
  return details;
}

function labelled(text, control) {
  return h('label', { class: 'stack' }, h('span', { class: 'label-sm', text }), control);
}

function checkbox(text, checked, onChange) {
  const input = h('input', { type: 'checkbox', checked });
  input.addEventListener('change', () => onChange(input.checked));
  return { el: h('label', { class: 'switch' }, input, text), input };
}

/** Parses a textarea as JSON; empty → {}. Throws with a readable message. */
export function parseJsonField(text, what) {
  const trimmed = text.trim();
  if (!trimmed) return {};
  try {
    return JSON.parse(trimmed);
  } catch (e) {
    throw new Error(`${what} is not valid JSON: ${e.message}`);
  }
}

/** Builds the left menu and highlights the placement's area. */
export function renderMenu(area) {
  const menu = clear(byId('left-menu'));
  for (const [key, text] of MENU) {
    menu.appendChild(h('a', { class: `menu-item${key === area ? ' active' : ''}`, href: '#', text, on: { click: (e) => e.preventDefault() } }));
  }
}

/**
 * Fills the placement picker: every catalogue entry grouped by area (developer mode), or, as a
 * portal shows an app, DEFAULT (the app's own page) plus what the app registered, and only once its
 * installation finished. Keeps the selection when the code is still offered.
 */
function fillPicker(select) {
  const selected = select.value;
  clear(select);
  const offered = [];
  if (settings.allPlacements) {
    for (const [area, entries] of byArea()) {
      const group = h('optgroup', { label: area });
      for (const entry of entries) {
        group.appendChild(h('option', { value: entry.concrete_code, text: entry.pattern ? `${entry.concrete_code}  (${entry.code})` : entry.code }));
        offered.push(entry.concrete_code);
      }
      select.appendChild(group);
    }
  } else {
    // Areas in catalogue order, the app's own pages first.
    const groups = new Map([['app', ['DEFAULT']]]);
    for (const [area] of byArea()) if (!groups.has(area)) groups.set(area, []);
    for (const code of portalData.installed ? portalData.registered : []) {
      const area = findEntry(code).area;
      if (!groups.has(area)) groups.set(area, []);
      groups.get(area).push(code);
    }
    for (const [area, codes] of groups) if (!codes.length) groups.delete(area);
    for (const [area, codes] of groups) {
      const group = h('optgroup', { label: area });
      for (const code of codes) group.appendChild(h('option', { value: code, text: code }));
      select.appendChild(group);
      offered.push(...codes);
    }
  }
  if (offered.includes(selected)) select.value = selected;
}

/**
 * Builds the control panel. `actions`: {open({code, options, appUrl}), reload(), mainLayout(), current()}.
 * Returns {showPlacement(entry, code, options)} to sync the controls with what is open.
 */
export function buildDevtools(actions) {
  const root = clear(byId('devtools'));

  // ---- placement -----------------------------------------------------------------------------
  const select = h('select', { class: 'select', 'aria-label': 'Placement' });
  fillPicker(select);
  const optionsArea = h('textarea', { class: 'textarea', rows: 6, spellcheck: false, 'aria-label': 'PLACEMENT_OPTIONS' });
  const appUrl = h('input', { class: 'input', type: 'url', value: settings.appUrl, 'aria-label': 'App URL' });
  const title = h('div', { class: 'label-sm' });
  const openButton = h('button', { class: 'btn primary sm', type: 'button', text: 'Open placement' });
  const reloadButton = h('button', { class: 'btn sm', type: 'button', text: 'Reload frame' });
  const exampleButton = h('button', { class: 'btn sm', type: 'button', text: 'Example options' });
  const deepLink = h('a', { class: 'label-sm', href: '#', text: 'deep link' });
  select.addEventListener('change', () => {
    const entry = actions.entryFor(select.value);
    optionsArea.value = JSON.stringify(entry.example_options || {}, null, 2);
    title.textContent = entry.title;
  });
  exampleButton.addEventListener('click', () => {
    const entry = actions.entryFor(select.value);
    optionsArea.value = JSON.stringify(entry.example_options || {}, null, 2);
  });
  openButton.addEventListener('click', () => {
    let options;
    try {
      options = parseJsonField(optionsArea.value, 'PLACEMENT_OPTIONS');
    } catch (e) {
      toast('Cannot open', e.message);
      return;
    }
    updateSettings({ appUrl: appUrl.value.trim() || settings.appUrl });
    actions.open({ code: select.value, options });
  });
  reloadButton.addEventListener('click', () => actions.reload());
  root.appendChild(panel('Placement', true,
    labelled('Placement (grouped by area)', select), title,
    labelled('PLACEMENT_OPTIONS (JSON)', optionsArea),
    labelled('App URL (the frame posts here)', appUrl),
    h('div', { class: 'row' }, openButton, reloadButton, exampleButton, deepLink)));

  // ---- portal switches ----------------------------------------------------------------------
  const lang = h('select', { class: 'select', 'aria-label': 'Language' }, LANGUAGES.map((l) => h('option', { value: l, text: l })));
  const theme = h('select', { class: 'select', 'aria-label': 'Theme' }, h('option', { value: 'light', text: 'light' }), h('option', { value: 'dark', text: 'dark' }));
  const deny = h('select', { class: 'select', 'aria-label': 'Deny rules' },
    h('option', { value: 'modern', text: 'rest ≥ 25.800: general commands work in placements' }),
    h('option', { value: 'legacy', text: 'legacy portal: setTitle/setScroll/reloadWindow only in DEFAULT' }));
  lang.addEventListener('change', () => {
    updateSettings({ lang: lang.value });
    toast('Language', `LANG=${lang.value} applies from the next frame load.`);
  });
  theme.addEventListener('change', () => updateSettings({ theme: theme.value }));
  deny.addEventListener('change', () => updateSettings({ denyMode: deny.value }));
  const admin = checkbox('IS_ADMIN (may set app options)', settings.admin, (v) => updateSettings({ admin: v }));
  const install = checkbox('INSTALL (install page is open)', settings.install, (v) => updateSettings({ install: v }));
  const firstRun = checkbox('FIRST_RUN (next getInitData)', settings.firstRun, (v) => updateSettings({ firstRun: v }));
  const buckets = checkbox('selectCRM buckets as index-keyed objects', settings.crmBucketsAsObjects, (v) => updateSettings({ crmBucketsAsObjects: v }));
  const everyPlacement = checkbox('Every placement (developer mode; off: only what the app bound, as a portal shows)', settings.allPlacements, (v) => updateSettings({ allPlacements: v }));
  const resetButton = h('button', { class: 'btn sm', type: 'button', text: 'Uninstall the app (fresh portal)' });
  resetButton.addEventListener('click', async () => {
    await api.resetApp(false);
    updateSettings({ install: settings.admin, allPlacements: false });
    await refreshRegistrations(api);
    toast('Fresh portal', 'The app is not installed and nothing is bound. Open DEFAULT to run its install.');
  });
  root.appendChild(panel('Portal', true,
    h('div', { class: 'row' }, labelled('Language', lang), labelled('Theme', theme)),
    admin.el, install.el, firstRun.el, everyPlacement.el, resetButton, labelled('Deny rules', deny), buckets.el,
    h('div', { class: 'label-sm', text: 'INSTALL and FIRST_RUN are read by getInitData; reload the frame to replay the handshake.' })));

  const syncSwitches = (s) => {
    lang.value = s.lang;
    theme.value = s.theme;
    deny.value = s.denyMode;
    admin.input.checked = s.admin;
    install.input.checked = s.install;
    firstRun.input.checked = s.firstRun;
    buckets.input.checked = s.crmBucketsAsObjects;
    everyPlacement.input.checked = s.allPlacements;
    appUrl.value = s.appUrl;
    fillPicker(select);
  };
  syncSwitches(settings);
  onSettingsChange(syncSwitches);

  // ---- events -------------------------------------------------------------------------------
  const eventsBody = h('div', { class: 'stack' });
  root.appendChild(panel('Placement events', true, eventsBody));

  // ---- simulated portal state ---------------------------------------------------------------
  const statePre = h('pre', { class: 'state-pre mono' });
  root.appendChild(panel('Portal-side state of the placement', false, statePre));
  const showState = () => {
    const layout = actions.mainLayout();
    statePre.textContent = layout ? JSON.stringify(layout.state, null, 2) : '';
  };
  onPlacementState(showState);

  // ---- faults -------------------------------------------------------------------------------
  const faultsBody = h('div', { class: 'stack' });
  root.appendChild(panel('Fault injection', false, faultsBody));
  renderFaults(faultsBody);

  // ---- log ----------------------------------------------------------------------------------
  const filter = h('input', { class: 'input', type: 'search', placeholder: 'filter (kind or text)', 'aria-label': 'Log filter' });
  const clearButton = h('button', { class: 'btn sm', type: 'button', text: 'Clear' });
  const logList = h('div', { class: 'log', role: 'log' });
  root.appendChild(panel('Live log (frame messages and REST calls)', true, h('div', { class: 'row' }, filter, clearButton), logList));
  mountLogPanel(logList, filter, clearButton);

  // What the app bound changes while it runs (its install wizard, its settings page).
  select.addEventListener('focus', () => { if (!settings.allPlacements) refreshRegistrations(api); });

  return {
    /** The codes the picker offers now (for tests). */
    pickerCodes() {
      return Array.from(select.options).map((o) => o.value);
    },
    showPlacement(entry, code, options) {
      select.value = code;
      if (select.value !== code) {
        select.appendChild(h('option', { value: code, text: `${code} (not in the catalogue)` }));
        select.value = code;
      }
      optionsArea.value = JSON.stringify(options, null, 2);
      title.textContent = entry.title;
      deepLink.href = actions.deepLink();
      renderEvents(eventsBody, entry, actions);
      showState();
    },
    refreshEvents() {
      const current = actions.current();
      if (current) renderEvents(eventsBody, current.entry, actions);
    },
  };
}

/** Refreshers of the "bound ×N" labels of the events panel (re-created with the panel). */
let boundLabels = [];
onPlacementState(() => boundLabels.forEach((update) => update()));

function renderEvents(body, entry, actions) {
  clear(body);
  boundLabels = [];
  const names = eventNames(entry);
  if (names.length === 0) {
    body.appendChild(h('div', { class: 'muted', text: 'This placement has no events.' }));
    return;
  }
  for (const name of names) {
    const layout = actions.mainLayout();
    const payload = h('textarea', { class: 'textarea', rows: 2, spellcheck: false, 'aria-label': `Payload of ${name}` });
    payload.value = JSON.stringify(layout ? defaultEventPayload(layout, name) : {});
    const bound = h('span', { class: 'label-sm' });
    const updateBound = () => {
      const l = actions.mainLayout();
      const n = l && l.bound.has(name) ? l.bound.get(name).length : 0;
      bound.textContent = n ? `bound ×${n}` : 'not bound';
    };
    updateBound();
    boundLabels.push(updateBound);
    const fire = h('button', { class: 'btn secondary sm', type: 'button', text: 'Fire' });
    fire.addEventListener('click', () => {
      let value;
      try {
        value = parseJsonField(payload.value, 'Payload');
      } catch (e) {
        toast('Cannot fire', e.message);
        return;
      }
      const delivered = actions.fireEvent(name, value);
      updateBound();
      toast(name, delivered ? `delivered to ${delivered} callback(s)` : 'not bound by the app: nothing sent');
    });
    body.appendChild(h('div', { class: 'event-row' },
      h('div', { class: 'row' }, h('code', { text: name }), bound),
      h('div', { class: 'label-sm', text: `payload: ${eventHint(entry, name) || 'any JSON'}` }),
      payload, h('div', { class: 'row' }, fire)));
  }
}

async function renderFaults(body) {
  clear(body);
  let config;
  try {
    config = await api.faults();
  } catch (e) {
    body.appendChild(h('div', { class: 'notice alert', text: `Cannot read faults: ${e.message}` }));
    return;
  }
  const rate = h('input', { type: 'checkbox', checked: !!config.rate_limit });
  const burst = h('input', { class: 'input', type: 'number', value: String(config.burst), step: 'any', 'aria-label': 'burst' });
  const drain = h('input', { class: 'input', type: 'number', value: String(config.drain_per_sec), step: 'any', 'aria-label': 'drain per second' });
  const lifetime = h('input', { class: 'input', type: 'number', value: String(config.token_lifetime_secs), min: '0', 'aria-label': 'token lifetime' });
  const failEvery = h('input', { class: 'input', type: 'number', value: String(config.fail_every), min: '0', 'aria-label': 'fail every' });
  const delay = h('input', { class: 'input', type: 'number', value: String(config.delay_ms), min: '0', 'aria-label': 'delay' });
  const limited = h('input', { class: 'input', type: 'text', value: (config.operation_limited || []).join(', '), placeholder: 'crm.item.list, user.get', 'aria-label': 'operation limited methods' });
  const apply = h('button', { class: 'btn primary sm', type: 'button', text: 'Apply' });
  const expire = h('button', { class: 'btn danger sm', type: 'button', text: 'Expire all tokens now' });
  apply.addEventListener('click', async () => {
    const next = {
      ...config,
      rate_limit: rate.checked,
      burst: Number(burst.value) || 50,
      drain_per_sec: Number(drain.value) || 2,
      token_lifetime_secs: Math.max(0, parseInt(lifetime.value, 10) || 0),
      fail_every: Math.max(0, parseInt(failEvery.value, 10) || 0),
      delay_ms: Math.max(0, parseInt(delay.value, 10) || 0),
      operation_limited: limited.value.split(',').map((s) => s.trim()).filter(Boolean),
    };
    try {
      config = await api.setFaults(next);
      toast('Faults applied', 'New token lifetimes apply to tokens minted from now on.');
    } catch (e) {
      toast('Faults not applied', e.message);
    }
  });
  expire.addEventListener('click', async () => {
    await api.expireTokens();
    toast('Tokens expired', 'Every access token now answers 401 expired_token; refresh tokens still work.');
  });
  body.append(
    h('label', { class: 'switch' }, rate, 'Rate limit (503 QUERY_LIMIT_EXCEEDED)'),
    h('div', { class: 'row' }, labelled('burst', burst), labelled('drain /s', drain)),
    labelled('Token lifetime, s (AUTH_EXPIRES of new tokens)', lifetime),
    labelled('Answer every Nth REST call with 500 (0 = never)', failEvery),
    labelled('Delay every REST answer, ms', delay),
    labelled('Methods answering 429 OPERATION_TIME_LIMIT', limited),
    h('div', { class: 'row' }, apply, expire));
}

/** Header: the current user's name (from the fake REST), as on a real portal page. */
export async function renderHeaderUser(restCall, userId) {
  const target = byId('header-user');
  clear(target);
  let name = `User #${userId}`;
  try {
    const answer = await restCall('user.get', { ID: userId });
    const u = (answer.result || [])[0];
    if (u) name = [u.NAME, u.LAST_NAME].filter(Boolean).join(' ') || name;
  } catch (e) {
    // keep the placeholder
  }
  target.append(h('span', { class: 'avatar', text: name.slice(0, 1).toUpperCase() }), h('span', { text: name }));
}

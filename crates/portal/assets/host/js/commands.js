/*
 * commands.js — the general parent commands every layout answers (frame-protocol.md §5, §12 steps
 * 6-8): getInitData, getInterface, refreshAuth, resizeWindow, setTitle, setScroll, reloadWindow,
 * setUserOption, setAppOption, setInstall, setInstallFinish, selectUser(s), selectAccess, selectCRM,
 * openApplication, closeApplication, openPath, imCallTo, imPhoneTo, imOpenMessenger, imOpenHistory,
 * placementBindEvent. Each handler gets {layout, command, args, callbackId, reply}.
 */
import { api } from './api.js';
import { settings, portalData, updateSettings, refreshRegistrations } from './settings.js';
import { interfaceOf, eventNames, heightOnlyResize } from './catalogue.js';
import { record } from './log.js';
import { toast } from './dom.js';
import { Layout } from './layout.js';
import { openAppSlider, openPathSlider, topSlider, closeSlider } from './sliders.js';
import { openPicker } from './pickers.js';
import { placementStateChanged } from './placement-commands.js';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** §3.2: the init data object, exactly the documented fields. */
export function initData(layout) {
  return {
    LANG: settings.lang,
    DOMAIN: Layout.domain(),
    PROTOCOL: Layout.protocol(),
    PATH: '/rest',
    AUTH_ID: layout.tokens ? layout.tokens.AUTH_ID : '',
    AUTH_EXPIRES: String(layout.tokens ? layout.tokens.AUTH_EXPIRES : 0),
    REFRESH_ID: layout.tokens ? layout.tokens.REFRESH_ID : '',
    MEMBER_ID: layout.memberId || (portalData.config && portalData.config.member_id) || '',
    FIRST_RUN: settings.firstRun,
    IS_ADMIN: settings.admin,
    INSTALL: layout.install,
    USER_OPTIONS: { ...portalData.userOptions },
    APP_OPTIONS: { ...portalData.appOptions },
    PLACEMENT: layout.placement,
    PLACEMENT_OPTIONS: layout.options,
  };
}

/** Width as the portal applies it: '100%' kept, else parseInt (100 when not a number) px. */
function cssWidth(width) {
  if (width === '100%') return '100%';
  const n = parseInt(width, 10);
  return `${Number.isFinite(n) ? n : 100}px`;
}

function pickerReply(kind) {
  return async ({ layout, args, reply }) => {
    const result = await openPicker(kind, isObject(args) ? args : {}, layout);
    if (result !== undefined) reply(result); // closed without choosing: no reply at all
  };
}

function imCommand(label, describe) {
  return ({ layout, args }) => {
    const text = describe(isObject(args) ? args : {});
    record('ui', { layout: layout.label, im: label, detail: text });
    toast(`Messenger: ${label}`, text); // these commands never answer (§5)
  };
}

export const generalCommands = {
  getInitData({ layout, reply }) {
    reply(initData(layout));
    if (settings.firstRun) updateSettings({ firstRun: false }); // §3.2: FIRST_RUN false after answering
  },

  getInterface({ layout, reply }) {
    reply(interfaceOf(layout.entry, layout.placement));
  },

  async refreshAuth({ layout, reply }) {
    try {
      const fresh = await api.refresh(layout.tokens ? layout.tokens.REFRESH_ID : '');
      layout.tokens = { AUTH_ID: fresh.AUTH_ID, REFRESH_ID: fresh.REFRESH_ID, AUTH_EXPIRES: fresh.AUTH_EXPIRES };
      reply({ AUTH_ID: fresh.AUTH_ID, AUTH_EXPIRES: fresh.AUTH_EXPIRES, REFRESH_ID: fresh.REFRESH_ID });
    } catch (error) {
      // The portal shows an alert and never answers (§5).
      record('note', { layout: layout.label, refreshAuth: 'failed, no reply', status: error.status || null });
      toast('refreshAuth failed', 'The portal would show an alert; the app gets no answer.');
    }
  },

  resizeWindow({ layout, args, reply }) {
    const size = isObject(args) ? args : {};
    const box = layout.container;
    if (!heightOnlyResize(layout.placement) && size.width !== undefined) box.style.width = cssWidth(size.width);
    const height = parseInt(size.height, 10);
    if (Number.isFinite(height)) box.style.height = `${height}px`;
    reply({ width: box.offsetWidth, height: box.offsetHeight });
  },

  setTitle({ layout, args, reply }) {
    const title = isObject(args) && args.title !== undefined ? String(args.title) : '';
    layout.onTitle(title);
    reply(args);
  },

  setScroll({ args, reply }) {
    const scroll = isObject(args) ? parseInt(args.scroll, 10) : NaN;
    if (scroll >= 0) window.scrollTo(window.scrollX, scroll);
    reply(args);
  },

  reloadWindow({ layout }) {
    toast('Portal page reloaded', 'reloadWindow: the frame is loaded again (new APP_SID, new tokens).');
    layout.load(); // no reply: the page goes away
  },

  async setUserOption({ args, reply }) {
    if (!isObject(args) || typeof args.name !== 'string') return;
    portalData.userOptions = await api.setUserOption(args.name, args.value === undefined ? null : args.value);
    reply(args);
  },

  async setAppOption({ layout, args, reply }) {
    if (!settings.admin) {
      record('note', { layout: layout.label, setAppOption: 'not an admin: ignored, no reply' });
      return;
    }
    if (!isObject(args) || typeof args.name !== 'string') return;
    portalData.appOptions = await api.setAppOption(args.name, args.value === undefined ? null : args.value);
    reply({ ...portalData.appOptions });
  },

  setInstall({ args, reply }) {
    if (settings.firstRun) updateSettings({ firstRun: false });
    reply(args);
  },

  async setInstallFinish({ layout }) {
    await api.setInstalled(true);
    portalData.installed = true;
    await refreshRegistrations(api);
    layout.install = false;
    if (layout.kind === 'main') updateSettings({ install: false });
    toast('Installation finished', 'The portal reloads the page (no reply).');
    layout.load();
  },

  selectUser: pickerReply('user'),
  selectUsers: pickerReply('users'),
  selectAccess: pickerReply('access'),
  selectCRM: pickerReply('crm'),

  async openApplication({ layout, args, reply }) {
    await openAppSlider(layout, isObject(args) ? args : {});
    reply(); // when the slider closes, no payload
  },

  async closeApplication({ layout, reply }) {
    const top = topSlider();
    const belongs = top && top.layout && (top.layout === layout || (top.kind === 'app' && top.opener === layout));
    if (!belongs) {
      record('note', { layout: layout.label, closeApplication: 'no slider of this app on top: no reply' });
      return;
    }
    await closeSlider(top, 'closeApplication');
    reply();
  },

  async openPath({ layout, args, reply }) {
    const path = isObject(args) && typeof args.path === 'string' ? args.path : '';
    if (!(await api.openPathAllowed(path))) {
      reply({ result: 'error', errorCode: 'PATH_NOT_AVAILABLE' });
      return;
    }
    await openPathSlider(layout, path);
    reply({ result: 'close' });
  },

  imCallTo: imCommand('call', (a) => `${a.video ? 'Video' : 'Audio'} call to user ${a.userId}`),
  imPhoneTo: imCommand('phone', (a) => `Phone call to ${a.phone}`),
  imOpenMessenger: imCommand('open chat', (a) => `Chat ${a.dialogId}`),
  imOpenHistory: imCommand('open history', (a) => `History of ${a.dialogId}`),

  placementBindEvent({ layout, args, callbackId }) {
    const event = isObject(args) ? args.event : undefined;
    if (typeof event !== 'string' || !eventNames(layout.entry).includes(event)) {
      record('drop', { layout: layout.label, reason: 'unknown event', command: 'placementBindEvent', event: String(event) });
      return;
    }
    if (callbackId) layout.bind(event, callbackId);
    record('note', { layout: layout.label, bound: event });
    placementStateChanged(layout);
  },
};

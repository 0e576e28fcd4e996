/*
 * layout.js — one app layout (the portal's `BX.rest.AppLayout`): a container div that resizeWindow
 * resizes, an iframe whose name is "DOMAIN|PROTOCOL|APP_SID" set BEFORE it navigates, and a hidden
 * POST form that loads the app (frame-protocol.md §2, §12 steps 2-4). Each load gets a fresh APP_SID
 * and freshly minted tokens (TokenRegistry::mint via /emulator/api/frame).
 */
import { api } from './api.js';
import { h, randomHex32 } from './dom.js';
import { settings } from './settings.js';
import { record } from './log.js';
import { isPlainGet } from './catalogue.js';

let nextNumber = 0;

export class Layout {
  /**
   * @param {object} o
   * @param {string} o.placement   PLACEMENT code (concrete)
   * @param {object} o.options     PLACEMENT_OPTIONS object
   * @param {object} o.entry       catalogue entry
   * @param {string} o.appUrl      URL the form posts to
   * @param {'main'|'slider'} o.kind  main frame or an openApplication slider frame
   * @param {boolean} o.inSlider   shown in a slider (resizeWindow is ignored there)
   * @param {boolean} o.install    INSTALL flag for getInitData
   * @param {Layout} [o.opener]    the layout that opened this slider
   * @param {HTMLElement} o.container  the element resizeWindow resizes
   * @param {function(string)} [o.onTitle]  shows setTitle
   */
  constructor(o) {
    this.number = nextNumber++;
    this.placement = String(o.placement || 'DEFAULT').toUpperCase();
    this.options = o.options && typeof o.options === 'object' ? o.options : {};
    this.entry = o.entry;
    this.appUrl = o.appUrl;
    this.kind = o.kind || 'main';
    this.inSlider = !!o.inSlider;
    this.install = !!o.install;
    this.opener = o.opener || null;
    this.container = o.container;
    this.onTitle = o.onTitle || (() => {});
    this.label = this.kind === 'main' ? 'main' : `slider-${this.number}`;
    this.appOrigin = originOf(this.appUrl);
    /** event name → callback ids registered by placementBindEvent in the current frame load */
    this.bound = new Map();
    /** per-placement simulated portal state (user field value, call card, robot values, ...) */
    this.state = {};
    this.sid = '';
    this.iframe = null;
    this.tokens = null;
    this.destroyed = false;
    this.loads = 0;
  }

  /** DOMAIN exactly as the browser sees the host page (includes a non-default port). */
  static domain() {
    return location.host;
  }

  /** PROTOCOL: 1 for https, 0 for http (a number, §10 item 13). */
  static protocol() {
    return location.protocol === 'https:' ? 1 : 0;
  }

  /** Loads (or reloads) the app: new SID, new tokens, new iframe, POST form. */
  async load() {
    if (this.destroyed) return;
    const tokens = await api.frame(this.placement, this.label);
    if (this.destroyed) return;
    this.tokens = { AUTH_ID: tokens.AUTH_ID, REFRESH_ID: tokens.REFRESH_ID, AUTH_EXPIRES: tokens.AUTH_EXPIRES };
    this.memberId = tokens.member_id;
    this.status = tokens.status || 'L';
    this.bound = new Map();
    this.loads += 1;

    const oldSid = this.sid;
    this.sid = randomHex32();
    const name = `${Layout.domain()}|${Layout.protocol()}|${this.sid}`;
    const iframe = document.createElement('iframe');
    const plainGet = this.kind === 'main' && isPlainGet(this.entry);
    if (!plainGet) iframe.setAttribute('name', name); // before it navigates: the only thing the SDKs read first
    iframe.setAttribute('allow', 'geolocation *; microphone *; camera *; autoplay *;');
    iframe.setAttribute('title', `Application frame (${this.placement})`);
    iframe.style.colorScheme = settings.theme;
    if (this.iframe) this.iframe.remove();
    this.iframe = iframe;
    this.container.id = `appframe_layout_${this.sid}`;
    this.container.appendChild(iframe);
    if (this.onLoad) this.onLoad(this, oldSid);
    if (plainGet) {
      // No form, no tokens, no identity: the app must recognise the page from its own URL.
      iframe.src = this.appUrl;
      record('note', { layout: this.label, load: this.loads, placement: this.placement, plainGet: this.appUrl });
      return;
    }

    const form = h('form', { method: 'POST', action: this.actionUrl(), target: name, style: { display: 'none' } });
    form.id = `appform_${this.sid}`;
    const fields = {
      AUTH_ID: this.tokens.AUTH_ID,
      AUTH_EXPIRES: String(this.tokens.AUTH_EXPIRES),
      REFRESH_ID: this.tokens.REFRESH_ID,
      member_id: this.memberId,
      status: this.status,
      PLACEMENT: this.placement,
    };
    if (Object.keys(this.options).length > 0) fields.PLACEMENT_OPTIONS = JSON.stringify(this.options);
    for (const [key, value] of Object.entries(fields)) {
      form.appendChild(h('input', { type: 'hidden', name: key, value: String(value) }));
    }
    document.body.appendChild(form);
    form.submit();
    form.remove();
    record('note', { layout: this.label, load: this.loads, placement: this.placement, app: this.actionUrl() });
  }

  /** APP_URL + ?/& DOMAIN, PROTOCOL, LANG, APP_SID (§2). */
  actionUrl() {
    const query = new URLSearchParams({
      DOMAIN: Layout.domain(),
      PROTOCOL: String(Layout.protocol()),
      LANG: settings.lang,
      APP_SID: this.sid,
    }).toString();
    return this.appUrl + (this.appUrl.includes('?') ? '&' : '?') + query;
  }

  /** Posts `callbackId:JSON` to the frame (§4.3): always a string; empty payload for undefined. */
  post(callbackId, value) {
    if (!this.iframe || !this.iframe.contentWindow || !callbackId) return false;
    const payload = value === undefined ? '' : JSON.stringify(value);
    this.iframe.contentWindow.postMessage(`${callbackId}:${payload}`, this.appOrigin);
    return true;
  }

  /** Remembers a placementBindEvent callback id (repeatable; several binds all fire). */
  bind(event, callbackId) {
    if (!this.bound.has(event)) this.bound.set(event, []);
    this.bound.get(event).push(callbackId);
  }

  /** Fires a placement event: posts `callbackId:JSON(payload)` to every bound callback. */
  fire(event, payload) {
    const ids = this.bound.get(event) || [];
    for (const id of ids) this.post(id, payload);
    record('event', { layout: this.label, event, payload, delivered: ids.length });
    return ids.length;
  }

  /** Applies the theme to the iframe element: Chromium propagates it to prefers-color-scheme. */
  applyTheme() {
    if (this.iframe) this.iframe.style.colorScheme = settings.theme;
  }

  /** Removes the frame; late messages from it are dropped as an unknown SID. */
  destroy() {
    this.destroyed = true;
    if (this.iframe) this.iframe.remove();
    this.iframe = null;
  }
}

/** The origin of an absolute URL ('' when it cannot be parsed). */
export function originOf(url) {
  try {
    return new URL(url, location.href).origin;
  } catch (e) {
    return '';
  }
}

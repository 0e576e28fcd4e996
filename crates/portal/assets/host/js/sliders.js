/*
 * sliders.js — the portal's side panels (BX.SidePanel) for frame-protocol.md §5:
 *  - 'app' sliders from openApplication: a second app layout with PLACEMENT=DEFAULT and
 *    PLACEMENT_OPTIONS = params minus bx24_* keys; bx24_width / bx24_leftBoundary / bx24_title /
 *    bx24_label style the panel; the opener's callback fires (no payload) when it closes;
 *  - 'path' sliders from openPath: shows which portal page would open;
 *  - 'placement' sliders: the main frame of a placement the portal shows in a slider.
 * Closing: the × button, the overlay, Escape, closeApplication, or portal.closeSlider().
 */
import { h, byId } from './dom.js';
import { Layout } from './layout.js';
import { track, unregisterLayout } from './protocol.js';
import { findEntry } from './catalogue.js';
import { record } from './log.js';

const stack = [];
let nextId = 1;

/** The top slider or null. */
export function topSlider() {
  return stack.length ? stack[stack.length - 1] : null;
}

/** A description of every open slider, bottom first (for tests and the UI). */
export function sliderList() {
  return stack.map((s) => ({
    id: s.id, kind: s.kind, title: s.title, path: s.path || null, placement: s.layout ? s.layout.placement : null,
    options: s.layout ? s.layout.options : null, sid: s.layout ? s.layout.sid : null, width: s.panel.offsetWidth,
  }));
}

/** Colour values accepted from the app for bx24_label: #hex or a plain word. */
function safeColour(value) {
  const text = String(value || '');
  return /^#[0-9a-f]{3,8}$/i.test(text) || /^[a-z]{3,20}$/i.test(text) ? text : '';
}

/** Builds the panel DOM and pushes a slider record; `fill(body)` renders its content. */
function mount(kind, { title, width, leftBoundary, label, opener, path }, fill) {
  const id = nextId++;
  const z = 1000 + stack.length * 10;
  const overlay = h('div', { class: 'slider-overlay', style: { zIndex: String(z) } });
  const titleEl = h('h2', { class: 'slider-title', text: title || '' });
  const body = h('div', { class: 'slider-body' });
  const closeButton = h('button', { class: 'slider-close', type: 'button', 'aria-label': 'Close slider', text: '×' });
  const panel = h('section', { class: 'slider-panel', role: 'dialog', 'aria-label': title || kind, style: { zIndex: String(z + 1) } },
    closeButton, h('div', { class: 'slider-head' }, titleEl), body);
  panel.dataset.sliderId = String(id);
  panel.dataset.kind = kind;
  const w = parseInt(width, 10);
  if (Number.isFinite(w) && w > 0) panel.style.width = `${w}px`;
  const left = parseInt(leftBoundary, 10);
  if (Number.isFinite(left) && left >= 0) panel.style.maxWidth = `calc(100vw - ${left}px)`;
  if (label && typeof label === 'object' && label.text) {
    const tag = h('div', { class: 'slider-label', text: String(label.text) });
    const bg = safeColour(label.bgColor);
    const fg = safeColour(label.color);
    if (bg) tag.style.background = bg;
    if (fg) tag.style.color = fg;
    panel.appendChild(tag);
  }
  const slider = { id, kind, title: title || '', path, opener: opener || null, layout: null, panel, overlay, titleEl, onClose: [], closed: false };
  const close = () => closeSlider(slider, 'user');
  closeButton.addEventListener('click', close);
  overlay.addEventListener('click', close);
  byId('sliders').append(overlay, panel);
  stack.push(slider);
  fill(body, slider);
  record('ui', { slider: 'open', kind, id, title: slider.title, path: path || null });
  return slider;
}

/**
 * openApplication (§5): opens the app's own URL in a slider. Resolves when the slider closes.
 * @param {Layout} opener the calling layout
 * @param {object} params openApplication params (bx24_* keys are slider settings)
 */
export function openAppSlider(opener, params) {
  return new Promise((resolve) => {
    const options = {};
    for (const [key, value] of Object.entries(params)) if (!key.startsWith('bx24_')) options[key] = value;
    const slider = mount('app', {
      title: params.bx24_title !== undefined ? String(params.bx24_title) : 'Application',
      width: params.bx24_width,
      leftBoundary: params.bx24_leftBoundary,
      label: params.bx24_label,
      opener,
    }, (body, s) => {
      const container = h('div', { class: 'app-frame-layout' });
      body.appendChild(container);
      const layout = track(new Layout({
        placement: 'DEFAULT', options, entry: findEntry('DEFAULT'), appUrl: opener.appUrl, kind: 'slider', inSlider: true,
        install: false, opener, container, onTitle: (title) => { s.titleEl.textContent = title; s.title = title; },
      }));
      s.layout = layout;
      layout.load();
    });
    slider.onClose.push(resolve);
  });
}

/** A readable description of a portal path (what the real portal would show). */
function describePath(pathname) {
  const rules = [
    [/^\/crm\/(deal|lead|contact|company|quote)\/details\/(\d+)\//, (m) => `CRM ${m[1]} #${m[2]} card`],
    [/^\/crm\/type\/(\d+)\/details\/(\d+)\//, (m) => `Smart process ${m[1]} item #${m[2]} card`],
    [/^\/crm\/(deal|lead|contact|company)\//, (m) => `CRM ${m[1]} list`],
    [/^\/company\/personal\/user\/(\d+)\//, (m) => `Profile of user #${m[1]}`],
    [/^\/workgroups\/group\/(\d+)\//, (m) => `Workgroup #${m[1]}`],
    [/^\/marketplace\//, () => 'Bitrix24 Market'],
  ];
  for (const [re, text] of rules) {
    const m = pathname.match(re);
    if (m) return text(m);
  }
  return 'Portal page';
}

/** openPath (§5): a slider showing which portal page would open. Resolves when it closes. */
export function openPathSlider(opener, path) {
  return new Promise((resolve) => {
    let url;
    try {
      url = new URL(path, location.origin); // resolves b24jssdk's width-selecting "/crm/type/0/../../.." prefix
    } catch (e) {
      url = new URL('/', location.origin);
    }
    const description = describePath(url.pathname);
    const slider = mount('path', { title: description, opener, path }, (body) => {
      const params = Array.from(url.searchParams.entries());
      body.appendChild(h('div', { class: 'card path-page' },
        h('div', { class: 'card-head', text: 'Portal page (simulated)' }),
        h('div', { class: 'card-body stack' },
          h('div', {}, 'Requested path: ', h('code', { text: path })),
          h('div', {}, 'Opens: ', h('code', { text: url.pathname })),
          params.length ? h('div', {}, 'Query: ', h('code', { text: params.map(([k, v]) => `${k}=${v}`).join('&') })) : null,
          h('div', { class: 'muted', text: 'The real portal appends from=rest_placement&from_app=<app id> and renders the page here. Close the slider to answer {result:"close"}.' }))));
    });
    slider.onClose.push(resolve);
  });
}

/**
 * The main frame of a placement shown in a slider (presentation "slider"). `build(container, s)`
 * creates and loads the layout; `onClosed` runs when the user closes it.
 */
export function openPlacementSlider(title, build, onClosed) {
  const slider = mount('placement', { title }, (body, s) => {
    const container = h('div', { class: 'app-frame-layout' });
    body.appendChild(container);
    s.layout = build(container, s);
  });
  slider.onClose.push(onClosed);
  return slider;
}

/**
 * Closes `slider` (and everything above it). Replies wait for this: resolves after the opener's
 * callbacks ran; the frame stays in the DOM for the closing animation so a reply to it still lands.
 */
export async function closeSlider(slider, reason) {
  if (!slider || slider.closed) return;
  while (topSlider() && topSlider() !== slider) await closeSlider(topSlider(), 'parent closed');
  slider.closed = true;
  stack.splice(stack.indexOf(slider), 1);
  slider.panel.classList.add('closing');
  slider.overlay.classList.add('closing');
  record('ui', { slider: 'close', kind: slider.kind, id: slider.id, reason });
  for (const fn of slider.onClose) fn();
  setTimeout(() => {
    if (slider.layout) {
      unregisterLayout(slider.layout);
      slider.layout.destroy();
    }
    slider.panel.remove();
    slider.overlay.remove();
  }, 250);
}

/** Closes every slider (used when another placement is opened). */
export function closeAllSliders() {
  for (const slider of stack.slice().reverse()) {
    slider.closed = true;
    if (slider.layout) {
      unregisterLayout(slider.layout);
      slider.layout.destroy();
    }
    slider.panel.remove();
    slider.overlay.remove();
  }
  stack.length = 0;
}

/** Applies the theme to every slider frame. */
export function themeSliders() {
  for (const slider of stack) if (slider.layout) slider.layout.applyTheme();
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && topSlider() && !document.querySelector('.dialog-backdrop')) closeSlider(topSlider(), 'escape');
});

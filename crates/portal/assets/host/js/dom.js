/*
 * dom.js — tiny DOM helpers for the emulator's host page. Untrusted text (anything that came from
 * the app frame, the REST API or the URL) is only ever set with textContent / property assignment:
 * there is no innerHTML anywhere in the host page.
 */

/**
 * Creates an element. `attrs`: class, text, on: {event: fn}, style: {prop: value}, dataset: {...},
 * and any other key is assigned as a property (value, checked, type, title, id, disabled, ...).
 * Children: nodes or strings (strings become text nodes); null/false are skipped.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'on') for (const [event, fn] of Object.entries(value)) el.addEventListener(event, fn);
    else if (key === 'style') Object.assign(el.style, value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('aria-') || key === 'role' || key === 'for') el.setAttribute(key, String(value));
    else el[key] = value;
  }
  append(el, children);
  return el;
}

/** Appends nodes/strings (recursively flattening arrays). */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return el;
}

/** Removes every child. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** `document.getElementById`. */
export function byId(id) {
  return document.getElementById(id);
}

/** A short toast at the bottom left (Air toast: dark, radius 8). */
export function toast(title, detail) {
  const box = byId('toasts');
  if (!box) return;
  const el = h('div', { class: 'toast' }, h('div', { class: 'toast-title', text: title }), detail ? h('div', { text: detail }) : null);
  box.appendChild(el);
  setTimeout(() => el.remove(), 4000);
}

/** Compact JSON for one-line displays (never throws). */
export function brief(value, max = 240) {
  let text;
  try {
    text = value === undefined ? '' : JSON.stringify(value);
  } catch (e) {
    text = String(value);
  }
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** 32 random lowercase hex characters (APP_SID; never contains ':' or '|'). */
export function randomHex32() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

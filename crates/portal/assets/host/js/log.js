/*
 * log.js — observability (frame-protocol.md §12 step 12): every inbound frame message, every reply,
 * every dropped message and every fired event is recorded here (tokens redacted), kept locally for
 * `portal.log()` and POSTed to the server log (/emulator/api/log), which also holds the REST calls.
 * The live log panel polls the server log.
 */
import { api } from './api.js';
import { h, clear, brief } from './dom.js';

/** Keys whose values are secrets (same list as the server's `log::redact`). */
const SECRET_KEYS = new Set(['auth', 'auth_id', 'refresh_id', 'access_token', 'refresh_token', 'authid', 'refreshid', 'application_token']);

/** Deep copy with every secret-looking key's value replaced by "<redacted>". */
export function redact(value) {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = SECRET_KEYS.has(key.toLowerCase()) ? '<redacted>' : redact(inner);
    }
    return out;
  }
  return value;
}

const local = [];
let pushing = Promise.resolve();

/**
 * Records one protocol event: kind ∈ frame | reply | drop | event | ui | note. Pushes are chained so
 * the server keeps the page's order.
 */
export function record(kind, data) {
  const clean = redact(data);
  local.push({ kind, at: Date.now(), ...clean });
  if (local.length > 2000) local.shift();
  pushing = pushing.then(() => api.pushLog(kind, clean)).catch(() => {});
  return pushing;
}

/** The page-side protocol log (copies), optionally filtered by kind. */
export function localEntries(kind) {
  return local.filter((entry) => !kind || entry.kind === kind).map((entry) => ({ ...entry }));
}

/** Resolves once every record() so far reached the server. */
export function flushed() {
  return pushing;
}

// ---- live panel ----------------------------------------------------------------------------------

let since = 0;
let panel = null;
let filter = '';
let serverEntries = [];

/** One line of text summarising a server log entry. */
function summary(entry) {
  const d = entry.data || {};
  switch (entry.kind) {
    case 'frame':
      return `← ${d.layout || ''} ${d.command || ''} ${brief(d.args, 160)}${d.callbackId ? ' #' + String(d.callbackId).slice(0, 8) : ''}`;
    case 'reply':
      return `→ ${d.layout || ''} ${d.command || ''} ${brief(d.payload, 160)}`;
    case 'drop':
      return `✕ ${d.reason || ''} ${d.command || ''} ${d.origin || ''}`;
    case 'event':
      return `⚡ ${d.layout || ''} ${d.event || ''} ${brief(d.payload, 160)}`;
    default:
      return brief(d, 220);
  }
}

function render() {
  if (!panel) return;
  const needle = filter.toLowerCase();
  const visible = serverEntries.filter((e) => !needle || e.kind.includes(needle) || JSON.stringify(e.data).toLowerCase().includes(needle));
  clear(panel);
  for (const entry of visible.slice(-400)) {
    const time = new Date(entry.at_ms).toLocaleTimeString();
    const line = h('div', { class: 'log-entry', title: 'click to expand' },
      h('span', { class: `log-kind ${entry.kind}`, text: entry.kind }), ` ${time} `, summary(entry));
    line.addEventListener('click', () => {
      line.classList.toggle('open');
      if (line.classList.contains('open')) {
        clear(line);
        line.append(h('span', { class: `log-kind ${entry.kind}`, text: entry.kind }), ` ${time}\n${JSON.stringify(entry.data, null, 2)}`);
      } else {
        clear(line);
        line.append(h('span', { class: `log-kind ${entry.kind}`, text: entry.kind }), ` ${time} `, summary(entry));
      }
    });
    panel.appendChild(line);
  }
  panel.scrollTop = panel.scrollHeight;
}

async function poll() {
  try {
    const entries = await api.log(since);
    if (entries.length) {
      since = entries[entries.length - 1].seq;
      serverEntries = serverEntries.concat(entries).slice(-2000);
      render();
    }
  } catch (e) {
    // the server may be restarting; try again on the next tick
  }
}

/** Mounts the live log into `container` and starts polling. */
export function mountLogPanel(container, filterInput, clearButton) {
  panel = container;
  filterInput.addEventListener('input', () => {
    filter = filterInput.value;
    render();
  });
  clearButton.addEventListener('click', async () => {
    await api.clearLog().catch(() => {});
    serverEntries = [];
    render();
  });
  poll();
  setInterval(poll, 700);
}

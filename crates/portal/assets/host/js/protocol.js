/*
 * protocol.js — the parent end of the frame protocol (frame-protocol.md §4.1-§4.3, §12 step 5):
 * one `message` listener for every layout on the page (main frame and slider frames, each with its
 * own APP_SID). Per message:
 *   1. drop unless event.origin is an app origin of a live layout      (logged as drop/origin)
 *   2. parse: colon string `cmd:args…:callbackId:appSid` (args = middle parts re-joined with ':')
 *      or object {method, params, callback, appSid[, requestId]}      (drop/format, drop/bad-json)
 *   3. drop unless appSid belongs to a live layout of that origin      (drop/sid)
 *   4. drop unknown or denied commands silently: no reply              (drop/unknown, drop/denied)
 *   5. run the handler; replies are `callbackId:JSON` strings, only when a callbackId was given.
 */
import { record } from './log.js';
import { generalCommands } from './commands.js';
import { placementCommand, canonicalCommand } from './placement-commands.js';
import { commandNames } from './catalogue.js';
import { settings } from './settings.js';

/** APP_SID → layout */
const layouts = new Map();

/** Starts routing messages for `layout` (call after each load: the SID changes). */
export function registerLayout(layout, oldSid) {
  if (oldSid) layouts.delete(oldSid);
  layouts.set(layout.sid, layout);
}

/** Makes `layout` register itself after every (re)load, when its APP_SID changes. */
export function track(layout) {
  layout.onLoad = (loaded, oldSid) => registerLayout(loaded, oldSid);
  return layout;
}

/** Stops routing messages for `layout`. */
export function unregisterLayout(layout) {
  if (layouts.get(layout.sid) === layout) layouts.delete(layout.sid);
}

/** Every live layout. */
export function liveLayouts() {
  return Array.from(layouts.values());
}

/**
 * Parses a child message. Returns {command, argsText, args, callbackId, appSid, form} or
 * {error: 'format' | 'bad-json', command?}.
 */
export function parseMessage(data) {
  if (typeof data === 'string') {
    const parts = data.split(':');
    if (parts.length < 2 || !parts[0]) return { error: 'format' };
    const command = parts[0];
    const appSid = parts[parts.length - 1];
    const callbackId = parts.length >= 3 ? parts[parts.length - 2] : '';
    const argsText = parts.length >= 4 ? parts.slice(1, -2).join(':') : '';
    let args = [];
    if (argsText.length > 0) {
      try {
        args = JSON.parse(argsText);
      } catch (e) {
        return { error: 'bad-json', command, appSid };
      }
    }
    return { command, argsText, args, callbackId, appSid, form: 'string' };
  }
  if (data && typeof data === 'object' && typeof data.method === 'string') {
    const empty = data.params === undefined || data.params === null || data.params === '';
    let args = empty ? [] : data.params;
    // b24jssdk sends requestId next to params, not inside them: the handlers read it from args.
    if (data.requestId !== undefined && data.requestId !== null) {
      if (empty) args = { requestId: data.requestId };
      else if (typeof args === 'object' && !Array.isArray(args) && args.requestId === undefined) args = { ...args, requestId: data.requestId };
    }
    return {
      command: data.method,
      argsText: '',
      args,
      callbackId: typeof data.callback === 'string' ? data.callback : '',
      appSid: String(data.appSid || ''),
      requestId: data.requestId,
      form: 'object',
    };
  }
  return { error: 'format' };
}

/** Commands ignored for `layout` under the current deny rules (§2, §10 item 5). */
export function isDenied(layout, command) {
  if (command === 'resizeWindow' && layout.inSlider) return true;
  if (settings.denyMode === 'legacy' && layout.placement !== 'DEFAULT') {
    return command === 'setTitle' || command === 'setScroll' || command === 'reloadWindow';
  }
  return false;
}

/**
 * The handler for `command` in `layout`, or null when the portal would ignore it: general commands
 * everywhere (placementBindEvent only outside DEFAULT), plus the placement's own commands.
 */
export function resolveHandler(layout, command) {
  if (Object.prototype.hasOwnProperty.call(generalCommands, command)) {
    // General commands (also those a placement re-declares, like resizeWindow in CRM tabs).
    return command === 'placementBindEvent' && layout.placement === 'DEFAULT' ? null : generalCommands[command];
  }
  const own = layout.placement === 'DEFAULT' ? [] : commandNames(layout.entry);
  return own.includes(canonicalCommand(command)) ? placementCommand(layout, command) : null;
}

function drop(reason, details) {
  record('drop', { reason, ...details });
}

function onMessage(event) {
  const origins = new Set(liveLayouts().map((l) => l.appOrigin));
  if (!origins.has(event.origin)) {
    // Not from an app frame (the host page itself, a foreign frame, a browser extension...).
    if (typeof event.data === 'string' || (event.data && typeof event.data === 'object' && event.data.method)) {
      const parsed = parseMessage(event.data);
      drop('origin', { origin: event.origin, command: parsed.command });
    }
    return;
  }
  const parsed = parseMessage(event.data);
  if (parsed.error) {
    drop(parsed.error, { origin: event.origin, command: parsed.command });
    return;
  }
  const layout = layouts.get(parsed.appSid);
  if (!layout || layout.destroyed || layout.appOrigin !== event.origin) {
    drop('sid', { origin: event.origin, command: parsed.command, sid: String(parsed.appSid).slice(0, 8) });
    return;
  }
  const base = { layout: layout.label, command: parsed.command };
  if (isDenied(layout, parsed.command)) {
    drop('denied', { ...base, args: parsed.args });
    return;
  }
  const handler = resolveHandler(layout, parsed.command);
  if (!handler) {
    drop('unknown', { ...base, args: parsed.args });
    return;
  }
  record('frame', { ...base, args: parsed.args, callbackId: parsed.callbackId, form: parsed.form });
  const reply = (value) => {
    if (!parsed.callbackId) return false;
    const sent = layout.post(parsed.callbackId, value);
    if (sent) record('reply', { ...base, callbackId: parsed.callbackId, payload: value === undefined ? null : value });
    return sent;
  };
  try {
    const result = handler({ layout, command: parsed.command, args: parsed.args, argsText: parsed.argsText, callbackId: parsed.callbackId, requestId: parsed.requestId, reply });
    if (result && typeof result.catch === 'function') {
      result.catch((error) => record('note', { ...base, handlerError: String(error && error.message ? error.message : error) }));
    }
  } catch (error) {
    record('note', { ...base, handlerError: String(error && error.message ? error.message : error) });
  }
}

/** Installs the single window listener. */
export function startProtocol() {
  window.addEventListener('message', onMessage);
}

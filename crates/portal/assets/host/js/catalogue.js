/*
 * catalogue.js — the placement catalogue (placements.json via /emulator/api/catalogue, with the
 * `placement` crate's concrete codes): lookup by code (pattern families by their regex), grouping by
 * area, the interface a placement exposes (placements.md §4, frame-protocol.md §6) and how the
 * portal presents its frame.
 */

let entries = [];

/** Loads the list served by /emulator/api/catalogue. */
export function loadCatalogue(list) {
  entries = Array.isArray(list) ? list : [];
}

/** Every entry, in file order. */
export function allEntries() {
  return entries;
}

/** Entries grouped by area: [[area, [entries]]], areas in first-seen order. */
export function byArea() {
  const groups = new Map();
  for (const entry of entries) {
    if (!groups.has(entry.area)) groups.set(entry.area, []);
    groups.get(entry.area).push(entry);
  }
  return Array.from(groups.entries());
}

/**
 * The entry for a concrete code: exact literal match first, then the families' regexes
 * (CRM_DYNAMIC_183_DETAIL_TAB → CRM_DYNAMIC_<id>_DETAIL_TAB). Unknown codes get a synthetic entry
 * (no commands, no events, shown in the work area) so the app still loads.
 */
export function findEntry(code) {
  const upper = String(code || 'DEFAULT').toUpperCase();
  const exact = entries.find((e) => !e.pattern && e.code === upper);
  if (exact) return exact;
  for (const e of entries) {
    if (!e.pattern || !e.regex) continue;
    try {
      if (new RegExp(e.regex).test(upper)) return e;
    } catch (err) {
      // a bad regex in the data must not break the page
    }
  }
  return {
    code: upper, concrete_code: upper, pattern: false, area: 'unknown', title: 'Placement not in the catalogue',
    example_options: {}, interface_commands: [], events: [], presentation: 'unknown', status: 'unknown', unknown: true,
  };
}

/** Names of the placement's own commands (including `im:*` parent-message commands). */
export function commandNames(entry) {
  return (entry.interface_commands || []).map((c) => (typeof c === 'string' ? c : c.name));
}

/** Names of the events `placementBindEvent` accepts. */
export function eventNames(entry) {
  return (entry.events || []).map((e) => (typeof e === 'string' ? e : e.name));
}

/**
 * getInterface's answer (§5): the placement's own `placement.call` commands (not the `im:*`
 * parent-message commands) and its events; DEFAULT → both empty.
 */
export function interfaceOf(entry, placementCode) {
  if (String(placementCode).toUpperCase() === 'DEFAULT') return { command: [], event: [] };
  const command = (entry.interface_commands || [])
    .filter((c) => typeof c === 'string' || c.channel !== 'parent.message')
    .map((c) => (typeof c === 'string' ? c : c.name));
  return { command, event: eventNames(entry) };
}

/** The event's payload hint from the catalogue ("{}", "date string 'Y-m-d'", ...). */
export function eventHint(entry, name) {
  const event = (entry.events || []).find((e) => (typeof e === 'string' ? e : e.name) === name);
  return event && typeof event === 'object' ? event.payload || '' : '';
}

/**
 * Whether the portal loads this placement with a plain GET and no parameters at all: no form, no
 * tokens, no window.name (BI_ANALYTICS_MENU, placements.md §5.1).
 */
export function isPlainGet(entry) {
  return entry.code === 'BI_ANALYTICS_MENU';
}

/**
 * How the portal shows this placement's frame, from the entry's `presentation` words:
 * workarea | tab | sidebar | slider | hidden | textarea | field | none.
 */
export function presentationKind(entry, options = {}) {
  const p = String(entry.presentation || '').toLowerCase();
  const code = String(entry.code || '');
  // CRM_*_DETAIL_ACTIVITY in built-in-interface mode: a hidden frame driving a Bitrix-rendered form.
  if (/_DETAIL_ACTIVITY$/.test(code) && options && options.useBuiltInInterface === 'Y') return 'hidden';
  if (code === 'USERFIELD_TYPE' || p.startsWith('inline (inside the field')) return 'field';
  if (code === 'IM_TEXTAREA' || p.startsWith('inline panel above the input')) return 'textarea';
  if (p.startsWith('hidden')) return 'hidden';
  if (p.startsWith('none')) return 'none';
  if (p.startsWith('inline (sidebar') || code === 'TASK_VIEW_SIDEBAR') return 'sidebar';
  if (p.startsWith('inline (tab')) return 'tab';
  if (p.startsWith('slider')) return 'slider';
  return 'workarea';
}

/** Whether resizeWindow applies only the height for this placement (CRM detail tabs, user fields). */
export function heightOnlyResize(code) {
  const upper = String(code).toUpperCase();
  return upper === 'USERFIELD_TYPE' || /^CRM_.*_DETAIL_TAB$/.test(upper);
}

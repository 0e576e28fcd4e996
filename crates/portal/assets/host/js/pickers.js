/*
 * pickers.js — the portal's selection dialogs (frame-protocol.md §5): selectUser (mult false/true),
 * selectAccess and selectCRM, over the demo data read through the fake REST API with a host-side
 * token (user.get, department.get, crm.item.list). Reply shapes:
 *   selectUser           → {id, name, photo, position, url, sub, sup}   (docs: {id, name}; SDK adds the rest)
 *   selectUser mult:true → [ same ]
 *   selectAccess         → [{id: 'U1' | 'D3' | 'G2' | 'AU', name}]
 *   selectCRM            → {lead:[…], contact:[…], company:[…], deal:[…], quote:[…]} with entries
 *                          {id:'D_12', type, place, title, desc, url}; buckets as arrays, or index-keyed
 *                          objects when the "index-keyed CRM buckets" quirk is on (§10 item 8).
 * Closing without choosing resolves `undefined`: the caller sends no reply at all.
 */
import { h, clear, byId } from './dom.js';
import { rest } from './api.js';
import { settings } from './settings.js';
import { record } from './log.js';

/** CRM entity types the selector knows: name, entityTypeId, id prefix. */
const CRM_TYPES = [
  { type: 'lead', entityTypeId: 1, prefix: 'L' },
  { type: 'contact', entityTypeId: 3, prefix: 'C' },
  { type: 'company', entityTypeId: 4, prefix: 'CO' },
  { type: 'deal', entityTypeId: 2, prefix: 'D' },
  { type: 'quote', entityTypeId: 7, prefix: 'Q' },
];

let current = null;

/** The open picker: {kind, loaded, items:[{id, name, group}], multiple} or null. */
export function currentPicker() {
  if (!current) return null;
  return {
    kind: current.kind,
    multiple: current.multiple,
    loaded: current.loaded,
    error: current.error || null,
    items: current.items.map((i) => ({ id: i.id, name: i.name, group: i.group, blocked: !!i.blocked })),
  };
}

function fullName(u) {
  return [u.NAME, u.LAST_NAME].filter(Boolean).join(' ') || u.EMAIL || `User ${u.ID}`;
}

async function loadUsers() {
  const answer = await rest('user.get', { filter: { ACTIVE: true } });
  return (answer.result || []).map((u) => ({
    id: String(u.ID), name: fullName(u), group: 'Employees',
    value: { id: String(u.ID), name: fullName(u), photo: u.PERSONAL_PHOTO || '', position: u.WORK_POSITION || '', url: `/company/personal/user/${u.ID}/`, sub: false, sup: false },
  }));
}

async function loadAccess(blocked) {
  const users = await loadUsers();
  let departments = [];
  try {
    departments = ((await rest('department.get', {})).result || []).map((d) => ({ id: `D${d.ID}`, name: String(d.NAME), group: 'Departments' }));
  } catch (e) {
    departments = [];
  }
  const items = [
    { id: 'AU', name: 'All authorized users', group: 'Groups' },
    { id: 'G2', name: 'All employees', group: 'Groups' },
    ...departments,
    ...users.map((u) => ({ id: `U${u.id}`, name: u.name, group: 'Employees' })),
  ];
  const blockedSet = new Set((Array.isArray(blocked) ? blocked : []).map(String));
  return items.map((i) => ({ ...i, blocked: blockedSet.has(i.id), value: { id: i.id, name: i.name } }));
}

function crmTitle(item) {
  return item.title || [item.name, item.lastName].filter(Boolean).join(' ') || item.TITLE || `#${item.id}`;
}

async function loadCrm(args) {
  const wanted = Array.isArray(args.entityType) && args.entityType.length ? args.entityType.map((t) => String(t).toLowerCase()) : CRM_TYPES.map((t) => t.type);
  const types = CRM_TYPES.filter((t) => wanted.includes(t.type));
  const items = [];
  for (const t of types) {
    let rows = [];
    try {
      const answer = await rest('crm.item.list', { entityTypeId: t.entityTypeId, order: { id: 'DESC' } });
      rows = (answer.result && answer.result.items) || [];
    } catch (e) {
      rows = [];
    }
    for (const row of rows) {
      const id = `${t.prefix}_${row.id}`;
      items.push({
        id, name: crmTitle(row), group: t.type,
        value: { id, type: t.type, place: t.type, title: crmTitle(row), desc: row.opportunity ? `${row.opportunity} ${row.currencyId || ''}`.trim() : '', url: `/crm/${t.type}/details/${row.id}/` },
      });
    }
  }
  return { items, types: types.map((t) => t.type) };
}

/** Builds the reply payload for the chosen items. */
function payload(picker, chosen) {
  switch (picker.kind) {
    case 'user':
      return chosen.length ? chosen[0].value : undefined;
    case 'users':
      return chosen.map((i) => i.value);
    case 'access':
      return chosen.map((i) => i.value);
    case 'crm': {
      const result = {};
      for (const type of picker.crmTypes) {
        const bucket = chosen.filter((i) => i.group === type).map((i) => i.value);
        result[type] = settings.crmBucketsAsObjects ? Object.assign({}, bucket) : bucket;
      }
      return result;
    }
    default:
      return undefined;
  }
}

function close(result) {
  if (!current) return;
  const picker = current;
  current = null;
  picker.backdrop.remove();
  record('ui', { picker: picker.kind, result: result === undefined ? 'closed without choosing' : 'chosen' });
  picker.resolve(result);
}

function render(picker) {
  clear(picker.list);
  if (!picker.loaded) {
    picker.list.appendChild(h('div', { class: 'muted', text: 'Loading…' }));
    return;
  }
  if (picker.error) picker.list.appendChild(h('div', { class: 'notice alert', text: picker.error }));
  let group = null;
  for (const item of picker.items) {
    if (item.group !== group) {
      group = item.group;
      picker.list.appendChild(h('div', { class: 'pick-group', text: group }));
    }
    const selected = picker.selected.has(item.id);
    const row = h('div', {
      class: `pick-item${selected ? ' selected' : ''}${item.blocked ? ' blocked' : ''}`, role: 'option', 'aria-selected': String(selected), tabIndex: 0,
    }, h('span', { class: 'avatar', text: item.name.slice(0, 1).toUpperCase() }), h('span', { text: item.name }), h('span', { class: 'muted', text: item.id }));
    row.dataset.id = item.id;
    const toggle = () => {
      if (item.blocked) return;
      if (!picker.multiple) picker.selected.clear();
      if (selected) picker.selected.delete(item.id); else picker.selected.add(item.id);
      render(picker);
    };
    row.addEventListener('click', toggle);
    row.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
    picker.list.appendChild(row);
  }
}

/**
 * Opens a picker. kind: 'user' | 'users' | 'access' | 'crm'. Resolves with the reply payload, or
 * undefined when closed without choosing. Only one picker at a time (a new one cancels the old).
 */
export function openPicker(kind, args, layout) {
  if (current) close(undefined);
  return new Promise((resolve) => {
    const titles = { user: 'Select employee', users: 'Select employees', access: 'Access permissions', crm: 'Select CRM items' };
    const multiple = kind === 'users' || kind === 'access' || (kind === 'crm' && (args.multiple === true || args.multiple === 'Y'));
    const list = h('div', { class: 'dialog-body', role: 'listbox', 'aria-multiselectable': String(multiple) });
    const chooseButton = h('button', { class: 'btn primary', type: 'button', text: 'Select' });
    const cancelButton = h('button', { class: 'btn', type: 'button', text: 'Cancel' });
    const title = typeof args.title === 'string' && args.title ? args.title : titles[kind];
    const dialog = h('div', { class: 'dialog', role: 'dialog', 'aria-label': title },
      h('div', { class: 'dialog-head', text: title }), list, h('div', { class: 'dialog-foot' }, cancelButton, chooseButton));
    const backdrop = h('div', { class: 'dialog-backdrop' }, dialog);
    backdrop.dataset.picker = kind;
    const picker = { kind, args, multiple, list, backdrop, resolve, items: [], selected: new Set(), loaded: false, crmTypes: [], layout };
    current = picker;
    chooseButton.addEventListener('click', () => {
      const chosen = picker.items.filter((i) => picker.selected.has(i.id));
      close(payload(picker, chosen));
    });
    cancelButton.addEventListener('click', () => close(undefined));
    backdrop.addEventListener('click', (e) => { if (e.target === backdrop) close(undefined); });
    byId('dialogs').appendChild(backdrop);
    render(picker);
    const loading = kind === 'crm'
      ? loadCrm(args).then(({ items, types }) => { picker.crmTypes = types; return items; })
      : kind === 'access' ? loadAccess(args.value) : loadUsers();
    picker.ready = loading.then((items) => {
      picker.items = items;
    }).catch((error) => {
      picker.error = `Could not load the demo data: ${error.message}`;
    }).finally(() => {
      picker.loaded = true;
      if (current === picker) render(picker);
    });
  });
}

/**
 * Test hook: chooses the items with these ids in the open picker (waits for its data) and closes it
 * with the reply. Returns the payload sent to the app. Throws when no picker is open or an id is unknown.
 */
export async function choose(ids) {
  const picker = current;
  if (!picker) throw new Error('no picker is open');
  await picker.ready;
  const wanted = (Array.isArray(ids) ? ids : [ids]).map(String);
  const chosen = [];
  for (const id of wanted) {
    const item = picker.items.find((i) => i.id === id);
    if (!item) throw new Error(`no item ${id} in the ${picker.kind} picker (have: ${picker.items.slice(0, 12).map((i) => i.id).join(', ')}…)`);
    if (!item.blocked) chosen.push(item);
  }
  const result = payload(picker, picker.multiple ? chosen : chosen.slice(0, 1));
  close(result);
  return result;
}

/** Test hook: closes the open picker without choosing (the app gets no reply). */
export function cancelPicker() {
  close(undefined);
}

/** Resolves when the open picker has its data (immediately when none is open). */
export async function pickerReady() {
  if (current) await current.ready;
  return currentPicker();
}

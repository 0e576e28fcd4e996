/*
 * field-card.js — the fake CRM card around a USERFIELD_TYPE frame: the custom field inside a
 * record's card with the card's own View / Edit switch and, in edit mode, Save and Cancel, as the
 * portal's entity editor works (placements.md §4, frame-protocol.md §6):
 *   - the frame gets MODE=view|edit and VALUE = the value stored on the record (crm.item.get with
 *     useOriginalUfNames=Y, by FIELD_NAME); a field the record does not have (not added with
 *     userfieldconfig.add) shows a notice and keeps the options' VALUE;
 *   - the app's setValue only changes the card's pending value (layout.state.userfieldValue);
 *   - Save writes the pending value to the record (crm.item.update) and reopens the field in view
 *     mode; with MANDATORY=Y an empty value is refused, as the portal's editor does;
 *   - Cancel drops the pending value and reopens in view mode.
 * Everything from the app is shown with textContent. window.portal.fieldCard() reports the state.
 */
import { h } from './dom.js';
import { rest } from './api.js';
import { record } from './log.js';
import { onPlacementState } from './placement-commands.js';

/** entityTypeId of a user-field entity code (CRM_DEAL, CRM_1 for smart-process type 1 is not mapped here). */
const ENTITY_TYPES = { CRM_LEAD: 1, CRM_DEAL: 2, CRM_CONTACT: 3, CRM_COMPANY: 4, CRM_QUOTE: 7, CRM_SMART_INVOICE: 31 };

let last = { stored: undefined, saved: 0, error: null, mode: null };

/** The card's state for tests: {mode, stored, saved, error}. */
export function fieldCardState() {
  return JSON.parse(JSON.stringify(last));
}

function entityTypeOf(options) {
  const data = options.ENTITY_DATA && typeof options.ENTITY_DATA === 'object' ? options.ENTITY_DATA : null;
  if (data && Number(data.entityTypeId) > 0) return Number(data.entityTypeId);
  return ENTITY_TYPES[String(options.ENTITY_ID || '')] || 0;
}

const isEmpty = (v) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.every((x) => x === null || x === ''));

async function readStored(options) {
  const entityTypeId = entityTypeOf(options);
  const id = Number(options.ENTITY_VALUE_ID) || 0;
  if (!entityTypeId || !id) return { missing: 'no saved record (ENTITY_VALUE_ID 0): the value lives only in the form' };
  try {
    const item = (await rest('crm.item.get', { entityTypeId, id, useOriginalUfNames: 'Y' })).result.item || {};
    if (!Object.prototype.hasOwnProperty.call(item, options.FIELD_NAME)) {
      return { missing: `the record has no field ${options.FIELD_NAME}: add it with userfieldconfig.add` };
    }
    return { value: item[options.FIELD_NAME] };
  } catch (e) {
    return { missing: `the record could not be read (${e.message})` };
  }
}

/**
 * Builds the card into `card` (an element) around `container` (the frame's box). `reopen(options)`
 * opens the placement again with new options. Returns afterLoad(layout).
 */
export function fieldCard(card, container, code, options, reopen) {
  const mode = String(options.MODE || 'view') === 'edit' ? 'edit' : 'view';
  last = { ...last, mode, error: null };
  const stored = h('pre', { class: 'state-pre mono', dataset: { testid: 'field-stored' } });
  const pending = h('pre', { class: 'state-pre mono', dataset: { testid: 'field-pending' } });
  const notice = h('div', { class: 'notice', role: 'status' });
  const button = (text, cls, testid) => h('button', { class: `btn sm ${cls}`, type: 'button', text, dataset: { testid: testid } });
  const viewBtn = button('View', mode === 'view' ? 'primary' : 'secondary', 'field-view');
  const editBtn = button('Edit', mode === 'edit' ? 'primary' : 'secondary', 'field-edit');
  viewBtn.setAttribute('aria-pressed', String(mode === 'view'));
  editBtn.setAttribute('aria-pressed', String(mode === 'edit'));
  const save = button('Save', 'primary', 'field-save');
  const cancel = button('Cancel', 'secondary', 'field-cancel');
  const actions = h('div', { class: 'row' }, viewBtn, editBtn);
  if (mode === 'edit') actions.append(save, cancel);
  card.append(
    h('div', { class: 'field-row' }, h('div', { class: 'label', text: 'Title' }), h('div', { text: `Record #${options.ENTITY_VALUE_ID || 0}` })),
    h('div', { class: 'field-row' }, h('div', { class: 'label', text: String(options.FIELD_NAME || 'Custom field') + (options.MANDATORY === 'Y' ? ' *' : '') }), container),
    h('div', { class: 'field-row' }, h('div', { class: 'label', text: 'Card' }), actions),
    notice,
    h('div', { class: 'field-row' }, h('div', { class: 'label', text: 'Stored on the record' }), stored),
    h('div', { class: 'field-row' }, h('div', { class: 'label', text: 'Pending in the card (setValue)' }), pending),
  );
  let storedValue = options.VALUE === undefined ? null : options.VALUE;
  const show = (el, v) => { el.textContent = JSON.stringify(v === undefined ? null : v, null, 2); };
  show(stored, storedValue);
  readStored(options).then((r) => {
    if (r.missing) notice.textContent = r.missing;
    else storedValue = r.value;
    last.stored = storedValue;
    show(stored, storedValue);
  });
  const open = (nextMode, value) => reopen({ ...options, MODE: nextMode, VALUE: value === undefined ? null : value });
  viewBtn.addEventListener('click', () => open('view', storedValue));
  editBtn.addEventListener('click', () => open('edit', storedValue));
  cancel.addEventListener('click', () => open('view', storedValue));
  let layoutRef = null;
  save.addEventListener('click', async () => {
    const state = layoutRef ? layoutRef.state : {};
    const value = state.userfieldValue === undefined ? storedValue : state.userfieldValue;
    if (options.MANDATORY === 'Y' && isEmpty(value)) {
      last.error = `Field "${options.FIELD_NAME}" is required`;
      notice.textContent = last.error;
      record('ui', { fieldCard: 'refused', reason: 'mandatory' });
      return;
    }
    try {
      await rest('crm.item.update', { entityTypeId: entityTypeOf(options), id: Number(options.ENTITY_VALUE_ID) || 0, fields: { [options.FIELD_NAME]: value } });
      last.stored = value;
      record('ui', { fieldCard: 'saved', field: options.FIELD_NAME });
      await open('view', value);
      last.saved += 1;
    } catch (e) {
      last.error = e.message;
      notice.textContent = `The card could not be saved: ${e.message}`;
    }
  });
  return (layout) => {
    layoutRef = layout;
    const initial = options.VALUE === undefined ? null : options.VALUE;
    show(pending, layout.state.userfieldValue === undefined ? initial : layout.state.userfieldValue);
    onPlacementState((changed) => {
      if (changed === layout) show(pending, layout.state.userfieldValue === undefined ? initial : layout.state.userfieldValue);
    });
  };
}

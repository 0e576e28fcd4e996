/*
 * builtin-activity.js — the portal side of CRM_*_DETAIL_ACTIVITY with useBuiltInInterface=Y
 * (placements.md §4; https://apidocs.bitrix24.com/api-reference/widgets/crm/detail-activity-area.html):
 * the app's hidden frame sends a LayoutDto with setLayout, the host page draws it (text, link,
 * withTitle, lineOfBlocks, dropdownMenu, input, textarea, select, list, section) with the two
 * buttons, and answers the repeating bind*Callback callbacks when the user edits a field or presses
 * a button. lock/unlock disable the form, finish closes it ("the timeline returns to its default
 * tab"). Everything from the app is drawn with textContent.
 *
 * State (window.portal.state().builtIn, JSON only): {layout, locked, finished, commands: [names]}.
 * The callbacks themselves (reply functions) live in a WeakMap beside it.
 */
import { h, clear } from './dom.js';
import { record } from './log.js';

const callbacks = new WeakMap(); // layout → {kind: [{block, reply}]}
const BLOCK_TYPES = ['text', 'link', 'withTitle', 'lineOfBlocks', 'dropdownMenu', 'input', 'textarea', 'select', 'list', 'section'];
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function state(layout) {
  if (!layout.state.builtIn) layout.state.builtIn = { layout: null, locked: false, finished: false, commands: [] };
  return layout.state.builtIn;
}

function note(layout, command) {
  const s = state(layout);
  s.commands = s.commands.concat([command]).slice(-50);
}

/** Problems of a LayoutDto (empty: fine): blocks is a non-empty object of known block types. */
function layoutErrors(dto) {
  if (!isObject(dto) || !isObject(dto.blocks) || Object.keys(dto.blocks).length === 0) return ['blocks must be a non-empty object'];
  const errors = [];
  const check = (blocks, path) => {
    for (const [id, block] of Object.entries(blocks)) {
      if (!isObject(block) || !BLOCK_TYPES.includes(block.type)) errors.push(`${path}${id}: unknown block type`);
      else if (isObject(block.properties) && isObject(block.properties.blocks)) check(block.properties.blocks, `${path}${id}.`);
    }
  };
  check(dto.blocks, '');
  return errors;
}

function findBlock(blocks, id) {
  if (!isObject(blocks)) return null;
  if (isObject(blocks[id])) return blocks[id];
  for (const block of Object.values(blocks)) {
    const inner = isObject(block) && isObject(block.properties) ? findBlock(block.properties.blocks, id) : null;
    if (inner) return inner;
  }
  return null;
}

function bindCallback(kind) {
  return ({ layout, args, reply, changed }) => {
    const all = callbacks.get(layout) || {};
    all[kind] = (all[kind] || []).concat([{ block: typeof args === 'string' && args ? args : null, reply }]);
    callbacks.set(layout, all);
    note(layout, `bind:${kind}`);
    changed(layout);
  };
}

/** Answers the callbacks of `kind` (a value change answers those bound to all blocks or to `id`). */
export function fireBuiltIn(layout, kind, payload) {
  const list = (callbacks.get(layout) || {})[kind] || [];
  let n = 0;
  for (const c of list) {
    if (c.block && payload && payload.id !== c.block) continue;
    c.reply(payload === undefined ? {} : payload);
    n += 1;
  }
  record('ui', { layout: layout.label, builtIn: kind, payload: payload === undefined ? null : payload, callbacks: n });
  return n;
}

function buttonState(which) {
  return ({ layout, args, reply, changed }) => {
    const s = state(layout);
    if (!s.layout) {
      reply({ result: 'error', errors: ['setLayout was not called'] });
      return;
    }
    s.layout[which] = args === null ? null : { ...(s.layout[which] || {}), ...(isObject(args) ? args : {}) };
    note(layout, which === 'primaryButton' ? 'setPrimaryButtonState' : 'setSecondaryButtonState');
    changed(layout);
    reply({ result: 'success' });
  };
}

/** The handlers, merged into placement-commands.js's table. `changed` is passed in by it. */
export const builtInHandlers = {
  setLayout({ layout, args, reply, changed }) {
    const errors = layoutErrors(args);
    if (errors.length) {
      reply({ result: 'error', errors });
      return;
    }
    const s = state(layout);
    s.layout = JSON.parse(JSON.stringify(args));
    s.finished = false;
    note(layout, 'setLayout');
    changed(layout);
    reply({ result: 'success' });
  },
  setLayoutItemState({ layout, args, reply, changed }) {
    const s = state(layout);
    const a = isObject(args) ? args : {};
    const block = s.layout ? findBlock(s.layout.blocks, a.id) : null;
    if (!block) {
      reply({ result: 'error', errors: [`block ${String(a.id)} not found`] });
      return;
    }
    if (typeof a.visible === 'boolean') block.visible = a.visible;
    if (isObject(a.properties)) block.properties = { ...(block.properties || {}), ...a.properties };
    note(layout, 'setLayoutItemState');
    changed(layout);
    reply({ result: 'success' });
  },
  setPrimaryButtonState: buttonState('primaryButton'),
  setSecondaryButtonState: buttonState('secondaryButton'),
  bindLayoutEventCallback: bindCallback('layoutEvent'),
  bindValueChangeCallback: bindCallback('valueChange'),
  bindPrimaryButtonClickCallback: bindCallback('primaryClick'),
  bindSecondaryButtonClickCallback: bindCallback('secondaryClick'),
  bindEntityUpdateCallback: bindCallback('entityUpdate'),
  lock({ layout, reply, changed }) {
    state(layout).locked = true;
    note(layout, 'lock');
    changed(layout);
    reply();
  },
  unlock({ layout, reply, changed }) {
    state(layout).locked = false;
    note(layout, 'unlock');
    changed(layout);
    reply();
  },
  finish({ layout, reply, changed }) {
    const s = state(layout);
    s.finished = true;
    s.locked = false;
    note(layout, 'finish');
    changed(layout);
    reply();
  },
};

const SIZE = { xs: '11px', sm: '12px', md: '14px', lg: '16px', xl: '18px' };

function drawBlock(layout, id, block) {
  if (!isObject(block) || block.visible === false) return null;
  const p = isObject(block.properties) ? block.properties : {};
  const locked = state(layout).locked;
  const change = (value) => {
    // The portal keeps what the user typed; a redraw after the app's next command shows it again.
    p.value = value;
    p.selectedValue = value;
    fireBuiltIn(layout, 'valueChange', { id, value });
  };
  const field = (control) => h('label', { class: 'ba-field' }, p.title ? h('span', { class: 'ba-label', text: p.title }) : null, control,
    p.errorText ? h('span', { class: 'ba-error', role: 'alert', text: p.errorText }) : null);
  const options = (values, selected) => Object.entries(isObject(values) ? values : {}).map(([value, label]) => h('option', { value, text: label, selected: value === selected }));
  switch (block.type) {
    case 'text':
      return h('div', { class: `ba-text ba-${p.color || 'base_70'}`, dataset: { block: id }, style: { fontWeight: p.bold ? '600' : '', fontSize: SIZE[p.size] || '', whiteSpace: p.multiline ? 'pre-line' : '' }, text: p.value || '' });
    case 'link': {
      const a = h('button', { type: 'button', class: 'ba-link', dataset: { block: id }, text: p.text || '', disabled: locked });
      a.addEventListener('click', () => {
        const action = isObject(p.action) ? p.action : {};
        if (action.type === 'layoutEvent') fireBuiltIn(layout, 'layoutEvent', { id, value: action.value });
        else record('ui', { layout: layout.label, builtIn: 'link', action });
      });
      return a;
    }
    case 'withTitle':
      return h('div', { class: p.inline ? 'ba-with-title ba-inline' : 'ba-with-title', dataset: { block: id } }, h('span', { class: 'ba-label', text: p.title || '' }), drawBlock(layout, `${id}.block`, p.block));
    case 'lineOfBlocks':
      return h('div', { class: 'ba-line', dataset: { block: id } }, Object.entries(p.blocks || {}).map(([k, b]) => drawBlock(layout, k, b)));
    case 'list':
      return h('ul', { class: 'ba-list', dataset: { block: id } }, Object.entries(p.blocks || {}).map(([k, b]) => h('li', {}, drawBlock(layout, k, b))));
    case 'section':
      return h('section', { class: `ba-section ba-section-${p.type || 'default'}`, dataset: { block: id } }, Object.entries(p.blocks || {}).map(([k, b]) => drawBlock(layout, k, b)));
    case 'input':
    case 'textarea': {
      const control = h(block.type === 'input' ? 'input' : 'textarea', { class: 'ba-input', value: p.value || '', placeholder: p.placeholder || '', disabled: !!p.disabled || locked, dataset: { block: id } });
      control.addEventListener('input', () => change(control.value));
      return field(control);
    }
    case 'select':
    case 'dropdownMenu': {
      const control = h('select', { class: 'ba-input', disabled: !!p.disabled || locked, dataset: { block: id } }, options(p.values, p.selectedValue));
      control.addEventListener('change', () => change(control.value));
      return field(control);
    }
    default:
      return null;
  }
}

function drawButton(layout, which, kind) {
  const s = state(layout);
  const b = s.layout && s.layout[which];
  if (!isObject(b)) return null;
  const button = h('button', { type: 'button', class: which === 'primaryButton' ? 'btn primary sm' : 'btn secondary sm', text: b.title || '', disabled: b.state === 'disabled' || s.locked, dataset: { builtinButton: which } });
  button.addEventListener('click', () => fireBuiltIn(layout, kind, {}));
  return button;
}

/**
 * Draws the built-in interface of `layout` into `target` and redraws it on every change (inputs keep
 * their focus and value: a redraw only happens when the app changed the state, not on typing).
 */
export function renderBuiltIn(layout, target, onPlacementState) {
  const root = h('div', { class: 'ba-root', role: 'region', 'aria-label': 'Built-in activity interface' });
  target.append(h('div', { class: 'label-sm', text: 'Portal-drawn activity form (setLayout)' }), root);
  const draw = () => {
    const s = state(layout);
    const active = document.activeElement;
    const focused = active && root.contains(active) && active.dataset ? active.dataset.block : null;
    const caret = focused && typeof active.selectionStart === 'number' ? active.selectionStart : null;
    clear(root);
    const refocus = () => {
      const el = focused ? root.querySelector(`[data-block="${CSS.escape(focused)}"]`) : null;
      if (el && !el.disabled) {
        el.focus();
        if (caret !== null && typeof el.setSelectionRange === 'function') el.setSelectionRange(caret, caret);
      }
    };
    if (s.finished) {
      root.append(h('div', { class: 'notice', dataset: { builtinFinished: 'true' }, text: 'finish: the form closed, the timeline is back on its default tab.' }));
      return;
    }
    if (!s.layout) {
      root.append(h('div', { class: 'muted', text: 'Waiting for setLayout…' }));
      return;
    }
    root.dataset.locked = s.locked ? 'true' : 'false';
    root.append(
      h('div', { class: 'ba-blocks' }, Object.entries(s.layout.blocks || {}).map(([id, b]) => drawBlock(layout, id, b))),
      h('div', { class: 'row ba-buttons' }, drawButton(layout, 'primaryButton', 'primaryClick'), drawButton(layout, 'secondaryButton', 'secondaryClick')),
    );
    refocus();
  };
  draw();
  let last = JSON.stringify(state(layout));
  onPlacementState((changed) => {
    if (changed !== layout) return;
    const now = JSON.stringify(state(layout));
    if (now !== last) {
      last = now;
      draw();
    }
  });
  const update = h('button', { type: 'button', class: 'btn secondary sm', text: 'Save the card (fires bindEntityUpdateCallback)' });
  update.addEventListener('click', () => fireBuiltIn(layout, 'entityUpdate', {}));
  target.append(h('div', { class: 'row' }, update));
}

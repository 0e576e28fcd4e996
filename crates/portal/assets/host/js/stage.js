/*
 * stage.js — the fake portal page around the main app frame, sized like the real spot of the
 * placement (catalogue `presentation`, see catalogue.js presentationKind):
 *   workarea  full-width work area (main app page, calendar view, analytics)
 *   tab       a CRM/task card with the app as the active tab: full width, height from resizeWindow
 *   sidebar   a 360 px column next to the card
 *   slider    the frame opens in a side panel from the right (sliders.js)
 *   hidden    loaded but not displayed (background worker, search providers); a debug toggle shows it
 *   textarea  the messenger: app panel above the chat input, with the simulated textarea
 *   field     inline inside a custom field of a CRM card
 *   none      a deprecated placement the portal never renders (shown anyway, with a warning)
 * Everything from the app or the URL is rendered with textContent.
 */
import { h, clear, byId } from './dom.js';
import { onPlacementState, raiseCallCard } from './placement-commands.js';
import { isPlainGet } from './catalogue.js';
import { fieldCard } from './field-card.js';
import { renderBuiltIn } from './builtin-activity.js';

/** Initial frame heights per presentation (px); resizeWindow changes them. */
const INITIAL_HEIGHT = { workarea: 640, tab: 480, sidebar: 520, hidden: 0, textarea: 220, field: 90, none: 640 };

function skeleton(lines) {
  return Array.from({ length: lines }, (_, i) => h('div', { class: 'skeleton-line', style: { width: `${90 - (i % 3) * 17}%` } }));
}

function entityTitle(entry, options) {
  const id = options.ID || options.ENTITY_ID || options.taskId || options.TASK_ID || options.GROUP_ID || options.USER_ID || '';
  if (entry.crm_entity && entry.crm_entity.name) {
    const name = entry.crm_entity.name.startsWith('DYNAMIC') ? 'Smart process item' : entry.crm_entity.name.replace(/_/g, ' ').toLowerCase();
    return `${name.charAt(0).toUpperCase()}${name.slice(1)} #${id}`;
  }
  if (entry.code === 'CALL_CARD') return `Call ${options.PHONE_NUMBER || ''}`;
  if (entry.area === 'task') return `Task #${id}`;
  if (entry.area === 'sonet') return `Workgroup #${id}`;
  if (entry.area === 'user') return `User profile #${id}`;
  return entry.title || entry.code;
}

function frameContainer(kind) {
  const container = h('div', { class: 'app-frame-layout' });
  if (kind === 'hidden') container.classList.add('hidden-frame');
  else container.style.height = `${INITIAL_HEIGHT[kind] || 640}px`;
  return container;
}

/** Shows the simulated portal state of `layout` (JSON, text only) in `target`. */
function stateView(layout, target, pick) {
  const show = () => {
    target.textContent = JSON.stringify(pick(layout.state), null, 2);
  };
  show();
  onPlacementState((changed) => {
    if (changed === layout) show();
  });
}

/**
 * Renders the stage for a placement. Returns {container, kind, afterLoad(layout)}; for 'slider' the
 * container is null (the caller opens a placement slider instead).
 */
export function renderStage(entry, code, options, kind) {
  const stage = clear(byId('stage'));
  const warnings = [];
  if (entry.unknown) warnings.push(h('div', { class: 'notice warn', text: `${code} is not in the placement catalogue: loaded as a plain work-area frame with no placement commands or events.` }));
  if (entry.deprecated) warnings.push(h('div', { class: 'notice warn', text: `Deprecated: ${entry.deprecated}` }));
  if (isPlainGet(entry)) warnings.push(h('div', { class: 'notice warn', text: 'The portal opens this placement with a plain GET of the handler URL: no POST form, no tokens, no window.name identity, so BX24 cannot initialise. The app must recognise it from its own URL.' }));
  if (kind === 'none') warnings.push(h('div', { class: 'notice alert', text: 'The real portal never renders this placement; it is shown here only for testing.' }));
  stage.append(...warnings);
  let afterLoad = () => {};

  switch (kind) {
    case 'tab': {
      const container = frameContainer('tab');
      const appTab = entry.code === 'CALL_CARD' ? 'Application' : 'My application';
      stage.appendChild(h('div', { class: 'card' },
        h('div', { class: 'entity-head' }, h('h2', { text: entityTitle(entry, options) }), h('span', { class: 'badge', text: entry.area })),
        h('div', { class: 'tabs', role: 'tablist' },
          ['General', 'Products', 'History'].map((t) => h('div', { class: 'tab', role: 'tab', text: t })),
          h('div', { class: 'tab active', role: 'tab', 'aria-selected': 'true', text: appTab })),
        h('div', { class: 'card-body' }, container)));
      return { container, kind, afterLoad };
    }
    case 'sidebar': {
      const container = frameContainer('sidebar');
      stage.appendChild(h('div', { class: 'columns' },
        h('div', { class: 'main-column card' }, h('div', { class: 'card-head', text: entityTitle(entry, options) }), h('div', { class: 'card-body' }, skeleton(8))),
        h('div', { class: 'side-column card' }, h('div', { class: 'card-head', text: 'Applications' }), container)));
      return { container, kind, afterLoad };
    }
    case 'slider': {
      stage.appendChild(h('div', { class: 'card' }, h('div', { class: 'card-head', text: entityTitle(entry, options) }),
        h('div', { class: 'card-body' }, h('div', { class: 'notice', text: 'This placement opens in a slider over the page.' }), skeleton(6))));
      return { container: null, kind, afterLoad };
    }
    case 'hidden': {
      const container = frameContainer('hidden');
      const toggle = h('button', { class: 'btn sm', type: 'button', text: 'Show the hidden frame (debug)' });
      toggle.addEventListener('click', () => {
        container.classList.toggle('debug-visible');
        toggle.textContent = container.classList.contains('debug-visible') ? 'Hide the frame again' : 'Show the hidden frame (debug)';
      });
      const extra = h('div', { class: 'stack' });
      stage.appendChild(h('div', { class: 'card' }, h('div', { class: 'card-head', text: 'Hidden frame' }),
        h('div', { class: 'card-body stack' },
          h('div', { class: 'muted', text: 'The portal loads this placement in a frame that is not displayed; the app must render nothing and only run logic.' }),
          h('div', { class: 'row' }, toggle), extra, container)));
      afterLoad = (layout) => hiddenExtras(entry, layout, extra);
      return { container, kind, afterLoad };
    }
    case 'textarea': {
      const container = frameContainer('textarea');
      const area = h('textarea', { class: 'im-textarea', id: 'im-textarea', placeholder: 'Type a message…', 'aria-label': 'Message' });
      const send = h('button', { class: 'btn primary sm', type: 'button', text: 'Send' });
      const chat = h('div', { class: 'chat' },
        h('div', { class: 'bubble', text: 'Hi! Could you send me the offer?' }),
        h('div', { class: 'bubble mine', text: 'Sure, one moment.' }));
      send.addEventListener('click', () => {
        if (!area.value.trim()) return;
        chat.appendChild(h('div', { class: 'bubble mine', text: area.value }));
        area.value = '';
      });
      stage.appendChild(h('div', { class: 'card' }, h('div', { class: 'card-head', text: `Chat ${options.dialogId || ''}` }),
        h('div', { class: 'card-body stack' }, chat, h('div', { class: 'label-sm', text: 'Application panel' }), container, area, h('div', { class: 'row' }, send))));
      return { container, kind, afterLoad };
    }
    case 'field': {
      const container = frameContainer('field');
      const card = h('div', { class: 'card', dataset: { testid: 'field-card' } }, h('div', { class: 'card-head', text: entityTitle(entry, { ID: options.ENTITY_VALUE_ID }) }));
      stage.appendChild(card);
      afterLoad = fieldCard(card, container, code, options, (next) => window.portal.open({ placement: code, options: next }));
      return { container, kind, afterLoad };
    }
    default: {
      const container = frameContainer(kind);
      stage.appendChild(h('div', { class: 'card' }, h('div', { class: 'card-body' }, container)));
      return { container, kind, afterLoad };
    }
  }
}

/** Extra host UI for hidden frames: the WebRTC call-card simulator, CRM search results. */
function hiddenExtras(entry, layout, target) {
  clear(target);
  if (entry.code === 'PAGE_BACKGROUND_WORKER') {
    const view = h('pre', { class: 'state-pre mono' });
    const raise = h('button', { class: 'btn secondary sm', type: 'button', text: 'Raise a call card (telephony.externalCall.register)' });
    raise.addEventListener('click', () => raiseCallCard(layout));
    target.append(h('div', { class: 'label-sm', text: 'Simulated call card' }), h('div', { class: 'row' }, raise), view);
    stateView(layout, view, (s) => s.callCard || 'no call card yet: CallCard* commands answer "Call card is undefined"');
  } else if (/_DETAIL_ACTIVITY$/.test(entry.code)) {
    renderBuiltIn(layout, target, onPlacementState);
  } else if (/SEARCH|AUTOCOMPLETE/.test(entry.code)) {
    const view = h('pre', { class: 'state-pre mono' });
    const options = h('ul', { class: 'search-options', 'aria-label': 'Options the portal offers' });
    // The portal's drop-down: each option the app reported, picking one fires onCrmEntityIsNeedToCreate.
    const drawOptions = () => {
      clear(options);
      for (const option of Array.isArray(layout.state.found) ? layout.state.found : []) {
        const pick = h('button', { type: 'button', class: 'btn secondary sm', text: String(option && option.name !== undefined ? option.name : ''), dataset: { foundId: String(option && option.id !== undefined ? option.id : '') } });
        pick.addEventListener('click', () => layout.fire('onCrmEntityIsNeedToCreate', { appSid: layout.sid, data: option }));
        options.append(h('li', {}, pick));
      }
    };
    drawOptions();
    onPlacementState((changed) => {
      if (changed === layout) drawOptions();
    });
    target.append(h('div', { class: 'label-sm', text: 'Results the portal shows (crmShowFoundEntities / crmShowCreatedEntity)' }), options, view);
    stateView(layout, view, (s) => ({ found: s.found || [], created: s.created || null }));
  }
}

/*
 * placement-commands.js — the placement-specific parent commands (frame-protocol.md §6,
 * placements.md §4) with the portal-side state they act on:
 *   USERFIELD_TYPE   setValue (args are the value itself) / getValue
 *   CRM_*            reloadData → callback without args
 *   CALL_CARD        getStatus (typed ints/bools from PLACEMENT_OPTIONS), disable/enableAutoClose
 *   CALENDAR_GRIDVIEW getEvents / viewEvent / addEvent / editEvent / deleteEvent
 *   PAGE_BACKGROUND_WORKER  CallCard* (error "Call card is undefined" until a card is raised)
 *   BIZPROC robot    setPropertyValue;  LANDING_BLOCK_*  refreshBlock
 *   IM_*             object messages im:getImTextareaContent / im:setImTextareaContent (simulated textarea)
 *   CRM search       crmShowFoundEntities / crmShowCreatedEntity
 * Any other catalogued command (timeline activity layout, external catalog, showHelper, ...) is
 * recorded and answered with no payload. Only commands the placement's catalogue entry lists get
 * here (protocol.js). Also: default event payloads for the events panel and the call-card simulator.
 */
import { toast } from './dom.js';
import { record } from './log.js';
import { rest } from './api.js';
import { calendarHandlers } from './calendar-view.js';
import { builtInHandlers } from './builtin-activity.js';

/** UI states accepted by CallCardSetUiState (placements.md §4). */
export const UI_STATES = ['incoming', 'transferIncoming', 'outgoing', 'connectingIncoming', 'connectingOutgoing', 'connected',
  'transferring', 'transferFailed', 'transferConnected', 'error', 'moneyError', 'redial'];

const listeners = new Set();

/** Subscribe to changes of any layout's simulated placement state. */
export function onPlacementState(fn) {
  listeners.add(fn);
}

function changed(layout) {
  for (const fn of listeners) fn(layout);
}

/** Tells the listeners that `layout`'s portal-side state (or its bound events) changed. */
export function placementStateChanged(layout) {
  changed(layout);
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const toInt = (v) => {
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : 0;
};

/** CALL_CARD getStatus: the options typed (ints, bool), CRM_ACTIVITY_ID only when numeric (placements.md §5.6). */
export function callStatus(layout) {
  const o = layout.options || {};
  const status = {
    CALL_ID: String(o.CALL_ID || ''),
    LINE_NUMBER: String(o.LINE_NUMBER || ''),
    LINE_NAME: String(o.LINE_NAME || o.LINE_NUMBER || ''),
    CRM_ENTITY_TYPE: String(o.CRM_ENTITY_TYPE || ''),
    CRM_ENTITY_ID: toInt(o.CRM_ENTITY_ID),
    CALL_DIRECTION: String(o.CALL_DIRECTION || ''),
    CALL_STATE: String(layout.state.callState || o.CALL_STATE || ''),
    CALL_LIST_MODE: o.CALL_LIST_MODE === true || o.CALL_LIST_MODE === 'true',
  };
  if (o.PHONE_NUMBER !== undefined) status.PHONE_NUMBER = String(o.PHONE_NUMBER);
  if (/^\d+$/.test(String(o.CRM_ACTIVITY_ID || ''))) status.CRM_ACTIVITY_ID = toInt(o.CRM_ACTIVITY_ID);
  let bindings = o.CRM_BINDINGS;
  if (typeof bindings === 'string') {
    try {
      bindings = JSON.parse(bindings);
    } catch (e) {
      bindings = [];
    }
  }
  status.CRM_BINDINGS = (Array.isArray(bindings) ? bindings : []).map((b) => ({ ENTITY_TYPE: String(b.ENTITY_TYPE || ''), ENTITY_ID: toInt(b.ENTITY_ID) }));
  return status;
}

/** The simulated WebRTC call card of PAGE_BACKGROUND_WORKER, once raised. */
function card(layout) {
  return layout.state.callCard || null;
}

const CARD_UNDEFINED = [{ result: 'error', errorCode: 'Call card is undefined' }];

function cardCommand(apply, { answerOnSuccess = true } = {}) {
  return ({ layout, args, reply }) => {
    const c = card(layout);
    if (!c) {
      reply(CARD_UNDEFINED);
      return;
    }
    const error = apply(c, isObject(args) ? args : {});
    if (error) {
      reply([{ result: 'error', errorCode: error }]);
      return;
    }
    changed(layout);
    if (answerOnSuccess) reply();
  };
}

/**
 * Raises a call card in a PAGE_BACKGROUND_WORKER layout, as the portal does once the app's softphone
 * registered an incoming call: the call is registered in the store (telephony.externalcall.register,
 * so the app can finish it with telephony.externalcall.finish), then `…::initialized` fires with it.
 * Falls back to an unregistered card when the REST call fails.
 */
export async function raiseCallCard(layout, fields = {}) {
  const phone = fields.PHONE_NUMBER || '+4930123456';
  let callId = fields.CALL_ID || '';
  let entityType = 'CONTACT';
  let entityId = 1;
  if (!callId) {
    try {
      const reg = await rest('telephony.externalcall.register', { USER_ID: 1, PHONE_NUMBER: phone, TYPE: 2, CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 1, SHOW: 1 });
      callId = reg.result.CALL_ID;
      entityType = reg.result.CRM_ENTITY_TYPE || '';
      entityId = Number(reg.result.CRM_ENTITY_ID) || 0;
    } catch (error) {
      record('note', { layout: layout.label, register: String(error && error.message ? error.message : error) });
      callId = `externalCall.${Date.now()}`;
    }
  }
  layout.state.callCard = {
    CALL_ID: callId,
    PHONE_NUMBER: phone,
    title: '', statusText: '', uiState: 'incoming', muted: false, held: false, timer: false, closed: false,
  };
  changed(layout);
  const c = layout.state.callCard;
  layout.fire('BackgroundCallCard::initialized', {
    CALL_ID: c.CALL_ID, PHONE_NUMBER: c.PHONE_NUMBER, LINE_NUMBER: '', LINE_NAME: '', CRM_ENTITY_TYPE: entityType, CRM_ENTITY_ID: entityId,
    CRM_BINDINGS: entityId ? [{ ENTITY_TYPE: entityType, ENTITY_ID: entityId }] : [], CALL_DIRECTION: 'incoming', CALL_STATE: 'connecting', CALL_LIST_MODE: false,
  });
  return c;
}

function answerEmpty(label) {
  return ({ layout, args, reply }) => {
    record('ui', { layout: layout.label, placementCommand: label, args });
    toast(label, typeof args === 'object' ? JSON.stringify(args).slice(0, 120) : String(args));
    reply();
  };
}

function textarea() {
  return document.getElementById('im-textarea');
}

const handlers = {
  // USERFIELD_TYPE (S3c): setValue's args are the value itself; reply empty. getValue → the value.
  setValue({ layout, args, reply }) {
    layout.state.userfieldValue = args;
    changed(layout);
    reply();
  },
  getValue({ layout, reply }) {
    const initial = layout.options && layout.options.VALUE !== undefined ? layout.options.VALUE : null;
    reply(layout.state.userfieldValue === undefined ? initial : layout.state.userfieldValue);
  },

  // CRM detail tab / activity / list menu
  reloadData({ layout, reply }) {
    layout.state.reloads = (layout.state.reloads || 0) + 1;
    changed(layout);
    toast('CRM', 'The card / list reloads its data (reloadData).');
    reply();
  },

  // CALL_CARD
  getStatus({ layout, reply }) {
    reply(callStatus(layout));
  },
  disableAutoClose({ layout, reply }) {
    layout.state.autoClose = false;
    changed(layout);
    reply();
  },
  enableAutoClose({ layout, reply }) {
    layout.state.autoClose = true;
    changed(layout);
    reply();
  },

  // CALENDAR_GRIDVIEW: getEvents / viewEvent / addEvent / editEvent / deleteEvent on the calendar store
  ...calendarHandlers((layout) => changed(layout)),

  // PAGE_BACKGROUND_WORKER: WebRTC call card driven by the app
  CallCardSetMute: cardCommand((c, a) => { c.muted = !!a.muted; }),
  CallCardSetHold: cardCommand((c, a) => { c.held = !!a.held; }),
  CallCardSetUiState: cardCommand((c, a) => {
    if (!UI_STATES.includes(a.uiState)) return 'Invalid ui state';
    c.uiState = a.uiState;
    if (!a.disableAutoStartTimer && a.uiState === 'connected') c.timer = true;
    return null;
  }),
  CallCardGetListUiStates({ reply }) {
    reply(UI_STATES.slice());
  },
  CallCardSetCardTitle: cardCommand((c, a) => { c.title = String(a.title || ''); }),
  CallCardSetStatusText: cardCommand((c, a) => { c.statusText = String(a.statusText || ''); }),
  CallCardStartTimer: cardCommand((c) => { c.timer = true; }, { answerOnSuccess: false }),
  CallCardStopTimer: cardCommand((c) => { c.timer = false; }, { answerOnSuccess: false }),
  CallCardClose: cardCommand((c) => { c.closed = true; }),

  // BIZPROC_ACTIVITY_PROPERTIES_DIALOG
  setPropertyValue({ layout, args, reply }) {
    layout.state.robotValues = { ...(layout.state.robotValues || {}), ...(isObject(args) ? args : {}) };
    changed(layout);
    reply();
  },

  // LANDING_BLOCK_*
  refreshBlock({ layout, args, reply }) {
    layout.state.refreshedBlocks = (layout.state.refreshedBlocks || 0) + 1;
    changed(layout);
    toast('Sites', `Block ${isObject(args) ? args.id : ''} reloads`);
    setTimeout(() => reply(), 300); // "callback after the block reloads"
  },

  // IM textarea (object messages; requestId required, else silently dropped)
  'im:getImTextareaContent'({ layout, args, reply }) {
    const requestId = isObject(args) ? args.requestId : undefined;
    const area = textarea();
    if (!requestId || !area) {
      record('drop', { layout: layout.label, reason: requestId ? 'no textarea here' : 'no requestId', command: 'im:getImTextareaContent' });
      return;
    }
    reply({ requestId, text: area.value });
  },
  'im:setImTextareaContent'({ layout, args, reply }) {
    const a = isObject(args) ? args : {};
    const area = textarea();
    if (!a.requestId || !area) {
      record('drop', { layout: layout.label, reason: a.requestId ? 'no textarea here' : 'no requestId', command: 'im:setImTextareaContent' });
      return;
    }
    if (typeof a.text !== 'string') {
      reply({ requestId: a.requestId, message: 'text must be a string' });
      return;
    }
    const text = a.withNewLine && !a.replace && area.value ? `\n${a.text}` : a.text;
    area.value = a.replace ? text : area.value + text;
    reply({ requestId: a.requestId, success: true });
  },

  // CRM client search / requisite autocomplete
  crmShowFoundEntities({ layout, args, reply }) {
    layout.state.found = isObject(args) && Array.isArray(args.data) ? args.data : [];
    changed(layout);
    reply();
  },
  crmShowCreatedEntity({ layout, args, reply }) {
    layout.state.created = isObject(args) ? args : null;
    changed(layout);
    reply();
  },
};

/**
 * Other names for catalogued commands: the other reading of §10 item 9 (S1's test sends
 * `im:setTextareaContent`). Accepted wherever the canonical name is.
 */
export const COMMAND_ALIASES = {
  'im:getTextareaContent': 'im:getImTextareaContent',
  'im:setTextareaContent': 'im:setImTextareaContent',
};

/** The catalogue's name for `command` (resolves COMMAND_ALIASES). */
export function canonicalCommand(command) {
  return Object.prototype.hasOwnProperty.call(COMMAND_ALIASES, command) ? COMMAND_ALIASES[command] : command;
}

/** The handler for a catalogued placement command. */
export function placementCommand(layout, command) {
  const canonical = canonicalCommand(command);
  if (Object.prototype.hasOwnProperty.call(builtInHandlers, canonical)) {
    return (ctx) => builtInHandlers[canonical]({ ...ctx, changed });
  }
  if (Object.prototype.hasOwnProperty.call(handlers, canonical)) return handlers[canonical];
  return ({ layout: l, args, reply }) => {
    l.state.calls = (l.state.calls || []).concat([{ command, args }]).slice(-20);
    changed(l);
    record('ui', { layout: l.label, placementCommand: command, args, note: 'no portal behaviour simulated; answered without payload' });
    reply();
  };
}

/** A sensible default payload for firing `event` (editable in the events panel). */
export function defaultEventPayload(layout, event) {
  const o = layout.options || {};
  const defaults = {
    'CallCard::EntityChanged': { PHONE_NUMBER: o.PHONE_NUMBER || '+4930123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: '1' },
    'CallCard::BeforeClose': {},
    'CallCard::CallStateChanged': 'connected',
    'Calendar.customView:adjustToDate': o.viewRangeFrom || '2026-08-15',
    'BackgroundCallCard::initialized': layout.placement === 'PAGE_BACKGROUND_WORKER' ? callStatus({ options: { CALL_ID: 'externalCall.1', PHONE_NUMBER: '+4930123456', CALL_DIRECTION: 'incoming', CALL_STATE: 'connecting' }, state: {} }) : {},
    'BackgroundCallCard::addCommentButtonClick': 'Call back tomorrow',
    'BackgroundCallCard::dialpadButtonClick': '5',
    'BackgroundCallCard::qualityMeterClick': 'good',
    'BackgroundCallCard::muteButtonClick': true,
    'BackgroundCallCard::holdButtonClick': true,
    'BackgroundCallCard::entityChanged': { PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 1 },
    'BackgroundCallCard::transferButtonClick': { phoneNumber: '+4930654321', target: 'user' },
    onCrmEntityIsNeedToCreate: { appSid: layout.sid, data: Array.isArray(layout.state.found) && layout.state.found.length ? layout.state.found[0] : { searchQuery: o.searchQuery || 'Acme', entityTypeName: o.entityTypeName || 'COMPANY' } },
  };
  return Object.prototype.hasOwnProperty.call(defaults, event) ? defaults[event] : {};
}

/** Notes the portal-side effect of an event the host fires (CallStateChanged updates CALL_STATE). */
export function afterEventFired(layout, event, payload) {
  if (event === 'CallCard::CallStateChanged' && typeof payload === 'string') {
    layout.state.callState = payload;
    changed(layout);
  }
}

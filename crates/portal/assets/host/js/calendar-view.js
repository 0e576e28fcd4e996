/*
 * calendar-view.js — the portal side of CALENDAR_GRIDVIEW (placements.md §4), on the emulator's
 * calendar store through its REST API, the way the portal's calendar (CustomView) answers:
 *   getEvents {dateFrom, dateTo, entries}  sets the displayed range; answers the range's entries with UID
 *   viewEvent {id|uid, dateFrom?}           opens the event card; {result: found}
 *   addEvent {}                             the new-event form; the simulated form saves at once
 *                                           ("New event", the first displayed day 10:00–11:00); {result: true}
 *   editEvent {id|uid, dateFrom?}           the edit form; the simulated form renames it "… (edited)"; {result: found}
 *   deleteEvent {id|uid, dateFrom?}         deletes it; answers with no payload
 * After a change the calendar redraws its entries, which fires Calendar.customView:refreshEntries {}.
 * layout.state.calendar records what the portal side saw, for tests: {range, viewed, added, edited, deleted}.
 */
import { rest } from './api.js';
import { toast } from './dom.js';
import { record } from './log.js';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The calendar whose events the view shows, from the page URI (placement::path rules). */
export function calendarOwner(layout) {
  const uri = String((layout.options || {}).URI || '');
  let m = uri.match(/\/company\/personal\/user\/(\d+)\/calendar\//);
  if (m) return { type: 'user', ownerId: Number(m[1]) };
  m = uri.match(/\/workgroups\/group\/(\d+)\/calendar\//);
  if (m) return { type: 'group', ownerId: Number(m[1]) };
  if (/^\/calendar\//.test(uri)) return { type: 'company_calendar', ownerId: 0 };
  return { type: 'user', ownerId: 1 };
}

function state(layout) {
  if (!layout.state.calendar) layout.state.calendar = { range: null, viewed: [], added: [], edited: [], deleted: [] };
  return layout.state.calendar;
}

/** `id|date` → id; `{id}` → id. */
function eventId(args) {
  if (!isObject(args)) return null;
  const raw = args.uid !== undefined ? String(args.uid).split('|')[0] : args.id;
  const id = parseInt(raw, 10);
  return Number.isFinite(id) && id > 0 ? id : null;
}

async function entries(layout, from, to) {
  const owner = calendarOwner(layout);
  const answer = await rest('calendar.event.get', { ...owner, from, to });
  return (answer.result || []).map((e) => ({ ...e, UID: e.RRULE ? `${e.ID}|${String(e.DATE_FROM).split(' ')[0]}` : String(e.ID) }));
}

async function find(layout, id) {
  const range = state(layout).range || { dateFrom: layout.options.viewRangeFrom, dateTo: layout.options.viewRangeTo };
  return (await entries(layout, range.dateFrom, range.dateTo)).find((e) => Number(e.ID) === id) || null;
}

function refresh(layout, changed) {
  changed(layout);
  layout.fire('Calendar.customView:refreshEntries', {});
}

/** A store failure is logged and shown; the command gets no answer (as a portal form that failed). */
function safe(handlers) {
  return Object.fromEntries(Object.entries(handlers).map(([name, fn]) => [name, async (call) => {
    try {
      await fn(call);
    } catch (e) {
      record('note', { layout: call.layout.label, command: name, error: String(e) });
      toast(`Calendar: ${name} failed`, String(e));
    }
  }]));
}

/** The CALENDAR_GRIDVIEW command handlers; `changed(layout)` tells the host page's panels. */
export function calendarHandlers(changed) {
  return safe({
    async getEvents({ layout, args, reply }) {
      const a = isObject(args) ? args : {};
      state(layout).range = { dateFrom: String(a.dateFrom || ''), dateTo: String(a.dateTo || '') };
      changed(layout);
      try {
        reply(await entries(layout, a.dateFrom, a.dateTo));
      } catch (e) {
        record('note', { layout: layout.label, command: 'getEvents', error: String(e) });
        reply([]);
      }
    },
    async viewEvent({ layout, args, reply }) {
      const id = eventId(args);
      const entry = id ? await find(layout, id) : null;
      if (entry) {
        state(layout).viewed.push(id);
        changed(layout);
        toast('Calendar: event card', entry.NAME);
      }
      reply({ result: !!entry });
    },
    async addEvent({ layout, reply }) {
      const owner = calendarOwner(layout);
      const day = (state(layout).range || {}).dateFrom || layout.options.viewRangeFrom;
      const answer = await rest('calendar.event.add', {
        ...owner, name: 'New event', from: `${day} 10:00:00`, to: `${day} 11:00:00`, section: 100 + owner.ownerId,
      });
      state(layout).added.push(answer.result);
      toast('Calendar: new event form', 'Saved as "New event"');
      reply({ result: true });
      refresh(layout, changed);
    },
    async editEvent({ layout, args, reply }) {
      const id = eventId(args);
      const entry = id ? await find(layout, id) : null;
      if (!entry) {
        reply({ result: false });
        return;
      }
      await rest('calendar.event.update', { ...calendarOwner(layout), id, name: `${entry.NAME} (edited)` });
      state(layout).edited.push(id);
      toast('Calendar: edit form', `Saved as "${entry.NAME} (edited)"`);
      reply({ result: true });
      refresh(layout, changed);
    },
    async deleteEvent({ layout, args, reply }) {
      const id = eventId(args);
      const entry = id ? await find(layout, id) : null;
      if (entry) {
        await rest('calendar.event.delete', { id });
        state(layout).deleted.push(id);
        toast('Calendar: event deleted', entry.NAME);
      }
      reply();
      if (entry) refresh(layout, changed);
    },
  });
}

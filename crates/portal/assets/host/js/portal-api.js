/*
 * portal-api.js — `window.portal`, the host page's API for tests and for poking around in the
 * console (frame-protocol.md §12 step 12: "hooks to fire placement events and to close simulated
 * sliders/dialogs"). Everything returns plain data (JSON-serialisable) so Playwright's
 * page.evaluate can pass it back.
 */
import { api } from './api.js';
import { byId } from './dom.js';
import { settings, updateSettings } from './settings.js';
import { localEntries, flushed } from './log.js';
import { liveLayouts } from './protocol.js';
import { sliderList, topSlider, closeSlider } from './sliders.js';
import { choose, cancelPicker, currentPicker, pickerReady } from './pickers.js';
import { raiseCallCard } from './placement-commands.js';
import { fieldCardState } from './field-card.js';

function describeLayout(layout) {
  const bound = {};
  for (const [event, ids] of layout.bound.entries()) bound[event] = ids.length;
  return {
    label: layout.label, sid: layout.sid, placement: layout.placement, options: layout.options, kind: layout.kind,
    inSlider: layout.inSlider, appUrl: layout.appUrl, appOrigin: layout.appOrigin, loads: layout.loads, bound,
  };
}

/** Installs window.portal. `ctx`: {current(), openPlacement(o), reload(), fireEvent(name, payload), pickerCodes(), refreshRegistrations()}. */
export function installPortalApi(ctx) {
  const main = () => {
    const c = ctx.current();
    return c ? c.layout : null;
  };
  window.portal = {
    /** Resolves true once the page booted and the first placement's form was posted. */
    ready() {
      return window.portalBoot.then(() => true);
    },
    /** Opens a placement: {placement, options, app, lang, theme, admin, install, firstRun, deny}. Resolves after the form was posted. */
    async open(o = {}) {
      const patch = {};
      for (const key of ['lang', 'theme', 'admin', 'install', 'firstRun']) if (o[key] !== undefined) patch[key] = o[key];
      if (o.deny) patch.denyMode = o.deny;
      if (o.crmBucketsAsObjects !== undefined) patch.crmBucketsAsObjects = !!o.crmBucketsAsObjects;
      updateSettings(patch);
      const layout = await ctx.openPlacement({ code: o.placement, options: o.options, appUrl: o.app });
      return describeLayout(layout);
    },
    /** Reloads the main frame (new APP_SID and tokens). */
    async reload() {
      return describeLayout(await ctx.reload());
    },
    /** The main layout: {label, sid, placement, options, kind, inSlider, appUrl, appOrigin, loads, bound}. */
    placement() {
      const layout = main();
      return layout ? describeLayout(layout) : null;
    },
    /** Every live layout (main and slider frames). */
    layouts() {
      return liveLayouts().map(describeLayout);
    },
    /** The codes the placement picker offers now (all, or only what the app bound and DEFAULT). */
    pickerCodes() {
      return ctx.pickerCodes();
    },
    /** Re-reads the install flag and the app's registrations; resolves with the registered codes. */
    refreshRegistrations() {
      return ctx.refreshRegistrations();
    },
    /** Fires a placement event on the main frame; returns how many bound callbacks got it. */
    fireEvent(name, payload = {}) {
      return ctx.fireEvent(name, payload);
    },
    /** Event name → number of placementBindEvent callbacks of the main frame. */
    boundEvents() {
      const layout = main();
      return layout ? describeLayout(layout).bound : {};
    },
    /** Open sliders, bottom first. */
    sliders() {
      return sliderList();
    },
    /** Closes the top slider (as the user would). Resolves true when one was open. */
    async closeSlider() {
      const top = topSlider();
      if (!top) return false;
      await closeSlider(top, 'portal.closeSlider');
      return true;
    },
    /** The open picker dialog (kind, items, ...) or null. */
    picker() {
      return currentPicker();
    },
    /** Waits for the open picker's data; returns it (null when none is open). */
    pickerReady() {
      return pickerReady();
    },
    /** Chooses these item ids in the open picker and replies to the app; returns the payload. */
    choose(ids) {
      return choose(ids);
    },
    /** Closes the open picker without choosing (the app gets no reply). */
    cancelPicker() {
      cancelPicker();
    },
    /** The page's protocol log (frame, reply, drop, event, ui, note), optionally one kind. */
    log(kind) {
      return localEntries(kind);
    },
    /** Resolves when every log entry so far reached the server log. */
    async flushLog() {
      await flushed();
      return true;
    },
    /** Server log entries (REST calls included) after `since`. */
    serverLog(since = 0) {
      return api.log(since);
    },
    /** Measured size of the main frame's container. */
    frameSize() {
      const layout = main();
      return layout ? { width: layout.container.offsetWidth, height: layout.container.offsetHeight } : null;
    },
    /** The page title (setTitle of the main frame). */
    title() {
      return byId('pagetitle').textContent;
    },
    /** The main frame's simulated placement state (user field value, call card, ...). */
    state() {
      const layout = main();
      return layout ? JSON.parse(JSON.stringify(layout.state)) : null;
    },
    /** The fake CRM card around a USERFIELD_TYPE frame: {mode, stored, saved, error} (field-card.js). */
    fieldCard() {
      return fieldCardState();
    },
    /** Current switches (lang, theme, admin, install, firstRun, denyMode, ...). */
    settings() {
      return { ...settings };
    },
    /** Changes switches (same keys as settings()); frame-visible ones apply from the next load. */
    set(patch) {
      updateSettings(patch);
      return { ...settings };
    },
    /** PAGE_BACKGROUND_WORKER: registers a call, raises its card and fires BackgroundCallCard::initialized. */
    async raiseCallCard(fields = {}) {
      const layout = main();
      return layout ? { ...(await raiseCallCard(layout, fields)) } : null;
    },
    /** Reads (and with an argument, sets) the simulated messenger textarea. */
    textarea(value) {
      const area = byId('im-textarea');
      if (!area) return null;
      if (value !== undefined) area.value = String(value);
      return area.value;
    },
    /** Makes every issued access token expire now. */
    expireTokens() {
      return api.expireTokens();
    },
    /** Merges `patch` into the fault configuration; returns the new one. */
    async setFaults(patch) {
      const config = await api.faults();
      return api.setFaults({ ...config, ...patch });
    },
  };
  window.dispatchEvent(new CustomEvent('portal:ready'));
}

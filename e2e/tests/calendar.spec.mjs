// CALENDAR_GRIDVIEW: the custom view draws the portal's range from the calendar store, tells the
// portal its range (getEvents), opens, adds, edits and deletes events through the calendar's
// commands (the store changes), and follows Calendar.customView:* events. Light and dark.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, rest, portalState, THEMES } from '../collab.mjs';

test.describe.configure({ mode: 'serial' });

test.beforeEach(() => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
});

const day = (offset) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

for (const theme of THEMES) {
  test(`CALENDAR_GRIDVIEW (${theme}): draws the range and drives the portal's calendar`, async ({ page }) => {
    const [from, to] = [day(-7), day(14)];
    const frame = await openApp(page, 'CALENDAR_GRIDVIEW', { viewRangeFrom: from, viewRangeTo: to, URI: '/calendar/' }, theme);
    expect(await frame.getAttribute('[data-family]', 'data-family')).toBe('calendar');
    const events = (await rest(page, 'calendar.event.get', { type: 'company_calendar', ownerId: 0, from, to })).result;
    expect(events.length, 'the demo company calendar has events now').toBeGreaterThan(0);
    await expect(frame.locator('.b-card__subtitle')).toHaveText(`Events in this range: ${events.length}`, { timeout: 20_000 });
    await expect(frame.locator('[data-testid=agenda] > li')).toHaveCount(22);
    await expect.poll(async () => (await portalState(page)).calendar?.range).toEqual({ dateFrom: from, dateTo: to });

    // Open an event: the portal's calendar finds it.
    const first = events[0];
    await frame.locator(`[data-event='${first.ID}'] [data-testid=view-event]`).first().click();
    await expect.poll(async () => (await portalState(page)).calendar.viewed).toContain(Number(first.ID));

    // Add: the portal's form saves, the calendar refreshes the view, the new event shows.
    await frame.click('[data-testid=add-event]');
    await expect.poll(async () => (await portalState(page)).calendar.added.length).toBe(1);
    const added = (await portalState(page)).calendar.added[0];
    const line = frame.locator(`[data-event='${added}']`);
    await expect(line).toContainText('New event');

    // Edit and delete it through the calendar's commands: the store changes, the view follows.
    await line.locator('[data-testid=edit-event]').click();
    await expect(line).toContainText('New event (edited)');
    await line.locator('[data-testid=delete-event]').click();
    await expect(frame.locator(`[data-event='${added}']`)).toHaveCount(0);
    const after = (await rest(page, 'calendar.event.get', { type: 'company_calendar', ownerId: 0, from, to })).result;
    expect(after.map((e) => e.ID)).not.toContain(String(added));
    expect((await portalState(page)).calendar.deleted).toEqual([added]);

    // The portal's forward arrow moves the view by its length; the view tells the portal.
    await page.evaluate(() => window.portal.fireEvent('Calendar.customView:increaseViewRangeDate', {}));
    await expect.poll(async () => (await portalState(page)).calendar.range).toEqual({ dateFrom: day(15), dateTo: day(36) });
    await expect(frame.locator('[data-testid=agenda]')).toHaveAttribute('data-from', day(15));
    await page.evaluate((d) => window.portal.fireEvent('Calendar.customView:adjustToDate', d), day(1));
    await expect(frame.locator('[data-testid=agenda]')).toHaveAttribute('data-from', day(1));
  });
}

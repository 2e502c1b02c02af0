// The worker's side of 'notices-found' and its badge and reminders: what a page or the viewer found is stored once
// per notice, only when it may be (a page's own notices, the user's file, a PDF the extension's redirect opened),
// and the badge and alarms follow the stored data.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleNoticesFound, type NoticesFoundDeps } from '../../../background/notices';
import { DAILY_ALARM, nextDailyRun, onAlarm, refreshDeadlines } from '../../../background/updates';
import { REMINDER_PREFIX } from '../../../background/reminders';
import { readTracked, updateTracked } from '../../../storage';
import { saveSettings } from '../../../storage/settings';
import type { RequestOf } from '../../../messaging/protocol';
import type { SenderLike } from '../../../messaging/handle';
import { URL_A, qmePanel, urDenial } from '../storage/helpers';

const BASE = 'chrome-extension://abc/';
const KEY = '0123456789abcdef0123456789abcdef';
const page: SenderLike = { id: 'abc', url: URL_A, tab: { id: 3 }, frameId: 0 };
const viewer: SenderLike = { id: 'abc', url: `${BASE}viewer.html?key=${KEY}&file=x`, tab: { id: 4 }, frameId: 0 };
const deps = (now?: Date): NoticesFoundDeps => ({ base: BASE, isViewerKey: async (k) => k === KEY, now });

const found = (notices: unknown[], extra: Partial<RequestOf<'notices-found'>> = {}): RequestOf<'notices-found'> =>
  ({ url: URL_A, title: 'Letter', notices, ...extra }) as RequestOf<'notices-found'>;

describe('notices-found', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a page’s notices once per notice and answers with their ids', async () => {
    const first = await handleNoticesFound(found([urDenial(), qmePanel()]), page, deps());
    const again = await handleNoticesFound(found([urDenial()]), page, deps());
    expect(first.ids).toEqual([expect.stringMatching(/^ur_decision-/), expect.stringMatching(/^qme_panel-/)]);
    expect(again.ids).toEqual([first.ids[0]]);
    expect(await readTracked()).toHaveLength(2);
  });

  it('refuses, with a plain message, when no notice in the message can be read', async () => {
    await expect(handleNoticesFound(found([{ kind: 'nope' }]), page, deps())).rejects.toThrow(/could not be read/);
    await expect(handleNoticesFound({} as never, page, deps())).rejects.toThrow(/needs a url/);
  });

  it('refuses a page that reports notices for another site', async () => {
    await expect(handleNoticesFound(found([urDenial()], { url: 'https://other.example/x' }), page, deps())).rejects.toThrow(/its own notices/);
    expect(await readTracked()).toEqual([]);
  });

  it('stores what the viewer found only for a PDF the extension opened, or the user’s own file', async () => {
    const pdf = 'https://portal.example/letter.pdf';
    await expect(handleNoticesFound(found([urDenial()], { url: pdf }), viewer, deps())).rejects.toThrow(/not opened by ClaimClock/);
    await expect(handleNoticesFound(found([urDenial()], { url: pdf, viewerKey: 'f'.repeat(32) }), viewer, deps())).rejects.toThrow(/not opened by ClaimClock/);
    await expect(handleNoticesFound(found([urDenial()], { url: 'data:application/pdf;base64,JVBERi0=', viewerKey: KEY }), viewer, deps())).rejects.toThrow(/web and local files/);
    expect(await readTracked()).toEqual([]);
    expect((await handleNoticesFound(found([urDenial()], { url: pdf, viewerKey: KEY }), viewer, deps())).ids).toHaveLength(1);
    expect((await handleNoticesFound(found([qmePanel()], { url: 'letter.pdf', byUser: true }), viewer, deps())).ids).toHaveLength(1);
    expect(await readTracked()).toHaveLength(2);
  });
});

describe('badge and reminders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets the badge and the reminder alarms from storage, and clears them when the notice is done', async () => {
    const now = new Date(2026, 2, 10, 12);
    const { ids } = await handleNoticesFound(found([urDenial()]), page, deps(now));
    await refreshDeadlines(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('22'); // safe date 2026-04-01
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith(REMINDER_PREFIX))).toHaveLength(4);

    await updateTracked(ids[0]!, { status: 'done' });
    await refreshDeadlines(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith(REMINDER_PREFIX))).toEqual([]);
  });

  it('reschedules reminders when the lead days change', async () => {
    const now = new Date(2026, 2, 10, 12);
    await handleNoticesFound(found([urDenial()]), page, deps(now));
    await saveSettings({ reminderLeadDays: [2] });
    await refreshDeadlines(now);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).filter((n) => n.startsWith(REMINDER_PREFIX))).toEqual([expect.stringMatching(/\|2$/)]);
  });

  it('shows a notification when a reminder alarm fires, and recomputes the badge on the daily alarm', async () => {
    const now = new Date(2026, 2, 29, 9);
    await handleNoticesFound(found([urDenial()]), page, deps(now));
    await refreshDeadlines(new Date(2026, 2, 10, 12));
    const reminder = (await fakeBrowser.alarms.getAll()).find((a) => a.name.endsWith('|3'))!;
    await onAlarm(reminder.name, now);
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown[reminder.name]).toMatchObject({ type: 'basic', title: expect.stringMatching(/3 days left$/), iconUrl: expect.stringMatching(/\/icon\/128\.png$/) });

    await onAlarm(DAILY_ALARM, now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect((await fakeBrowser.alarms.get(DAILY_ALARM))?.scheduledTime).toBe(nextDailyRun(now));
  });

  it('runs the daily update just after local midnight', () => {
    expect(new Date(nextDailyRun(new Date(2026, 2, 10, 23, 59)))).toEqual(new Date(2026, 2, 11, 0, 1));
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatcher } from '../../../background/messages';
import { handleNoticesFound } from '../../../background/notices';
import { DAILY_ALARM, nextDailyRun, onAlarm, refreshDeadlines } from '../../../background/updates';
import { REMINDER_PREFIX } from '../../../background/reminders';
import { readTracked, updateTracked } from '../../../storage';
import { saveSettings } from '../../../storage/settings';
import type { Message } from '../../../messaging/protocol';
import { URL_A, qmePanel, urDenial } from '../storage/helpers';

const found = (notices: unknown[], url = URL_A): Extract<Message, { type: 'notices-found' }> =>
  ({ type: 'notices-found', url, title: 'Letter', notices }) as never;

/** Sends a message through the dispatcher the way runtime.onMessage would, and waits for the answer. */
function send(handlers: Parameters<typeof dispatcher>[0], message: unknown): Promise<{ handled: boolean; answer?: unknown }> {
  return new Promise((resolve) => {
    const handled = dispatcher(handlers)(message, {}, (answer) => resolve({ handled: true, answer }));
    if (handled !== true) resolve({ handled: false });
  });
}

describe('background worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores notices from "notices-found" once per notice and answers with their ids', async () => {
    const handlers = { 'notices-found': (m: Extract<Message, { type: 'notices-found' }>) => handleNoticesFound(m) };
    const first = await send(handlers, found([urDenial(), qmePanel()]));
    const again = await send(handlers, found([urDenial()]));
    expect(first.answer).toEqual({ ok: true, ids: [expect.stringMatching(/^ur_decision-/), expect.stringMatching(/^qme_panel-/)] });
    expect((again.answer as { ids: string[] }).ids).toEqual([(first.answer as { ids: string[] }).ids[0]]);
    expect(await readTracked()).toHaveLength(2);
  });

  it('answers with an error, not a crash, when no notice in the message can be read', async () => {
    expect(await handleNoticesFound(found([{ kind: 'nope' }]))).toEqual({ ok: false, error: expect.stringMatching(/could not be read/) });
    expect(await handleNoticesFound({ type: 'notices-found' } as never)).toMatchObject({ ok: false });
  });

  it('leaves messages it has no handler for to other listeners (the content script answers get-page-notices)', async () => {
    expect(await send({}, { type: 'get-page-notices' })).toEqual({ handled: false });
    expect(await send({}, null)).toEqual({ handled: false });
  });

  it('turns a failing handler into { ok: false, error }', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { answer } = await send({ 'refresh-reminders': () => { throw new Error('boom'); } }, { type: 'refresh-reminders' });
    expect(answer).toEqual({ ok: false, error: 'boom' });
  });

  it('sets the badge and the reminder alarms from storage, and clears them when the notice is done', async () => {
    const now = new Date(2026, 2, 10, 12);
    const { ids } = await handleNoticesFound(found([urDenial()]), now) as { ids: string[] };
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
    await handleNoticesFound(found([urDenial()]), now);
    await saveSettings({ reminderLeadDays: [2] });
    await refreshDeadlines(now);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).filter((n) => n.startsWith(REMINDER_PREFIX))).toEqual([expect.stringMatching(/\|2$/)]);
  });

  it('shows a notification when a reminder alarm fires, and recomputes the badge on the daily alarm', async () => {
    const now = new Date(2026, 2, 29, 9);
    await handleNoticesFound(found([urDenial()]), now);
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

// Keeps the badge and the reminder alarms in step with storage: at start, whenever tracked notices, settings or rule
// packs change, once a day just after local midnight (a countdown moves without any change), and on
// 'refresh-reminders'. A fired reminder alarm becomes a notification; clicking it opens the list of deadlines.
import { browser } from 'wxt/browser';
import { rulePacksItem, settingsItem, trackedItem } from '../storage/items';
import { badgeFor, showBadge } from './badge';
import { loadDeadlines, type DeadlineSnapshot } from './deadlines';
import { REMINDER_PREFIX, reminderNotice, reminderPlan, showReminder, syncReminders } from './reminders';

export const DAILY_ALARM = 'claimclock-daily';

/** Recomputes the badge and reschedules reminders; returns what it computed (for tests and logs). */
export async function refreshDeadlines(now: Date = new Date()): Promise<DeadlineSnapshot> {
  const snapshot = await loadDeadlines(now, browserLanguage());
  const { ctx, rows } = snapshot;
  await showBadge(badgeFor(rows, ctx.settings.countdown, ctx.today, ctx.language));
  await syncReminders(reminderPlan(rows, ctx.settings.reminderLeadDays, ctx.settings.countdown, now));
  return snapshot;
}

/** Just after the next local midnight (a one-shot alarm, set again each day, so clock changes do not shift it). */
export function nextDailyRun(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 1).getTime();
}

function scheduleDaily(now: Date = new Date()): void {
  void browser.alarms.create(DAILY_ALARM, { when: nextDailyRun(now) });
}

export async function onAlarm(name: string, now: Date = new Date()): Promise<void> {
  if (name === DAILY_ALARM) {
    scheduleDaily(now);
    await refreshDeadlines(now);
    return;
  }
  if (!name.startsWith(REMINDER_PREFIX)) return;
  const notice = reminderNotice(name, await loadDeadlines(now, browserLanguage()));
  if (notice) await showReminder(name, notice);
}

/** Runs `fn` once after calls stop for `ms` (storage changes come in bursts). */
function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

export function setupDeadlineUpdates(): { refresh: () => Promise<unknown> } {
  const refresh = () => refreshDeadlines().catch((err) => console.error('[ClaimClock] badge/reminders update failed', err));
  const soon = debounce(() => void refresh(), 250);
  trackedItem.watch(soon);
  settingsItem.watch(soon);
  rulePacksItem.watch(soon);
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name).catch((err) => console.error('[ClaimClock] alarm failed', err)));
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(REMINDER_PREFIX)) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=all') });
  });
  scheduleDaily();
  void refresh();
  return { refresh };
}

function browserLanguage(): string | undefined {
  return (globalThis as { navigator?: { language?: string } }).navigator?.language;
}

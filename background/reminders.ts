// Reminders at the user's lead days before each open deadline (settings.reminderLeadDays, default 7, 3, 1 and the
// day itself): browser.alarms fire in the worker, which shows a browser notification. Nothing leaves the machine.
// reminderPlan() is pure; syncReminders() and showReminder() are the thin browser wrappers.
import { browser } from 'wxt/browser';
import { addCalendarDays, daysBetween } from '../rules';
import { deadlineCountdownText, formatDate, t } from '../i18n';
import type { DeadlineRow } from '../app/tracked';
import type { Settings } from '../storage/types';
import { countdownDate } from '../app/tracked';
import type { DeadlineSnapshot } from './deadlines';

export const REMINDER_PREFIX = 'reminder|';
/** Reminders fire at this local hour on their day. */
export const REMINDER_HOUR = 9;
/** Chromium allows a few hundred alarms per extension; the soonest ones matter. */
export const MAX_REMINDERS = 100;

export interface PlannedReminder {
  name: string; // 'reminder|<tracked id>|<rule id>|<lead days>'
  when: number; // epoch ms, local REMINDER_HOUR on the reminder's day
  trackedId: string;
  rule: string;
  lead: number;
  date: string; // the deadline date counted down to
}

export function reminderName(trackedId: string, rule: string, lead: number): string {
  return `${REMINDER_PREFIX}${trackedId}|${rule}|${lead}`;
}

export function parseReminderName(name: string): { trackedId: string; rule: string; lead: number } | null {
  if (!name.startsWith(REMINDER_PREFIX)) return null;
  const [trackedId, rule, lead] = name.slice(REMINDER_PREFIX.length).split('|');
  if (!trackedId || !rule || lead === undefined || !/^\d+$/.test(lead)) return null;
  return { trackedId, rule, lead: Number(lead) };
}

function atLocalHour(isoDay: string, hour: number): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour).getTime();
}

/** Pure: one alarm per open deadline and lead day whose time is still ahead, soonest first. */
export function reminderPlan(rows: DeadlineRow[], leadDays: number[], mode: Settings['countdown'], now: Date, hour = REMINDER_HOUR): PlannedReminder[] {
  const plan: PlannedReminder[] = [];
  const leads = [...new Set(leadDays)];
  for (const row of rows) {
    const date = countdownDate(row, mode);
    for (const lead of leads) {
      const when = atLocalHour(addCalendarDays(date, -lead), hour);
      if (when <= now.getTime()) continue;
      plan.push({ name: reminderName(row.tracked.id, row.deadline.rule, lead), when, trackedId: row.tracked.id, rule: row.deadline.rule, lead, date });
    }
  }
  const unique = new Map(plan.map((p) => [p.name, p]));
  return [...unique.values()].sort((a, b) => a.when - b.when || a.name.localeCompare(b.name)).slice(0, MAX_REMINDERS);
}

/** Replaces ClaimClock's reminder alarms with the plan (other alarms are left alone). */
export async function syncReminders(plan: PlannedReminder[]): Promise<void> {
  const wanted = new Map(plan.map((p) => [p.name, p]));
  for (const alarm of [...(await browser.alarms.getAll())]) {
    if (!alarm.name.startsWith(REMINDER_PREFIX)) continue;
    if (wanted.get(alarm.name)?.when === alarm.scheduledTime) wanted.delete(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const p of wanted.values()) await browser.alarms.create(p.name, { when: p.when });
}

export interface ReminderNotice {
  title: string;
  message: string;
}

/** Pure: the notification for a fired reminder, or null when that deadline is no longer open. */
export function reminderNotice(name: string, snapshot: DeadlineSnapshot): ReminderNotice | null {
  const parsed = parseReminderName(name);
  if (!parsed) return null;
  const row = snapshot.rows.find((r) => r.tracked.id === parsed.trackedId && r.deadline.rule === parsed.rule);
  if (!row) return null;
  const lang = snapshot.ctx.language;
  const mode = snapshot.ctx.settings.countdown;
  const date = countdownDate(row, mode);
  const days = daysBetween(snapshot.ctx.today, date);
  const claim = row.claim ? ` · ${row.claim}` : '';
  const toLatest = daysBetween(snapshot.ctx.today, row.deadline.latest);
  const when = mode === 'latest'
    ? `${t('countdown.latest_label', lang)}: ${formatDate(date, lang, 'long')}`
    : t('countdown.safe_by', lang, { date: formatDate(date, lang, 'long') });
  const action = row.deadline.action?.[lang];
  return {
    title: `${row.deadline.title[lang]}: ${deadlineCountdownText(days, toLatest, lang)}`,
    message: `${when}${claim}\n${action ? `${action}\n` : ''}${row.tracked.title}`.trim(),
  };
}

/** The extension's clock icon (public/icon, drawn by scripts/make-icons.ts). */
export const NOTIFICATION_ICON_PATH = '/icon/128.png';

export async function showReminder(name: string, notice: ReminderNotice): Promise<void> {
  await browser.notifications.create(name, { type: 'basic', iconUrl: browser.runtime.getURL(NOTIFICATION_ICON_PATH), title: notice.title, message: notice.message });
}

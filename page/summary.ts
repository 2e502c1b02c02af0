// What the banner says: for each notice, its most urgent clock in plain words, whether its date needs a check (with
// the dates to choose from), what to do once it has passed, or the date it waits for. Pure: tested with fixed dates.
import type { DateRole, Deadline, Language, Notice } from '../model';
import type { DateChoice } from '../app/choices';
import { deadlineCountdownText, formatDate, t } from '../i18n';
import { checkLines } from '../i18n/checks';
import { noticeHeading, roleLabel } from '../i18n/labels';
import { daysBetween } from '../rules/calendar/dates';

export type SummaryStatus = 'past' | 'today' | 'soon' | 'later' | 'none';

export interface SummaryChoice {
  label: string; // 'Date served / mailed: March 4, 2026'
  choice: DateChoice;
}

export interface NoticeSummary {
  heading: string; // 'Utilization review (UR) decision — denied'
  action: string; // deadline title, or the date the notice waits for
  countdown: string | null; // '23 days left' / 'Due today' / 'Act today'
  dates: string | null; // 'Act by April 8, 2026, this day included · latest …: April 13, 2026'
  /** Past the safe date but not the latest: act today, you may still have until …, get help (I&A). */
  help?: string | null;
  citation: string | null;
  daysLeft: number | null; // for ordering; null when no clock
  /** The same colours as the popup's countdown (components/Countdown.tsx urgencyOf). */
  status: SummaryStatus;
  /** The date needs the user's check: why, and the dates on the page to choose from. */
  check: { lines: string[]; choices: SummaryChoice[] } | null;
  /** What can still be done: shown once the date has passed. */
  ifPassed: string | null;
  /** The dates a deadline waits for: the banner asks for one ("needs a date"). */
  needsDate: { role: DateRole; label: string }[] | null;
}

export function statusOf(days: number | null): SummaryStatus {
  if (days === null) return 'none';
  if (days < 0) return 'past';
  if (days === 0) return 'today';
  return days <= 7 ? 'soon' : 'later';
}

export function summarize(
  notice: Notice,
  deadlines: Deadline[],
  mode: 'safe' | 'latest',
  today: string,
  language: Language = 'en',
  extra: { choices?: DateChoice[][]; missing?: DateRole[] } = {},
): NoticeSummary {
  const heading = noticeHeading(notice, language); // as the card says it: 'Utilization review (UR) decision — denied'
  const missing = extra.missing ?? [];
  const needsDate = missing.length ? missing.map((role) => ({ role, label: roleLabel(role, language) })) : null;
  const clocks = deadlines
    .map((d, i) => ({ d, i, days: daysBetween(today, mode === 'latest' ? d.latest : d.due), toLatest: daysBetween(today, d.latest) }))
    .filter(({ d }) => d.type === 'deadline')
    // "act today" (safe date passed, latest not) first, then nearest upcoming; passed ones last
    .sort((a, b) => order(a) - order(b));
  const first = clocks[0];
  if (!first) {
    return {
      heading, action: needsDate ? t('needs_date.title', language) : t('banner.no_deadline', language), countdown: null, dates: null,
      citation: null, daysLeft: null, status: 'none', check: null, ifPassed: null, needsDate,
    };
  }
  const { d, days, toLatest, i } = first;
  const safePassed = days < 0 && toLatest >= 0;
  const choices = (extra.choices?.[i] ?? []).map((choice) => ({
    choice, label: t('check.choice', language, { role: roleLabel(choice.role, language), date: formatDate(choice.date, language, 'long') }),
  }));
  return {
    heading,
    action: d.title[language] || d.title.en,
    countdown: deadlineCountdownText(days, toLatest, language),
    help: safePassed ? t('countdown.safe_passed_detail', language, { latest: formatDate(d.latest, language, 'long') }) : null,
    dates: d.due === d.latest
      ? t('banner.due_on', language, { due: formatDate(d.due, language, 'long') })
      : t('banner.safe_and_latest', language, { due: formatDate(d.due, language, 'long'), latest: formatDate(d.latest, language, 'long') }),
    citation: d.citation,
    daysLeft: days,
    status: safePassed ? 'today' : statusOf(days), // as the popup's countdown: act today, in the today colour
    check: d.needsCheck ? { lines: checkLines(d, language), choices } : null,
    ifPassed: days < 0 && d.ifPassed ? d.ifPassed[language] : null,
    needsDate,
  };
}

const order = (c: { days: number; toLatest: number }) => (c.days >= 0 ? c.days : c.toLatest >= 0 ? -1 : 1e6);

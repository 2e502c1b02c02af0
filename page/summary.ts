// What the banner says: for each notice, its most urgent clock in plain words, whether its date needs a check (with
// the dates to choose from), what to do once it has passed, or the date it waits for. Pure: tested with fixed dates.
import type { DateRole, Deadline, Language, Notice } from '../model';
import type { DateChoice } from '../app/choices';
import { countdownText, formatDate, t, tDynamic } from '../i18n';
import { checkLines } from '../i18n/checks';
import { roleLabel } from '../i18n/labels';
import { daysBetween } from '../rules/calendar/dates';

export type SummaryStatus = 'past' | 'today' | 'soon' | 'later' | 'none';

export interface SummaryChoice {
  label: string; // 'Date served / mailed: March 4, 2026'
  choice: DateChoice;
}

export interface NoticeSummary {
  heading: string; // 'Utilization review decision (denied)'
  action: string; // deadline title, or the date the notice waits for
  countdown: string | null; // '23 days left' / 'Due today' / 'Passed 3 days ago'
  dates: string | null; // 'Act by April 8, 2026 · latest April 13, 2026'
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
  const kind = tDynamic(`kind.${notice.kind}`, language, notice.kind.replace(/_/g, ' '));
  const heading = notice.outcome ? `${kind} (${tDynamic(`outcome.${notice.outcome}`, language, notice.outcome)})` : kind;
  const missing = extra.missing ?? [];
  const needsDate = missing.length ? missing.map((role) => ({ role, label: roleLabel(role, language) })) : null;
  const clocks = deadlines
    .map((d, i) => ({ d, i, days: daysBetween(today, mode === 'latest' ? d.latest : d.due) }))
    .filter(({ d }) => d.type === 'deadline')
    .sort((a, b) => (a.days < 0 ? 1e6 - a.days : a.days) - (b.days < 0 ? 1e6 - b.days : b.days)); // nearest upcoming first
  const first = clocks[0];
  if (!first) {
    return {
      heading, action: needsDate ? t('needs_date.title', language) : t('banner.no_deadline', language), countdown: null, dates: null,
      citation: null, daysLeft: null, status: 'none', check: null, ifPassed: null, needsDate,
    };
  }
  const { d, days, i } = first;
  const choices = (extra.choices?.[i] ?? []).map((choice) => ({
    choice, label: t('check.choice', language, { role: roleLabel(choice.role, language), date: formatDate(choice.date, language, 'long') }),
  }));
  return {
    heading,
    action: d.title[language] || d.title.en,
    countdown: countdownText(days, language),
    dates: d.due === d.latest
      ? t('banner.due_on', language, { due: formatDate(d.due, language, 'long') })
      : t('banner.safe_and_latest', language, { due: formatDate(d.due, language, 'long'), latest: formatDate(d.latest, language, 'long') }),
    citation: d.citation,
    daysLeft: days,
    status: statusOf(days),
    check: d.needsCheck ? { lines: checkLines(d, language), choices } : null,
    ifPassed: days < 0 && d.ifPassed ? d.ifPassed[language] : null,
    needsDate,
  };
}

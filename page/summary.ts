// What the banner says: for each notice, its most urgent clock in plain words. Pure: tested with fixed dates.
import type { Deadline, Language, Notice } from '../model';
import { countdownText, formatDate, tDynamic } from '../i18n';
import { daysBetween } from '../rules/calendar/dates';
import { BANNER_MESSAGES, fill } from './messages';

export interface NoticeSummary {
  heading: string; // 'Utilization review decision (denied)'
  action: string; // deadline title, or why there is no deadline
  countdown: string | null; // '23 days left' / 'Due today' / '3 days past'
  dates: string | null; // 'Safe date April 8, 2026 · latest April 13, 2026'
  citation: string | null;
  daysLeft: number | null; // for ordering; null when no clock
}

export function summarize(
  notice: Notice,
  deadlines: Deadline[],
  mode: 'safe' | 'latest',
  today: string,
  language: Language = 'en',
): NoticeSummary {
  const kind = tDynamic(`kind.${notice.kind}`, language, notice.kind.replace(/_/g, ' '));
  const heading = notice.outcome ? `${kind} (${tDynamic(`outcome.${notice.outcome}`, language, notice.outcome)})` : kind;
  const m = BANNER_MESSAGES[language];
  const clocks = deadlines
    .filter((d) => d.type === 'deadline')
    .map((d) => ({ d, days: daysBetween(today, mode === 'latest' ? d.latest : d.due) }))
    .sort((a, b) => (a.days < 0 ? 1e6 : a.days) - (b.days < 0 ? 1e6 : b.days)); // nearest upcoming first
  const first = clocks[0];
  if (!first) {
    return { heading, action: m.noDeadline, countdown: null, dates: null, citation: null, daysLeft: null };
  }
  const { d, days } = first;
  return {
    heading,
    action: d.title[language] || d.title.en,
    countdown: countdownText(days, language),
    dates: d.due === d.latest
      ? fill(m.dueOn, { due: formatDate(d.due, language, 'long') })
      : fill(m.safeAndLatest, { due: formatDate(d.due, language, 'long'), latest: formatDate(d.latest, language, 'long') }),
    citation: d.citation,
    daysLeft: days,
  };
}

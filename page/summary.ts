// What the banner says: for each notice, its most urgent clock in plain words. Pure: tested with fixed dates.
import type { Deadline, Language, Notice } from '../model';
import { deadlineCountdownText, formatDate, t } from '../i18n';
import { noticeHeading } from '../i18n/labels';
import { daysBetween } from '../rules/calendar/dates';
import { BANNER_MESSAGES, fill } from './messages';

export interface NoticeSummary {
  heading: string; // 'Utilization review (UR) decision — denied'
  action: string; // deadline title, or why there is no deadline
  countdown: string | null; // '23 days left' / 'Due today' / '3 days past'
  dates: string | null; // 'Act by April 8, 2026, this day included · latest …: April 13, 2026'
  /** Past the safe date but not the latest: act today, you may still have until …, get help (I&A). */
  help?: string | null;
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
  const heading = noticeHeading(notice, language); // as the card says it: 'Utilization review (UR) decision — denied'
  const m = BANNER_MESSAGES[language];
  const clocks = deadlines
    .filter((d) => d.type === 'deadline')
    .map((d) => ({ d, days: daysBetween(today, mode === 'latest' ? d.latest : d.due), toLatest: daysBetween(today, d.latest) }))
    // "act today" (safe date passed, latest not) first, then nearest upcoming; passed ones last
    .sort((a, b) => order(a) - order(b));
  const first = clocks[0];
  if (!first) {
    return { heading, action: m.noDeadline, countdown: null, dates: null, citation: null, daysLeft: null };
  }
  const { d, days, toLatest } = first;
  const safePassed = days < 0 && toLatest >= 0;
  return {
    heading,
    action: d.title[language] || d.title.en,
    countdown: deadlineCountdownText(days, toLatest, language),
    help: safePassed ? t('countdown.safe_passed_detail', language, { latest: formatDate(d.latest, language, 'long') }) : null,
    dates: d.due === d.latest
      ? fill(m.dueOn, { due: formatDate(d.due, language, 'long') })
      : fill(m.safeAndLatest, { due: formatDate(d.due, language, 'long'), latest: formatDate(d.latest, language, 'long') }),
    citation: d.citation,
    daysLeft: days,
  };
}

const order = (c: { days: number; toLatest: number }) => (c.days >= 0 ? c.days : c.toLatest >= 0 ? -1 : 1e6);

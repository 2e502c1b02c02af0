// What the banner says: for each notice, its most urgent clock in plain words. Pure: tested with fixed dates.
import type { Deadline, Language, Notice } from '../model';
import { formatDate, t, tDynamic } from '../i18n';
import { BANNER_MESSAGES, fill } from './messages';

export interface NoticeSummary {
  heading: string; // 'Utilization review decision (denied)'
  action: string; // deadline title, or why there is no deadline
  countdown: string | null; // '23 days left' / 'Due today' / '3 days past'
  dates: string | null; // 'Safe date April 8, 2026 · latest April 13, 2026'
  citation: string | null;
  daysLeft: number | null; // for ordering; null when no clock
}

/** Calendar days from `today` to `iso` (both YYYY-MM-DD). */
export function daysBetween(today: string, iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function countdownText(days: number, lang: Language = 'en'): string {
  if (days === 0) return t('countdown.due_today', lang);
  if (days === 1) return t('countdown.one_day_left', lang);
  if (days > 1) return t('countdown.days_left', lang, { n: days });
  return days === -1 ? t('countdown.one_day_ago', lang) : t('countdown.days_ago', lang, { n: -days });
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

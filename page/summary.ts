// What the banner says: for each notice, its most urgent clock in plain words. Pure: tested with fixed dates.
import type { Deadline, Notice, NoticeKind } from '../model';

export const KIND_LABELS: Partial<Record<NoticeKind, string>> & Record<string, string> = {
  ur_decision: 'Utilization review decision',
  imr_determination: 'IMR final determination',
  qme_panel: 'QME panel list',
  mmi_report: 'MMI / P&S report',
  mpn_second_opinion: 'MPN second-opinion list',
};

export interface NoticeSummary {
  heading: string; // 'Utilization review decision (denied)'
  action: string; // deadline title, or why there is no deadline
  countdown: string | null; // '23 days left' / 'Due today' / '3 days past'
  dates: string | null; // 'Safe date April 8, 2026 · latest April 13, 2026'
  citation: string | null;
  daysLeft: number | null; // for ordering; null when no clock
}

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${months[m - 1]} ${d}, ${y}`;
}

/** Calendar days from `today` to `iso` (both YYYY-MM-DD). */
export function daysBetween(today: string, iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function countdownText(days: number): string {
  if (days === 0) return 'Due today';
  if (days > 0) return days === 1 ? '1 day left' : `${days} days left`;
  return days === -1 ? '1 day past' : `${-days} days past`;
}

export function summarize(
  notice: Notice,
  deadlines: Deadline[],
  mode: 'safe' | 'latest',
  today: string,
  language: 'en' | 'es' = 'en',
): NoticeSummary {
  const kind = KIND_LABELS[notice.kind] ?? notice.kind.replace(/_/g, ' ');
  const heading = notice.outcome ? `${kind} (${notice.outcome})` : kind;
  const clocks = deadlines
    .filter((d) => d.type === 'deadline')
    .map((d) => ({ d, days: daysBetween(today, mode === 'latest' ? d.latest : d.due) }))
    .sort((a, b) => (a.days < 0 ? 1e6 : a.days) - (b.days < 0 ? 1e6 : b.days)); // nearest upcoming first
  const first = clocks[0];
  if (!first) {
    return { heading, action: 'No deadline for you starts from this notice.', countdown: null, dates: null, citation: null, daysLeft: null };
  }
  const { d, days } = first;
  return {
    heading,
    action: d.title[language] || d.title.en,
    countdown: countdownText(days),
    dates: d.due === d.latest ? `Due ${formatDate(d.due)}` : `Safe date ${formatDate(d.due)} · latest ${formatDate(d.latest)}`,
    citation: d.citation,
    daysLeft: days,
  };
}

// Localized names for the shared vocabulary (notice kinds, outcomes, date roles, service methods).
import type { Language, Notice } from '../model';
import { tDynamic } from '.';

export const kindLabel = (kind: string, lang: Language) => tDynamic(`kind.${kind}`, lang, kind.replace(/_/g, ' '));
export const outcomeLabel = (outcome: string, lang: Language) => tDynamic(`outcome.${outcome}`, lang, outcome);
export const roleLabel = (role: string, lang: Language) => tDynamic(`role.${role}`, lang, role.replace(/_/g, ' '));

/** "Utilization Review decision — denied" */
export function noticeHeading(notice: Pick<Notice, 'kind' | 'outcome'>, lang: Language): string {
  const kind = kindLabel(notice.kind, lang);
  return notice.outcome ? `${kind} — ${outcomeLabel(notice.outcome, lang)}` : kind;
}

/**
 * What a highlighted text on a page is, with the text itself: "Letter date: March 4, 2026", "Resultado: DENIED".
 * `fact` is the evidence's fact ('date:service_date', 'outcome', …); the excerpt is the page's own words.
 */
export function highlightLabel(fact: string, excerpt: string, lang: Language): string {
  const role = fact.startsWith('date:') ? fact.slice(5) : null;
  const what = role
    ? tDynamic(`highlight.role.${role}`, lang, roleLabel(role, lang))
    : tDynamic(`highlight.fact.${fact}`, lang, lang === 'en' ? fact.replace(/([A-Z])/g, ' $1').toLowerCase() : tDynamic('highlight.fact.other', lang, fact));
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}: ${excerpt}`;
}

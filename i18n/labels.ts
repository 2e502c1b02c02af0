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

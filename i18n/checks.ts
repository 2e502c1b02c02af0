// What a deadline that needs a check says, in the reader's language (issue 11): a title, one line per reason and
// the dates to compare with the letter. Shared by the card, the calendar event and the badge's tooltip.
import type { Deadline, Language } from '../model';
import { t } from './index';
import { roleLabel } from './labels';

export function checkLines(d: Pick<Deadline, 'needsCheck' | 'checkReasons' | 'checkRoles'>, lang: Language): string[] {
  if (!d.needsCheck) return [];
  const lines = d.checkReasons.map((r) => t(`check.reason.${r}`, lang));
  if (d.checkRoles.length) lines.push(t('check.dates', lang, { roles: d.checkRoles.map((r) => roleLabel(r, lang)).join(', ') }));
  return lines;
}

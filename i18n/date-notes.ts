// Why a date's reading is uncertain, in the reader's language, from the notice's dateNoteDetails (code + params).
// English keeps the reader's own text (dateNotes); Spanish is rebuilt from the codes, so a Spanish screen never shows
// "read as month/day (US order)". A note stored without details (an older notice) gets a generic Spanish line.
import type { DateRole, Language, Notice } from '../model';
import { formatDate } from './format';
import { t, tDynamic } from './index';

type Noted = Pick<Notice, 'dateNotes'> & { dateNoteDetails?: Notice['dateNoteDetails'] };

const dayList = (v: string | number | undefined, lang: Language) =>
  String(v ?? '').split(',').filter(Boolean).map((d) => formatDate(d, lang, 'long')).join('; ');

/** One note part: 'two_digit_year', 'read_month_day', … (an unknown code gets the generic line). */
export function dateNotePart(code: string, params: Record<string, string | number>, lang: Language): string {
  const p = { ...params };
  if (code === 'ignored_future') Object.assign(p, { today: formatDate(String(p.today ?? ''), lang, 'long'), dates: dayList(p.dates, lang) });
  if (code === 'other_candidates') Object.assign(p, { dates: dayList(p.dates, lang), picked: formatDate(String(p.picked ?? ''), lang, 'long') });
  return tDynamic(`date_note.${code}`, lang, t('date_note.unknown', lang), p);
}

/** The note on `role`'s date in `lang`, or undefined when the date is not uncertain. */
export function dateNoteText(notice: Noted, role: DateRole, lang: Language): string | undefined {
  const text = notice.dateNotes[role];
  const details = notice.dateNoteDetails?.[role];
  if (text === undefined && !details?.length) return undefined;
  if (lang === 'en' && text !== undefined) return text;
  if (!details?.length) return t('date_note.unknown', lang);
  return details.map((d) => dateNotePart(d.code, d.params ?? {}, lang)).join('; ');
}

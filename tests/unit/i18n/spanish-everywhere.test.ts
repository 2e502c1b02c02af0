// No English string reaches a Spanish screen (issue 14 item 1): every message key, every banner and viewer string,
// every document and viewer error, every date-reading note code, check reason, highlight label and countdown phrase
// is rendered in Spanish and scanned for English tell-tale words, placeholders left unfilled and missing keys.
import { describe, expect, it } from 'vitest';
import { MESSAGES, deadlineCountdownText, hasKey, t, tCount, type MessageKey } from '../../../i18n';
import { checkLines } from '../../../i18n/checks';
import { dateNotePart, dateNoteText } from '../../../i18n/date-notes';
import { highlightLabel } from '../../../i18n/labels';
import { viewerStrings } from '../../../viewer/strings';
import { viewerMessage, type ViewerErrorCode } from '../../../viewer/errors';
import { DOCUMENT_ERROR_CODES, userMessage } from '../../../extract/errors';
import { CHECK_REASONS, DATE_ROLES } from '../../../model/terms';
import { DeadlineType } from '../../../model';
import { englishWords } from '../../support/english';

const VIEWER_ERRORS: Record<ViewerErrorCode, true> = {
  encrypted: true, corrupt: true, empty: true, fetch_failed: true, no_permission: true, not_pdf: true, ocr_failed: true, unsafe_url: true, over_budget: true,
};
/** Every code the reader and OCR write into dateNoteDetails (extract/dates.ts, extract/detect.ts noteFor, ocr/). */
export const DATE_NOTE_CODES = ['two_digit_year', 'read_day_month', 'read_month_day', 'ignored_future', 'other_candidates', 'future_date', 'before_referenced_event', 'ocr'];
const SAMPLE = { n: 3, count: 3, date: '2026-04-08', due: '2026-04-01', latest: '2026-04-08', today: '2026-03-10', dates: '2026-03-02,2026-03-04', picked: '2026-03-02', text: '05/06/2026', year2: '26', year: 2026 };

const leftover = (s: string) => s.match(/\{\w+\}/g) ?? [];

describe('every Spanish string', () => {
  it('renders every message key with no English tell-tale word and no placeholder left', () => {
    const bad: string[] = [];
    for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
      const params = Object.fromEntries([...MESSAGES.es[key].matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, (SAMPLE as Record<string, string | number>)[name!] ?? '7']));
      const text = t(key, 'es', params);
      const english = englishWords(text);
      if (english.length || leftover(text).length) bad.push(`${key}: ${english.join(',')} ${leftover(text).join(',')} «${text}»`);
    }
    expect(bad).toEqual([]);
  });

  it('renders the banner’s and the viewer’s own strings, and every document and viewer error', () => {
    const texts = [
      ...Object.entries(viewerStrings('es')).filter(([k]) => k !== 'scannedPages')
        .map(([, v]) => (typeof v === 'function' ? (v as (a: number, b: number) => string)(2, 5) : v)),
      viewerStrings('es').scannedPages([1]),
      viewerStrings('es').scannedPages([1, 2]),
      ...DOCUMENT_ERROR_CODES.map((c) => userMessage(c, 'es')),
      ...(Object.keys(VIEWER_ERRORS) as ViewerErrorCode[]).map((c) => viewerMessage(c, 'es')),
    ];
    expect(texts.map((s) => [s, englishWords(s)] as const).filter(([, w]) => w.length)).toEqual([]);
  });

  it('has a key for every code built at run time: date notes, check reasons, highlight labels, deadline types', () => {
    const keys = [
      ...DATE_NOTE_CODES.map((c) => `date_note.${c}`),
      ...CHECK_REASONS.map((r) => `check.reason.${r}`),
      ...DeadlineType.options.map((d) => `card.type.${d}`),
      ...['outcome', 'serviceMethod', 'expedited', 'claimNumber', 'treatment'].map((f) => `highlight.fact.${f}`),
    ];
    expect(keys.filter((k) => !hasKey(k))).toEqual([]);
  });

  it('translates every date-reading note code, and an old note stored as English text alone', () => {
    for (const code of DATE_NOTE_CODES) {
      const es = dateNotePart(code, SAMPLE, 'es');
      expect(englishWords(es), `${code}: ${es}`).toEqual([]);
      expect(leftover(es), code).toEqual([]);
    }
    const notice = {
      dateNotes: { service_date: '"05/06/2026" read as month/day (US order); it could be day/month', decision_date: 'ignored a date after today (2026-11-24): 2027-01-02' },
      dateNoteDetails: { service_date: [{ code: 'read_month_day', params: { text: '05/06/2026' } }] },
    };
    expect(dateNoteText(notice, 'service_date', 'es')).toBe('«05/06/2026» se leyó como mes/día (el orden de EE. UU.); podría ser día/mes');
    expect(dateNoteText(notice, 'service_date', 'en')).toBe(notice.dateNotes.service_date);
    expect(englishWords(dateNoteText(notice, 'decision_date', 'es')!)).toEqual([]); // no details: a generic Spanish line
    expect(dateNoteText(notice, 'report_date', 'es')).toBeUndefined();
  });

  it('says every check reason, every highlight label and every countdown phrase in Spanish', () => {
    const lines = checkLines({ needsCheck: true, checkReasons: [...CHECK_REASONS], checkRoles: [...DATE_ROLES] }, 'es');
    const labels = [...DATE_ROLES.map((r) => `date:${r}`), 'outcome', 'serviceMethod', 'expedited', 'claimNumber', 'treatment', 'kind', 'mtus']
      .map((f) => highlightLabel(f, '4 de marzo de 2026', 'es'));
    const countdowns = [-3, -1, 0, 1, 12].flatMap((due) => [-2, -1, 0, 5].map((latest) => deadlineCountdownText(due, due + Math.max(0, latest), 'es')));
    for (const s of [...lines, ...labels, ...countdowns]) expect(englishWords(s), s).toEqual([]);
  });

  it('uses the singular for one in both languages (Intl.PluralRules)', () => {
    expect(tCount('options.health.ok', 1, 'es')).toBe('El almacenamiento está bien: 1 aviso guardado.');
    expect(tCount('options.health.ok', 2, 'es')).toBe('El almacenamiento está bien: 2 avisos guardados.');
    expect(tCount('options.health.ok', 1, 'en')).toBe('Storage is healthy: 1 notice tracked.');
    expect(tCount('options.health.ok', 0, 'en')).toBe('Storage is healthy: 0 notices tracked.');
    expect(tCount('popup.page.found', 1, 'es')).toBe('Se encontró 1 aviso en esta página');
    expect(tCount('cli.ics.wrote', 1, 'en', { file: 'a.ics' })).toBe('Wrote 1 calendar event to a.ics');
    // every "{n} …s" / "{count} …s" message has its singular
    const counted = (Object.keys(MESSAGES.en) as MessageKey[]).filter((k) => /\{(n|count)\} \w+s\b/.test(MESSAGES.en[k]) && !k.startsWith('countdown.'));
    expect(counted.filter((k) => !hasKey(`${k}.one`))).toEqual([]);
  });
});

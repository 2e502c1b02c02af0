// `claimclock scan FILE...`: every file through the shared pipeline (read → detect → app's deadlinesFor). A file that
// cannot be read gets an error in its report and the other files are still processed.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CalendarItem } from '../app/calendar';
import { detect, DocumentError, userMessage } from '../extract';
import type { TextDocument } from '../extract/text-document';
import type { Notice, Profile } from '../model';
import { markOcrDates, OCR_DATE_NOTE } from '../ocr/uncertain-dates';
import { defaultRuleset, type Ruleset } from '../rules';
import { deadlinesFor, missingDeadlines, type DeadlineContext } from '../app/deadlines';
import { DEFAULT_SETTINGS } from '../storage/types';
import { calendarItems } from './calendar';
import { noticeReport, type FileReport } from './report';
import { readDocument } from './sources/read-document';

export interface ScanDeps {
  readDocument: (path: string) => Promise<TextDocument>;
  /** OCR of a whole PDF (only loaded when --ocr is given: tesseract is heavy). */
  ocrPdf: (bytes: Uint8Array, source: string) => Promise<TextDocument>;
  readBytes: (path: string) => Promise<Uint8Array>;
  ruleset: Ruleset;
}

/** `onOcrPage` reports OCR progress (a page takes a second or more). */
export const defaultScanDeps = (onOcrPage?: (source: string, page: number, pages: number) => void): ScanDeps => ({
  readDocument,
  ocrPdf: async (bytes, source) =>
    (await import('./sources/ocr')).ocrPdfToTextDocument(bytes, source, { onPage: (n, total) => onOcrPage?.(source, n, total) }),
  readBytes: (path) => readFile(path),
  ruleset: defaultRuleset(),
});

export interface ScanOptions {
  cwd: string;
  today: string;
  profile: Profile;
  ocr: boolean;
}

/** The CLI's user context: the default settings with the profile from the flags (no stored settings on the command line). */
export function cliContext(profile: Profile, ruleset: Ruleset, today: string): DeadlineContext {
  return { settings: { ...DEFAULT_SETTINGS, profile }, ruleset, today };
}

export const NO_TEXT_HINT = 'Run again with --ocr to read it with offline text recognition (OCR).';

export interface ScanResult {
  report: FileReport;
  items: CalendarItem[];
  /** An unexpected failure, for the log on stderr. */
  unexpected?: unknown;
}

/** markOcrDates() keeps a note a date already has; an OCR date must say it was read by OCR in any case. */
export function markAllOcrDates(found: Notice[]): Notice[] {
  return markOcrDates(found).map((n) => ({
    ...n,
    dateNotes: Object.fromEntries(Object.entries(n.dateNotes).map(([role, note]) =>
      [role, note?.startsWith(OCR_DATE_NOTE) ? note : `${OCR_DATE_NOTE} ${note}`])),
  }));
}

/** The notices of one file: its text, or its OCR text when it has none and --ocr is given (dates marked as OCR). */
export async function scanNotices(path: string, source: string, options: ScanOptions, deps: ScanDeps): Promise<Notice[]> {
  try {
    return detect(await deps.readDocument(path), { today: options.today });
  } catch (e) {
    if (!(e instanceof DocumentError && e.code === 'no_text_layer' && options.ocr)) throw e;
  }
  const doc = await deps.ocrPdf(await deps.readBytes(path), source);
  return markAllOcrDates(detect(doc, { today: options.today }));
}

export async function scanFile(source: string, options: ScanOptions, deps: ScanDeps): Promise<ScanResult> {
  const path = resolve(options.cwd, source);
  try {
    const found = await scanNotices(path, source, options, deps);
    const items: CalendarItem[] = [];
    const reports = found.map((notice) => {
      const ctx = cliContext(options.profile, deps.ruleset, options.today);
      const deadlines = deadlinesFor(notice, ctx);
      items.push(...calendarItems(notice, deadlines, source));
      return noticeReport(notice, deadlines, missingDeadlines(notice, ctx));
    });
    return { report: { source, notices: reports, error: null }, items };
  } catch (e) {
    if (e instanceof DocumentError) {
      // Always the plain-language message: e.message may be technical ("/x is not a file").
      let error = userMessage(e.code, 'en');
      if (e.code === 'no_text_layer' && !options.ocr) error = `${error} ${NO_TEXT_HINT}`;
      return { report: { source, notices: [], error, errorCode: e.code }, items: [] };
    }
    const error = `Unexpected error while reading this file: ${(e as Error)?.message ?? String(e)}`;
    return { report: { source, notices: [], error, errorCode: 'unexpected' }, items: [], unexpected: e };
  }
}

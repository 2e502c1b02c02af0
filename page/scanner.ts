// One scan of the page: fast relevance check on raw text, then the visible-text walk (in the page, within a budget),
// the notices of that text (the worker's detect(): extract/ is not in the page), and the highlight items for what was
// found. Pure of browser APIs except the DOM it is given.
import { NEVER_TRIGGER_ROLES, type DateRole } from '../model/terms';
import type { Language, Notice } from '../model';
import { highlightLabel } from '../i18n/labels';
import { startBudget } from '../extract/budget';
import { isDocumentError, type DocumentErrorCode } from '../extract/errors';
import type { TextDocument } from '../extract/text-document';
import type { DomTextDocument, PageSource } from '../sources';
import type { HighlightItem } from './highlighter';
import { rawText, shadowRoots } from './page-text';

/** How long one scan of a page (reading the DOM and detection) may block the page: then it stops and says so. */
export const SCAN_BUDGET_MS = 400;

export interface ScanDeps {
  source: PageSource;
  quickRelevant(text: string): boolean;
  /** The notices of the text read: the worker answers ('detect-page'); a test may answer at once. Throws DocumentError. */
  detect(doc: TextDocument): Notice[] | Promise<Notice[]>;
  /** The DOM read's budget: SCAN_BUDGET_MS unless a test sets another. */
  budgetMs?: number;
  /** The clock (a seam for tests). */
  now?: () => number;
  /** The language of the highlight labels (English unless set). */
  language?: Language;
}

export interface ScanResult {
  relevant: boolean;
  doc: DomTextDocument | null;
  notices: Notice[];
  highlights: HighlightItem[];
  /** Set when the page could not be read: 'over_budget' for a page too large to read automatically. */
  error?: DocumentErrorCode;
}

/** Facts worth a line in the banner; the detectors' other evidence ("Claim number", "MTUS") is only painted. */
const LISTED_FACTS = new Set(['outcome', 'serviceMethod', 'expedited', 'claimNumber', 'treatment']);

/** Evidence spans → things to highlight. Dates that never start a clock (injury, birth) are left alone. */
export function highlightItems(doc: DomTextDocument, notices: Notice[], ranges: PageSource['ranges'], lang: Language = 'en'): HighlightItem[] {
  const items: HighlightItem[] = [];
  const seen = new Set<string>();
  const listedLabels = new Set<string>();
  for (const notice of notices) {
    for (const ev of notice.evidence) {
      const key = `${ev.start}:${ev.end}`;
      if (ev.end <= ev.start || seen.has(key)) continue;
      const role = ev.fact.startsWith('date:') ? (ev.fact.slice(5) as DateRole) : null;
      if (role && NEVER_TRIGGER_ROLES.includes(role)) continue;
      seen.add(key);
      const r = ranges(doc, ev.start, ev.end);
      if (!r.length) continue;
      const listable = role !== null || LISTED_FACTS.has(ev.fact);
      const text = ev.text.replace(/\s+/g, ' ').trim();
      const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
      const label = highlightLabel(ev.fact, short, lang);
      const listed = listable && !listedLabels.has(label); // "Outcome: DENIED" once, however often it is painted
      if (listed) listedLabels.add(label);
      items.push({ kind: role ? 'date' : 'evidence', label, ranges: r, listed, fact: ev.fact, excerpt: short });
    }
  }
  return items;
}

/** The page's visible text, read now (synchronously: the DOM cannot change under the walk), or why not. */
export type PageRead = Pick<ScanResult, 'relevant' | 'doc' | 'error'>;

export function readPage(root: ParentNode, deps: ScanDeps, roots: ShadowRoot[] = shadowRoots(root)): PageRead {
  if (!deps.quickRelevant(rawText(root, roots))) return { relevant: false, doc: null };
  const budget = startBudget({ budgetMs: deps.budgetMs ?? SCAN_BUDGET_MS, now: deps.now });
  try {
    return { relevant: true, doc: deps.source.read(budget) };
  } catch (err) {
    if (!isDocumentError(err)) throw err;
    return { relevant: true, doc: null, error: err.code };
  }
}

/** The notices of a page read, and what to highlight for them. */
export async function findNotices(read: PageRead, deps: ScanDeps): Promise<ScanResult> {
  const { doc } = read;
  if (!doc || !deps.quickRelevant(doc.text)) return { ...read, notices: [], highlights: [] };
  try {
    const notices = await deps.detect(doc);
    return { relevant: true, doc, notices, highlights: highlightItems(doc, notices, deps.source.ranges, deps.language) };
  } catch (err) {
    if (!isDocumentError(err)) throw err;
    return { relevant: true, doc: null, notices: [], highlights: [], error: err.code };
  }
}

export function scanPage(root: ParentNode, deps: ScanDeps, roots: ShadowRoot[] = shadowRoots(root)): Promise<ScanResult> {
  return findNotices(readPage(root, deps, roots), deps);
}

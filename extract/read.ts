// One reading of a document for the models: its layout, language, dates in context, the wordings that belong to the
// notice, and the features built from them. detect() and the fit (scripts/fit.ts) both start here.
import { focusDocument } from './focus';
import { detectLanguage } from './language';
import { buildLayout, type Layout } from './layout';
import { dateFeatures, documentFeatures, readDocument, type DocumentReading, type Scope } from './features';
import { readDates, type DateReading } from './roles';
import type { TextDocument } from './text-document';

export interface Reading {
  layout: Layout;
  lang: 'en' | 'es';
  scope: Scope;
  /** The dates in scope, in text order, with their features (the notice kind is added per model). */
  dates: { reading: DateReading; features: string[] }[];
  document: DocumentReading;
  documentFeatures: string[];
  /** An offset into layout.text → the document's own offset (they differ when a large document is read by its focus). */
  toOriginal: (offset: number) => number;
}

export const sameOffset = (offset: number): number => offset;

const NOTICE_SIGNAL = /^(?:ur|imr|qme|mmi|mpn)\./;
/** A forward's subject ("FW:", "Fwd:", Spanish "RV:"): what it forwards is the point of the mail. */
const FORWARD = /^(?:Subject|Asunto)[ \t]{0,4}:[ \t]{0,4}(?:FW|Fwd|RV|Reenviado)[ \t]{0,2}:/im;

/**
 * The scope: a reply is read without the mail it quotes when its newest message itself states two signs of a
 * notice and is not a forward; otherwise (a forward, or a reply with "see below") the whole thread is the notice's text.
 */
function scopeOf(layout: Layout, lang: 'en' | 'es'): { scope: Scope; document: DocumentReading } {
  const quote = layout.sections.find((s) => s.kind === 'quoted_mail');
  if (quote && quote.start > 0 && !FORWARD.test(layout.text.slice(0, quote.start))) {
    const newest = { end: quote.start };
    const document = readDocument(layout, newest, lang);
    const classes = new Set(document.signals.filter((h) => !h.hypothetical && NOTICE_SIGNAL.test(h.wording.cls)).map((h) => h.wording.cls));
    if (classes.size >= 2) return { scope: newest, document };
  }
  const all = { end: layout.text.length };
  return { scope: all, document: readDocument(layout, all, lang) };
}

/** The one reading detect() and the fit share: a large document is read through its focus (extract/focus.ts). */
export function readForModels(doc: TextDocument, budget: () => void = () => {}, opts: { whole?: boolean } = {}): Reading {
  const focus = opts.whole ? null : focusDocument(doc);
  return { ...readText(focus?.doc ?? doc, budget), toOriginal: focus?.toOriginal ?? sameOffset };
}

function readText(doc: TextDocument, budget: () => void): Omit<Reading, 'toOriginal'> {
  // every line terminator becomes \n (same length, so offsets hold): a lone \r must not start a line for ^ and $
  const text = doc.text.replace(/[\r\u2028\u2029]/g, '\n');
  const layout = buildLayout(text === doc.text ? doc : { ...doc, text });
  budget();
  const lang = detectLanguage(text);
  const all = readDates(layout, { lang, budget });
  budget();
  const { scope, document } = scopeOf(layout, lang);
  budget();
  const inScope = all.filter((d) => d.start < scope.end);
  const dates = inScope.map((reading) => ({ reading, features: dateFeatures(reading, layout) }));
  return { layout, lang, scope, dates, document, documentFeatures: documentFeatures(layout, document, inScope, lang) };
}

// Document sources for the faces. A face asks the factory for the source of what it shows and gets text with
// anchors back to where each run came from; detectors never ask what kind of document it was (STYLE.md 1).
import { rangesFor, readDom, type DomSourceOptions, type DomTextDocument } from './dom';

export type { DomAnchor, DomSourceOptions, DomTextDocument } from './dom';
export { rangesFor, readDom } from './dom';

export interface PageSource {
  kind: 'html' | 'text';
  /** Reads the page now (call again after the page changed); `budget` is called as it goes and may throw to stop it. */
  read(budget?: () => void): DomTextDocument;
  /** DOM ranges covering doc.text[start, end), one per Text node. */
  ranges(doc: DomTextDocument, start: number, end: number): Range[];
}

/** The source for an HTML page or a plain-text file shown by the browser (a <pre> in a generated document). */
export function sourceForPage(doc: Document = document, options: DomSourceOptions = {}): PageSource {
  const isText = doc.contentType === 'text/plain';
  return {
    kind: isText ? 'text' : 'html',
    read: (budget) => readDom(doc.body ?? doc.documentElement, doc.location?.href ?? doc.URL, { ...options, budget }),
    ranges: rangesFor,
  };
}

/** Text of one document with anchors back to where each run came from (DOM node, PDF page/item, file). */
export interface TextRun {
  start: number; // offset into TextDocument.text
  end: number;
  page?: number; // PDF page number (1-based)
  item?: number; // index of the pdf.js text item on that page, or the DOM text node index
  /** PDF: the text's height in points (headings are larger). */
  size?: number;
  /** HTML: inside a heading (h1–h6) or bold (b, strong, th) element. */
  emphasis?: 'heading' | 'bold';
  /** HTML: inside the page's navigation, header, footer or side column (not the letter). */
  zone?: 'nav' | 'header' | 'footer' | 'aside';
}
export interface TextDocument {
  source: string; // URL or file name
  text: string;
  runs: TextRun[];
}

/** A plain-text document (a .txt file, pasted text): one run per line so faces can point at a line. */
export function textDocumentFromString(text: string, source: string): TextDocument {
  const normalized = text.replace(/\r\n?/g, '\n');
  const runs: TextRun[] = [];
  let start = 0;
  for (const line of normalized.split('\n')) {
    if (line.length) runs.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return { source, text: normalized, runs };
}

/** The runs (with their page/item anchors) that overlap [start, end). */
export function runsAt(doc: TextDocument, start: number, end: number): TextRun[] {
  return doc.runs.filter((r) => r.start < end && r.end > start);
}

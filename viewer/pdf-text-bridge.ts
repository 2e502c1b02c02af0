// TEMPORARY: stands in for extract/pdf-text.ts's pdfToTextDocument until the extraction work lands; the
// viewer imports it from here only, so the switch is one line in viewer/core.ts.
import type { TextDocument, TextRun } from '../extract/text-document';

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}
interface PdfDocLike {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: TextItemLike[] }> }>;
}

export async function pdfToTextDocument(pdf: PdfDocLike, source: string): Promise<TextDocument> {
  let text = '';
  const runs: TextRun[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    if (page > 1) text += '\n\n';
    const { items } = await (await pdf.getPage(page)).getTextContent();
    items.forEach((item, index) => {
      if (item.str === undefined) return;
      const start = text.length;
      text += item.str;
      runs.push({ start, end: text.length, page, item: index });
      if (item.hasEOL) text += '\n';
    });
  }
  return { source, text, runs };
}

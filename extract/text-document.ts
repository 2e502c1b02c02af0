/** Text of one document with anchors back to where each run came from (DOM node, PDF page/item, file). */
export interface TextRun {
  start: number; // offset into TextDocument.text
  end: number;
  page?: number; // PDF page number (1-based)
  item?: number; // index of the pdf.js text item on that page, or the DOM text node index
}
export interface TextDocument {
  source: string; // URL or file name
  text: string;
  runs: TextRun[];
}

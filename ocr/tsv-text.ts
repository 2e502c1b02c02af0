// OCR words back into lines and cells (issue 12, item 1): tesseract's TSV output gives every word with its box, so a
// line keeps its columns. A gap between two words of one line that is wider than a few characters becomes a tab,
// the cell separator the reader's layout uses for text PDFs and HTML tables ("Date Panel Assigned\t11/17/2026"),
// where tesseract's own text joins them with one space. Blocks (columns, boxes) are separated by a blank line.
// Linear in the TSV.

/** A gap wider than this many of the line's average character widths separates two cells. */
export const CELL_GAP_CHARS = 2.5;

interface Word {
  block: number;
  par: number;
  line: number;
  left: number;
  width: number;
  text: string;
}

function words(tsv: string): Word[] {
  const out: Word[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue; // level 5: a word
    const text = f.slice(11).join('\t').trim();
    if (!text) continue;
    const n = f.slice(0, 10).map(Number);
    if (n.some((x) => !Number.isFinite(x))) continue;
    out.push({ block: n[2]!, par: n[3]!, line: n[4]!, left: n[6]!, width: n[8]!, text });
  }
  return out;
}

function lineText(line: Word[]): string {
  const chars = line.reduce((a, w) => a + w.text.length, 0);
  const charWidth = line.reduce((a, w) => a + w.width, 0) / Math.max(1, chars);
  let text = line[0]!.text;
  for (let i = 1; i < line.length; i++) {
    const gap = line[i]!.left - (line[i - 1]!.left + line[i - 1]!.width);
    text += (gap > CELL_GAP_CHARS * charWidth ? '\t' : ' ') + line[i]!.text;
  }
  return text;
}

/** The page's text from tesseract's TSV, lines with their cells; null when the TSV holds no word. */
export function textFromTsv(tsv: string | null | undefined): string | null {
  if (!tsv) return null;
  const all = words(tsv);
  if (!all.length) return null;
  const lines: string[] = [];
  let current: Word[] = [];
  let block = all[0]!.block;
  const flush = () => {
    if (current.length) lines.push(lineText(current));
    current = [];
  };
  for (const w of all) {
    const last = current[current.length - 1];
    if (last && (w.block !== last.block || w.par !== last.par || w.line !== last.line)) flush();
    if (w.block !== block) {
      lines.push('');
      block = w.block;
    }
    current.push(w);
  }
  flush();
  return lines.join('\n');
}

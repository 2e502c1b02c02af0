// Clauses: the sentences of the prose and each cell of a table row, label line or heading on its own. A date's
// clause tells whether it is said under a condition ("if the request is denied on …"), as a possibility ("you may
// ask …"), denied ("was not received until …") or about another document ("the UR decision dated …").
import type { WordingHit, ClauseCue } from '../wordings';
import type { Clause, LayoutLine } from './types';

/** A period that does not end a sentence: "Dr.", "U.S.", "No.", an initial. */
const ABBREVIATION = /(?:\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Jr|St|Ave|No|Nos|Inc|Co|Esq|Ste|Blvd|Lic|Vol|Sec|Art|Corp|Ltd|vs|etc|approx|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ene|Abr|Ago|Dic)|\b\p{Lu}|\bU\.S)$/u;

export function buildClauses(lines: LayoutLine[], text: string, cues: WordingHit<ClauseCue>[]): Clause[] {
  const out: Clause[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end > start) out.push({ start, end, cues: [] });
    start = -1;
  };
  for (const line of lines) {
    const structured = line.heading || line.cells.length > 1 || line.zone !== null;
    if (line.blank || structured) {
      close(line.start);
      if (structured) for (const cell of line.cells) out.push({ start: cell.start, end: cell.end, cues: [] });
      continue;
    }
    if (start < 0) start = line.start;
    for (let i = line.start; i < line.end; i++) {
      const c = text[i]!;
      if ((c === '.' || c === '!' || c === '?' || c === ';' || c === ':') && (i + 1 >= line.end || /\s/.test(text[i + 1]!))) {
        if (c === '.' && ABBREVIATION.test(text.slice(Math.max(line.start, i - 8), i))) continue;
        close(i + 1);
        start = i + 1;
      }
    }
    // a line that ends a sentence (or looks like a label line) closes the clause; a wrapped line continues it
    if (/[.!?;:]\s*$/.test(text.slice(Math.max(line.start, line.end - 3), line.end))) close(line.end);
  }
  close(text.length);
  out.sort((a, b) => a.start - b.start);
  // cue hits into their clauses (both sorted by start)
  let k = 0;
  for (const hit of cues) {
    while (k + 1 < out.length && out[k + 1]!.start <= hit.start) k++;
    const clause = out[k];
    if (clause && hit.start >= clause.start && hit.start < clause.end) clause.cues.push({ cls: hit.wording.cls, start: hit.start, end: hit.end });
  }
  if (!out.length) out.push({ start: 0, end: text.length, cues: [] });
  return out;
}

// A wording is data: one way a letter says something (a date label, a sign of a notice kind, an outcome, a fact, a
// clause cue), with examples it must match and counterexamples it must not. tests/unit/extract/wordings.test.ts runs
// every example and counterexample, keeps each pattern under 200 characters, and checks each runs in linear time.
// What a match means for a notice is not decided here: the readers turn matches into features, and the fitted models
// (extract/model/) weigh them.

export type WordingLang = 'en' | 'es' | 'any';

export interface Wording<C extends string = string> {
  /** Unique across all wordings: 'label.service.mailed-on'. */
  id: string;
  /** What it says: a label class, a signal, an outcome, a cue. */
  cls: C;
  lang: WordingLang;
  /** Without the g flag; the readers add it. Linear time: see docs/extraction.md. */
  re: RegExp;
  examples: string[];
  counter: string[];
}

/** Defines a table of wordings (a helper for type inference). */
export const wordings = <C extends string>(rows: Wording<C>[]): Wording<C>[] => rows;

const globalCache = new WeakMap<RegExp, RegExp>();

/** The row's pattern with the g flag (cached), for exec loops. */
export function globalRe(w: Pick<Wording, 're'>): RegExp {
  let g = globalCache.get(w.re);
  if (!g) {
    g = new RegExp(w.re.source, w.re.flags.includes('g') ? w.re.flags : `${w.re.flags}g`);
    globalCache.set(w.re, g);
  }
  g.lastIndex = 0;
  return g;
}

export interface WordingHit<C extends string = string> {
  wording: Wording<C>;
  start: number;
  end: number;
  text: string;
}

/** Every match of every row in `text` (from `offset`), in text order. */
export function findAll<C extends string>(rows: readonly Wording<C>[], text: string, offset = 0): WordingHit<C>[] {
  const out: WordingHit<C>[] = [];
  for (const w of rows) {
    const re = globalRe(w);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      out.push({ wording: w, start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The first match of any row, in text order, or null. */
export function firstHit<C extends string>(rows: readonly Wording<C>[], text: string, offset = 0): WordingHit<C> | null {
  let best: WordingHit<C> | null = null;
  for (const w of rows) {
    const m = globalRe(w).exec(text);
    if (m && m[0] && (!best || offset + m.index < best.start)) best = { wording: w, start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] };
  }
  return best;
}

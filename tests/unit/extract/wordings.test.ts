// Wordings are data (extract/wordings/): every row's examples match, its counterexamples do not, its pattern is short
// and runs in linear time on adversarial input (repeated pieces of its own examples, long whitespace runs).
import { describe, expect, it } from 'vitest';
import { ALL_WORDINGS, globalRe } from '../../../extract/wordings';
import { linearRatio } from '../../support/linear-time';

describe('wordings', () => {
  it('have unique ids, patterns under 200 characters and no g or y flag (the readers add g)', () => {
    const ids = ALL_WORDINGS.map((w) => w.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const w of ALL_WORDINGS) {
      expect(w.re.source.length, w.id).toBeLessThanOrEqual(200);
      expect(w.re.flags, w.id).not.toMatch(/[gy]/);
      expect(w.examples.length, `${w.id} has no example`).toBeGreaterThan(0);
      expect(w.counter.length, `${w.id} has no counterexample`).toBeGreaterThan(0);
    }
  });

  it.each(ALL_WORDINGS.map((w) => [w.id, w] as const))('%s matches its examples and not its counterexamples', (_id, w) => {
    for (const e of w.examples) expect(w.re.test(e), `example "${e}"`).toBe(true);
    for (const c of w.counter) expect(w.re.test(c), `counterexample "${c}"`).toBe(false);
  });

  it.each(ALL_WORDINGS.map((w) => [w.id, w] as const))('%s runs in linear time on repeated pieces and whitespace runs', (_id, w) => {
    const piece = w.examples[0]!;
    const shapes = [
      (n: number) => piece.repeat(n),
      (n: number) => `${piece.slice(0, Math.ceil(piece.length / 2))}${' \t\n'.repeat(n)}x`,
      (n: number) => `${piece.split(/\s+/)[0]} `.repeat(n),
    ];
    for (const make of shapes) {
      const r = linearRatio(make, (t) => {
        const re = globalRe(w);
        let count = 0;
        for (let m = re.exec(t); m && count < 1e6; m = re.exec(t), count++) if (!m[0]) re.lastIndex++;
      }, { n0: 256, maxN: 1 << 16, minMs: 3, capMs: 2000 });
      expect(r.ratio, `${w.id}: n=${r.n}, ${r.msAtN.toFixed(1)} → ${r.msAt2N.toFixed(1)} ms`).toBeLessThan(3);
    }
  });
});

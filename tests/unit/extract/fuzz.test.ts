// Fuzzing detect() (fast-check, fixed seed, bounded runs): random text and corpus documents mutated the ways real
// pages go wrong (cut, duplicated, shuffled, padded with whitespace, a line repeated thousands of times, odd
// characters spliced in). No call may throw, and none may take longer than its budget, which grows with the input.
import { readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { detect, htmlToTextDocument, textDocumentFromString } from '../../../extract';
import { loadFixture } from '../../fixtures/load';
import { DOCS_DIR } from '../../fixtures/make-fixtures';

const SEED = 20261201;
/** Generous for a healthy linear path (a 50 KB document takes a few ms), far below a backtracking one. */
const budgetMs = (chars: number) => 150 + chars / 200;

let corpus: string[] = [];
beforeAll(async () => {
  const files = (await readdir(DOCS_DIR)).filter((f) => !f.endsWith('.pdf')).sort();
  corpus = await Promise.all(files.slice(0, 60).map(async (f) => (await loadFixture(f)).text));
}, 60_000);

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (t) => t.slice(0, a % (t.length + 1)) + t.slice((a % (t.length + 1)) + (b % 400))),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (t) => {
    const at = a % (t.length + 1);
    return t.slice(0, at) + t.slice(at, at + (b % 300)).repeat(1 + (b % 7)) + t.slice(at);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(' ', '\t', '\n', ' \n', '\r', '\u00a0', '\u2028'), fc.integer({ min: 100, max: 20_000 })).map(([a, ws, n]): Mutation => (t) => {
    const at = a % (t.length + 1);
    return t.slice(0, at) + ws.repeat(n) + t.slice(at);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 100, max: 3000 })).map(([a, n]): Mutation => (t) => {
    const lines = t.split('\n');
    const line = lines[a % lines.length] ?? '';
    return [...lines, ...Array<string>(n).fill(line)].join('\n');
  }),
  fc.nat().map((seed): Mutation => (t) => {
    const lines = t.split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = (seed + i * 7919) % (i + 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 })).map(([a, s]): Mutation => (t) => {
    const at = a % (t.length + 1);
    return t.slice(0, at) + s + t.slice(at);
  }),
);

function timed(text: string): number {
  const t0 = performance.now();
  detect(textDocumentFromString(text, 'fuzz.txt'), { today: '2026-12-31' });
  return performance.now() - t0;
}

describe('fuzzing detect()', () => {
  it('never throws or overruns its budget on mutated corpus documents', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (pick, mutations) => {
        const text = mutations.reduce((t, m) => m(t), corpus[pick % corpus.length]!);
        const ms = timed(text);
        expect(ms, `${text.length} characters took ${ms.toFixed(0)} ms`).toBeLessThan(budgetMs(text.length));
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  it('never throws or overruns its budget on random text with notice words', () => {
    const words = fc.constantFrom('Utilization Review', 'denied', 'claim no', 'Date:', 'QME panel', 'served by mail on', '03/04/2026', 'March 4, 2026', '\t', '\n', '(', '[x]', 'PROOF OF SERVICE', 'upheld', 'MPN', 'permanent and stationary', 'If', 'Dr.', 'Letter history');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 12 })), { maxLength: 3000 }), (parts) => {
        const text = parts.join(' ');
        expect(timed(text)).toBeLessThan(budgetMs(text.length));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('never throws on random HTML', () => {
    const tags = fc.constantFrom('<p>', '</p>', '<td>', '<tr>', '<script>', '</script>', '<!--', '-->', '<a href="', '"', "'", '<', '>', '<br/>', '<div hidden>', '</div>', '&amp;', '&#x', 'Date mailed: 03/04/2026');
    fc.assert(
      fc.property(fc.array(fc.oneof(tags, fc.string({ maxLength: 8 })), { maxLength: 2000 }), (parts) => {
        const html = parts.join('');
        const t0 = performance.now();
        detect(htmlToTextDocument(html, 'fuzz.html'), { today: '2026-12-31' });
        expect(performance.now() - t0).toBeLessThan(budgetMs(html.length));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

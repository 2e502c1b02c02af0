// Text → notices benchmark (run: npx tsx tests/bench/extract.bench.ts): documents per second for detect() on the
// text of every corpus document, against chrono-node (a well-known generic date parser) parsing the same text,
// in the same run, alternating rounds. Reading files (pdf.js, HTML) is outside the timing: both get the same
// strings. chrono only finds dates; detect() also classifies, labels dates by role and extracts facts.
import { readdir } from 'node:fs/promises';
import * as chrono from 'chrono-node';
import { detect, htmlToTextDocument, parseDates, type TextDocument } from '../../extract';
import { loadFixture } from '../fixtures/load';
import { DOCS_DIR } from '../fixtures/make-fixtures';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const REF = new Date('2026-06-01T12:00:00Z');

export interface ExtractBenchResult {
  documents: number;
  characters: number;
  rounds: number;
  passes: number; // passes over the corpus per round
  detectDocsPerSecond: number;
  parseDatesDocsPerSecond: number;
  chronoDocsPerSecond: number;
  chronoEsDocsPerSecond: number;
  datesFound: { claimclock: number; chrono: number };
  slowestDetectMs: { file: string; ms: number };
  /** A ~200 KB portal page (1,500-row payment table around a UR denial), as the content script sees it. */
  bigPage: { characters: number; detectMs: number; chronoMs: number };
}

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

export async function loadCorpusTexts(): Promise<TextDocument[]> {
  const files = (await readdir(DOCS_DIR)).sort();
  return Promise.all(files.map((f) => loadFixture(f)));
}

export async function runExtractBench(rounds = 7, passes = 5): Promise<ExtractBenchResult> {
  const docs = await loadCorpusTexts();
  const texts = docs.map((d) => d.text);
  const n = docs.length * passes;
  const runDetect = () => {
    for (let p = 0; p < passes; p++) for (const d of docs) detect(d, { today: '2026-12-31' });
  };
  const runParse = () => {
    for (let p = 0; p < passes; p++) for (const t of texts) parseDates(t);
  };
  const runChrono = () => {
    for (let p = 0; p < passes; p++) for (const t of texts) chrono.parse(t, REF);
  };
  const runChronoEs = () => {
    for (let p = 0; p < passes; p++) for (const t of texts) chrono.es.parse(t, REF);
  };
  // warm-up (JIT, regex compilation) for all four
  runDetect();
  runParse();
  runChrono();
  runChronoEs();
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  const e: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(timeIt(runDetect));
    c.push(timeIt(runChrono));
    b.push(timeIt(runParse));
    e.push(timeIt(runChronoEs));
  }
  let slowest = { file: '', ms: 0 };
  for (const d of docs) {
    const t0 = performance.now();
    detect(d);
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { file: d.source, ms: Number(ms.toFixed(2)) };
  }
  const { bigPortalPage } = await import('./content.bench');
  const big = htmlToTextDocument(await bigPortalPage(), 'big.html');
  const bigDetect: number[] = [];
  const bigChrono: number[] = [];
  for (let r = 0; r < rounds; r++) {
    bigDetect.push(timeIt(() => detect(big)) * 1000);
    bigChrono.push(timeIt(() => chrono.parse(big.text, REF)) * 1000);
  }
  return {
    bigPage: { characters: big.text.length, detectMs: Number(median(bigDetect).toFixed(1)), chronoMs: Number(median(bigChrono).toFixed(1)) },
    documents: docs.length,
    characters: texts.reduce((s, t) => s + t.length, 0),
    rounds,
    passes,
    detectDocsPerSecond: Math.round(n / median(a)),
    parseDatesDocsPerSecond: Math.round(n / median(b)),
    chronoDocsPerSecond: Math.round(n / median(c)),
    chronoEsDocsPerSecond: Math.round(n / median(e)),
    datesFound: {
      claimclock: texts.reduce((s, t) => s + parseDates(t).length, 0),
      chrono: texts.reduce((s, t) => s + chrono.parse(t, REF).length, 0),
    },
    slowestDetectMs: slowest,
  };
}

export function extractBenchMarkdown(r: ExtractBenchResult): string {
  return [
    `Corpus: ${r.documents} documents, ${r.characters.toLocaleString('en-US')} characters of text; median of ${r.rounds} rounds, ${r.passes} passes over the corpus per round.`,
    '',
    '| what runs on the same text | documents per second | finds |',
    '|---|---|---|',
    `| ClaimClock \`detect()\` (classify, dates by role, facts, evidence) | ${r.detectDocsPerSecond.toLocaleString('en-US')} | notices |`,
    `| ClaimClock \`parseDates()\` alone | ${r.parseDatesDocsPerSecond.toLocaleString('en-US')} | ${r.datesFound.claimclock} dates |`,
    `| chrono-node \`chrono.parse()\` (English) | ${r.chronoDocsPerSecond.toLocaleString('en-US')} | ${r.datesFound.chrono} dates and times |`,
    `| chrono-node \`chrono.es.parse()\` (Spanish) | ${r.chronoEsDocsPerSecond.toLocaleString('en-US')} | — |`,
    '',
    `Slowest single corpus document through detect(): ${r.slowestDetectMs.file} (${r.slowestDetectMs.ms} ms).`,
    `A ~200 KB portal page (${r.bigPage.characters.toLocaleString('en-US')} characters of visible text, a 1,500-row payment table around a UR denial): detect() ${r.bigPage.detectMs} ms, chrono.parse() ${r.bigPage.chronoMs} ms.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(extractBenchMarkdown(await runExtractBench()));
}

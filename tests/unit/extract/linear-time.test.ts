// Every path through document understanding runs in linear time: adversarial shapes (long whitespace runs after
// label words, repeated label words, unclosed brackets and tags, 10^5 dates, huge tables) fed to detect() and the
// readers, each checked as a ratio: the time at 2n stays under 3 × the time at n (tests/support/linear-time.ts).
import { describe, expect, it } from 'vitest';
import { detect, htmlToTextDocument, labelDates, MAX_DETECT_CHARS, parseDates, textDocumentFromString } from '../../../extract';
import { buildLayout } from '../../../extract/layout';
import { readForModels } from '../../../extract/read';
import { linearRatio } from '../../support/linear-time';

/** Words of every kind, so every detector and every fact reader runs on the text that follows. */
const ALL_KINDS = [
  'NOTICE OF UTILIZATION REVIEW DECISION. Independent Medical Review final determination. QME panel number 1234567',
  'qualified medical evaluator panel. Permanent and stationary report PR-4, maximum medical improvement.',
  'Medical provider network (MPN) second opinion list. Workers\' compensation claim, claims administrator.',
  'The request for authorization (RFA) is not certified. The UR decision is upheld. Date of UR Decision: 03/02/2026.',
  'Proof of service: I served the foregoing by U.S. mail on 03/04/2026.',
].join('\n');

const WS = [' ', '\n', ' \t\n', '\r'];
const LABEL_WORDS = [
  'review', 'Utilization Review', 'type of review', 'claim no', 'claim', 'Claim #', 'decision', 'determination', 'result',
  'outcome', 'panel #', 'panel number', 'case number', 'número de reclamo', 'specialty', 'attorney', 'abogado',
  'received', 'RECEIVED', 'date', 'Date:', 'dated', 'historial de x', 'letter history', 'From: a', 'On Monday',
  'placing', 'served', 'mailed', 'On', 'Dr', 'if', 'may request', 'MM / DD', 'requested by', '(', '[', '[x]',
];

interface Shape {
  name: string;
  make: (n: number) => string;
}

const shapes: Shape[] = [];
for (const word of LABEL_WORDS) {
  for (const ws of WS) shapes.push({ name: `"${word}" then a run of ${JSON.stringify(ws)}`, make: (n) => `${word}${ws.repeat(n)}x` });
  shapes.push({ name: `"${word}" repeated`, make: (n) => `${word} `.repeat(n) });
  shapes.push({ name: `"${word}" repeated with no space`, make: (n) => word.repeat(n) });
}
shapes.push(
  { name: '10^5 numeric dates', make: (n) => '03/04/2026 '.repeat(n) },
  { name: 'month-name dates', make: (n) => 'March 4, 2026\n'.repeat(n) },
  { name: 'dates in tab-separated boxes', make: (n) => '03\t04\t2026\t'.repeat(n) },
  { name: 'a table of tab-separated rows', make: (n) => 'Date\tDecision\tItem\n'.concat('03/04/2026\tDenied\tPhysical therapy\n'.repeat(n)) },
  { name: 'one line with many cells', make: (n) => 'x\t'.repeat(n) },
  { name: 'unclosed parentheses', make: (n) => '('.repeat(n) },
  { name: 'initials and periods', make: (n) => 'm.\n'.repeat(n) },
  { name: 'abbreviations', make: (n) => 'Dr. A. B. '.repeat(n) },
  { name: 'question lines', make: (n) => 'What is IMR?\n'.repeat(n) },
  { name: 'letters with no separator', make: (n) => 'a'.repeat(n) },
  { name: 'digits with no separator', make: (n) => '1'.repeat(n) },
  { name: 'claim codes', make: (n) => 'Claim ' + 'AB'.repeat(n) },
  { name: 'quote markers', make: (n) => '> On Mon wrote:\n'.repeat(n) },
  // the forward test (extract/read.ts) reads the newest message, before the quoted mail
  { name: 'subject lines that almost say FW, above a quoted mail', make: (n) => `${'Subject: FW '.repeat(n)}\n-----Original Message-----\nFrom: a` },
  { name: 'a subject label then a run of blanks, above a quoted mail', make: (n) => `Subject:${' \t'.repeat(n)}\n-----Original Message-----\nFrom: a` },
);

const detectOn = (text: string) => detect(textDocumentFromString(`${ALL_KINDS}\n${text}\n${ALL_KINDS}`, 'adversarial.txt'), { today: '2026-12-31' });

describe('detect() runs in linear time on adversarial text', () => {
  it.each(shapes.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    // measured above 20 ms so a garbage collection or a busy core (CI runs test files in parallel) cannot fake a ratio
    // up to the largest n whose 2n text detect() still reads (MAX_DETECT_CHARS): a focused read can stay under minMs
    const perN = shape.make(1024).length / 1024;
    const maxN = Math.min(1 << 17, 2 ** Math.floor(Math.log2((MAX_DETECT_CHARS - 2 * ALL_KINDS.length - 2) / (2 * perN))));
    const r = linearRatio((n) => shape.make(n), detectOn, { n0: 512, maxN, minMs: 20, capMs: 3000 });
    expect(r.ratio, `n=${r.n}: ${r.msAtN.toFixed(1)} ms → ${r.msAt2N.toFixed(1)} ms`).toBeLessThan(3);
  });
});

describe('the readers and the layout run in linear time', () => {
  const texts = [
    (n: number) => `Letter history\n${'03/02/2025\tUR decision\tDenied\n'.repeat(n)}`,
    (n: number) => `From: a\nSent: b\n${'From: x\n'.repeat(n)}`,
    (n: number) => `${'historial de '.repeat(n)}\n`,
  ];
  it.each(texts.map((make, i) => [i, make] as const))('the layout and the model features, shape %i', (_i, make) => {
    const r = linearRatio(make, (t) => (buildLayout(textDocumentFromString(t, 'x.txt')), readForModels(textDocumentFromString(t, 'x.txt'))), { n0: 256, minMs: 4 });
    expect(r.ratio).toBeLessThan(3);
  });

  it.each([
    ['dates', (n: number) => '3/4/26 March 4, 2026 04-Mar-2026 2026-03-04 4 de marzo de 2026 '.repeat(n)],
    ['labels before dates', (n: number) => 'Date mailed: 03/04/2026\tDate of injury: 01/02/2025\n'.repeat(n)],
  ] as const)('parseDates and labelDates: %s', (_name, make) => {
    const r = linearRatio(make, (t) => (parseDates(t), labelDates(t)), { n0: 128, minMs: 6 });
    expect(r.ratio).toBeLessThan(3);
  });

  it.each([
    ['unclosed "<" before text', (n: number) => '<a '.repeat(n)],
    ['unclosed quotes in a tag', (n: number) => `<p title="${'x'.repeat(n)}`],
    ['many script and style elements', (n: number) => '<script>x</script><style>y</style><p>z</p>'.repeat(n)],
    ['unclosed comments', (n: number) => '<!-- a '.repeat(n)],
    ['deep nesting', (n: number) => '<div>'.repeat(n) + 'Date mailed: 03/04/2026' + '</div>'.repeat(n)],
    ['a huge table', (n: number) => `<table>${'<tr><td>03/04/2026</td><td>Denied</td></tr>'.repeat(n)}</table>`],
  ] as const)('the HTML reader: %s', (_name, make) => {
    const r = linearRatio(make, (html) => htmlToTextDocument(html, 'x.html'), { n0: 256, minMs: 6 });
    expect(r.ratio).toBeLessThan(3);
  });
});

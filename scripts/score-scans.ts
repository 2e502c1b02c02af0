// Scores the scanned corpus (issue 12, item 5): `npx tsx scripts/score-scans.ts [--only scan|fax] [--letters N]`
// reads every letter of tests/fixtures/scanned/out/ (scripts/make-scans.ts) the way `claimclock scan --ocr` does
// (cli/scan.ts scanNotices: the text layer, else OCR of the rendered pages) and prints, for the text PDFs and for
// each scanned variant of the same letters: trigger dates correct, deadlines exact, later than the law, safe dates
// too late, and how many deadlines of OCR-read notices say they need a check because of OCR. Also the seconds per
// page of OCR and the process's peak memory. The OCR text of each file is written beside it (<name>.<variant>.txt).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deadlinesFor } from '../app/deadlines';
import { scanNotices, defaultScanDeps, type ScanDeps, type ScanOptions } from '../cli/scan';
import type { Notice } from '../model';
import { defaultRuleset } from '../rules';
import { DEFAULT_SETTINGS } from '../storage/types';
import { CORPUS_TODAY, headline, score, totals, type DocResult } from '../tests/fixtures/score';
import { SCANS_DIR, VARIANTS, type ScannedLetter } from './make-scans';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = arg('--only');
const variants = ['text', ...VARIANTS.filter((v) => !only || v === only)];
const manifest = JSON.parse(await readFile(join(SCANS_DIR, 'manifest.json'), 'utf8')) as ScannedLetter[];
const letters = manifest.slice(0, Number(arg('--letters') ?? manifest.length));

const ocrTexts = new Map<string, string>();
const base = defaultScanDeps();
const deps: ScanDeps = {
  ...base,
  ocrPdf: async (bytes, source) => {
    const doc = await base.ocrPdf(bytes, source);
    ocrTexts.set(source, doc.text);
    return doc;
  },
};
const options: ScanOptions = { cwd: SCANS_DIR, today: CORPUS_TODAY, profile: DEFAULT_SETTINGS.profile, ocr: true };
const CTX = { settings: DEFAULT_SETTINGS, ruleset: defaultRuleset(), today: CORPUS_TODAY };

interface Row {
  variant: string;
  results: DocResult[];
  seconds: number;
  pages: number;
  ocrDeadlines: number;
  ocrFlagged: number;
  /** OCR deadlines that say needsCheck for another reason only, and those that do not at all. */
  unflagged: string[];
  peakMb: number;
}

const rows: Row[] = [];
for (const variant of variants) {
  const results: DocResult[] = [];
  let ocrDeadlines = 0;
  let ocrFlagged = 0;
  const unflagged: string[] = [];
  const started = performance.now();
  for (const letter of letters) {
    const file = `${letter.name}.${variant}.pdf`;
    const found: Notice[] = await scanNotices(join(SCANS_DIR, file), file, options, deps);
    results.push({ file: letter.name, set: letter.set, expected: letter.truth.notices, quoted: letter.truth.quoted ?? [], found });
    const text = ocrTexts.get(file);
    if (text === undefined) continue;
    await writeFile(join(SCANS_DIR, `${letter.name}.${variant}.txt`), text + '\n');
    for (const n of found) {
      for (const d of deadlinesFor(n, CTX).filter((x) => x.type === 'deadline')) {
        ocrDeadlines++;
        if (d.needsCheck && d.checkReasons.includes('ocr')) ocrFlagged++;
        else unflagged.push(`${letter.name}: ${d.rule} ${d.needsCheck ? `needsCheck (${d.checkReasons.join(', ')})` : 'no check'}`);
      }
    }
    process.stderr.write('.');
  }
  const seconds = (performance.now() - started) / 1000;
  rows.push({ variant, results, seconds, pages: letters.reduce((a, l) => a + l.pages, 0), ocrDeadlines, ocrFlagged, unflagged, peakMb: process.resourceUsage().maxRSS / 1024 });
  process.stderr.write(` ${variant} done\n`);
}

const out: string[] = [];
out.push(`Scanned corpus: ${letters.length} letters, ${rows[0]!.pages} pages (tests/fixtures/scanned/out, scripts/make-scans.ts), read as \`claimclock scan --ocr\` does, today ${CORPUS_TODAY}.`);
out.push('');
out.push('| source | trigger dates correct | deadlines exact | later than the law | safe date too late | OCR deadlines flagged (ocr) | s/page | peak RSS so far |');
out.push('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const s = score(r.results);
  const t = totals(s);
  const d = s.deadlines;
  const ocr = r.variant !== 'text';
  out.push(`| ${r.variant} | ${t.dc}/${t.dr} | ${d.exact}/${d.expected} | ${d.lateLatest} | ${d.lateDue} | ${ocr ? `${r.ocrFlagged}/${r.ocrDeadlines}` : '—'} | ${ocr ? (r.seconds / r.pages).toFixed(2) : '—'} | ${Math.round(r.peakMb)} MB |`);
}
for (const r of rows) {
  const s = score(r.results);
  out.push('', `## ${r.variant}`, '', headline(s), '');
  for (const m of s.mismatches) out.push(`- ${m.file}: ${m.what}`);
  if (r.unflagged.length) out.push('', 'OCR deadlines without the ocr reason:', ...r.unflagged.map((u) => `- ${u}`));
}
const report = out.join('\n') + '\n';
process.stdout.write(report);

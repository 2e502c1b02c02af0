// Fits the extractor's models on the labelled corpus and writes extract/model/weights.json (npm run fit).
//   npm run fit               → writes the weights (tests/unit/extract/weights.test.ts checks the file is up to date)
//   npm run fit -- --cv       → cross-validation by batch: the table for docs/extraction.md (nothing written)
//   npm run fit -- --cv --detail → also every mismatch of the left-out documents
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fitWeights } from '../extract/model/train';
import { crossValidate, labelled } from '../tests/fixtures/cross-validate';
import { headline, loadTrainingCorpus, scoreMarkdown } from '../tests/fixtures/score';

export const WEIGHTS_FILE = join(import.meta.dirname, '..', 'extract', 'model', 'weights.json');

/** The weights file's text, as the fit writes it. */
export const weightsJson = (w: unknown) => `${JSON.stringify(w)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const t0 = performance.now();
  const docs = await loadTrainingCorpus();
  const readings = labelled(docs);
  console.log(`${docs.length} documents read in ${Math.round(performance.now() - t0)} ms`);
  if (args.includes('--cv')) {
    const cv = crossValidate(docs, readings);
    for (const s of cv.bySet) console.log(`${s.set.padEnd(12)} ${String(s.documents).padStart(3)} docs: ${headline(s.score)}`);
    console.log(`\ncross-validated, all ${docs.length}: ${headline(cv.all)}\n\n${scoreMarkdown(cv.all)}`);
    if (args.includes('--detail')) console.log(`\n${cv.all.mismatches.map((m) => `- ${m.file}: ${m.what}`).join('\n')}`);
  } else {
    const weights = fitWeights(readings);
    await writeFile(WEIGHTS_FILE, weightsJson(weights));
    console.log(`wrote ${WEIGHTS_FILE} (${Math.round(weightsJson(weights).length / 1024)} KB) in ${Math.round(performance.now() - t0)} ms`);
  }
}

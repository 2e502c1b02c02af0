// The fitted models against the labelled corpus (tests/fixtures/README.md):
// - the committed weights are exactly what `npm run fit` produces from the corpus (no hand-edited weights);
// - cross-validated by batch (fit on the other batches, score the one left out), the scores stay above their floors.
//   The floors hold on documents the weights never saw; a fit to the whole corpus is not a result and is not tested.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitWeights } from '../../../extract/model/train';
import { WEIGHTS_FILE, weightsJson } from '../../../scripts/fit';
import { crossValidate, labelled, type CrossValidation } from '../../fixtures/cross-validate';
import { loadTrainingCorpus, totals, type CorpusDoc } from '../../fixtures/score';

let docs: CorpusDoc[];
let readings: ReturnType<typeof labelled>;
let cv: CrossValidation;

beforeAll(async () => {
  docs = await loadTrainingCorpus();
  readings = labelled(docs);
  cv = crossValidate(docs, readings);
}, 240_000);

describe('the labelled corpus', () => {
  it('has every kind, Spanish notices, documents with no notice and several batches', () => {
    const s = cv.all;
    expect(s.documents).toBeGreaterThanOrEqual(160);
    expect(s.negatives).toBeGreaterThanOrEqual(40);
    for (const k of s.kinds) expect(k.documents, k.kind).toBeGreaterThanOrEqual(10);
    expect(docs.filter((d) => d.truth.notices.some((n) => n.language === 'es')).length).toBeGreaterThanOrEqual(15);
    expect(cv.bySet.length).toBeGreaterThanOrEqual(8);
  });
});

describe('the committed weights', () => {
  it('are exactly what the fit produces from the corpus', async () => {
    const committed = await readFile(WEIGHTS_FILE, 'utf8');
    expect(committed === weightsJson(fitWeights(readings)), 'extract/model/weights.json is stale: run `npm run fit`').toBe(true);
  }, 60_000);
});

describe('cross-validated by batch', () => {
  it('finds notices with at least 0.95 precision and recall', () => {
    const t = totals(cv.all);
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.recall).toBeGreaterThanOrEqual(0.95);
  });

  // floors a little under the cross-validated scores when the last batch joined (432 documents, with b15's header
  // boxes, stamps and blank proofs of service: 82.8% and 75.3%; docs/extraction.md); they catch a regression, they
  // are not the goal
  it('reads at least 82% of trigger dates and 74% of deadlines exactly', () => {
    const t = totals(cv.all);
    expect(t.triggerDates).toBeGreaterThanOrEqual(0.82);
    expect(t.deadlinesExact).toBeGreaterThanOrEqual(0.74);
  });

  it('never gives a deadline later than the law allows, nor takes an injury or birth date as a trigger', () => {
    expect(cv.all.deadlines.lateLatest).toBe(0);
    expect(cv.all.neverTriggerViolations).toBe(0);
  });

  it('asks for a check on most wrong deadlines, and on few right ones', () => {
    const d = cv.all.deadlines;
    // 61 of 66 in CV over 432 documents; the three left have right trigger dates (a service method or the
    // representation was misread) or a RECEIVED stamp lost in the layout
    expect(d.flagged / d.wrong).toBeGreaterThanOrEqual(0.9);
    // substitute triggers ask more often (38% of exact ones in CV over 432 documents): the price of never being
    // later than the law, and of saying so when the letter's own date was not read
    expect(d.flaggedExact / d.exact).toBeLessThanOrEqual(0.4);
  });
});

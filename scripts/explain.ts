// Shows how the extractor reads one corpus document: the kind probabilities, and each date with its features and its
// probability for every role of the kinds found. With --cv the weights are fitted without the document's own set
// (what cross-validation scored), so a mistake can be understood without looking at weights fitted on it.
//   npx tsx scripts/explain.ts holdout5-ur-approval.pdf [--cv]
import { detect } from '../extract';
import { kindDateFeatures, roleFeatures } from '../extract/features';
import { DETECTED_KINDS, KIND_ROLES } from '../extract/kinds';
import { probability, WEIGHTS } from '../extract/model';
import { fitWeights } from '../extract/model/train';
import { readForModels } from '../extract/read';
import { labelled } from '../tests/fixtures/cross-validate';
import { CORPUS_TODAY, loadTrainingCorpus } from '../tests/fixtures/score';

const [file, ...flags] = process.argv.slice(2);
const docs = await loadTrainingCorpus();
const doc = docs.find((d) => d.file === file);
if (!doc) throw new Error(`no corpus document ${file}`);
const weights = flags.includes('--cv') ? fitWeights(labelled(docs.filter((d) => d.set !== doc.set))) : WEIGHTS;
const r = readForModels(doc.doc);
console.log(`${file} (${doc.set}) lang ${r.lang}, scope ${r.scope.end}/${r.layout.text.length}`);
console.log(`document features: ${r.documentFeatures.join(' ')}`);
for (const k of DETECTED_KINDS) console.log(`  P(${k}) = ${probability(weights.kinds[k], r.documentFeatures).toFixed(3)}`);
console.log(`truth: ${JSON.stringify(doc.truth.notices.map((n) => ({ kind: n.kind, outcome: n.outcome, dates: n.dates })))}`);
const found = detect(doc.doc, { today: CORPUS_TODAY, weights });
console.log(`found: ${JSON.stringify(found.map((n) => ({ kind: n.kind, outcome: n.outcome, dates: n.dates, checks: n.dateChecks, conf: n.dateConfidence })))}`);
const kinds = [...new Set([...found.map((n) => n.kind), ...doc.truth.notices.map((n) => n.kind)])].filter((k): k is (typeof DETECTED_KINDS)[number] => DETECTED_KINDS.includes(k as never));
for (const [i, d] of r.dates.entries()) {
  console.log(`\n${d.reading.iso} "${d.reading.text.replace(/\s+/g, ' ')}" @${d.reading.start}: ${d.features.join(' ')}`);
  for (const k of kinds) {
    const f = kindDateFeatures(k, r.dates)[i]!;
    const ps = [...KIND_ROLES[k].map((role) => [role, probability(weights.dates, roleFeatures(role, f))] as const), ['quoted', probability(weights.quoted, f)] as const].filter(([, p]) => p >= 0.05);
    console.log(`  ${k}: ${ps.map(([role, p]) => `${role} ${p.toFixed(2)}`).join(', ')}`);
  }
}

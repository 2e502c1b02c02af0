// Prints the corpus accuracy table (run: npx tsx tests/bench/accuracy.ts; also part of npm run bench):
// per-kind precision/recall, outcome and trigger-date accuracy, fact accuracy, and every mismatch.
import { runCorpus, score, scoreMarkdown, type CorpusScore } from '../fixtures/score';

export async function runAccuracy(): Promise<CorpusScore> {
  return score(await runCorpus());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await runAccuracy();
  console.log(`Corpus: ${s.documents} documents (${s.negatives} with no notice)\n`);
  console.log(scoreMarkdown(s));
  if (s.mismatches.length) console.log(`\nMismatches:\n${s.mismatches.map((m) => `- ${m.file}: ${m.what}`).join('\n')}`);
}

// Prints the corpus accuracy table (run: npx tsx tests/bench/accuracy.ts; also part of npm run bench):
// per-kind precision/recall, outcome and trigger-date accuracy, fact accuracy, and every mismatch.
import { runCorpus, score, scoreMarkdown, type CorpusScore } from '../fixtures/score';

export interface Accuracy {
  all: CorpusScore;
  development: CorpusScore;
  holdout: CorpusScore;
  holdout2: CorpusScore;
  holdout3: CorpusScore;
  holdout4: CorpusScore;
  holdout5: CorpusScore;
  holdout6: CorpusScore;
}

export async function runAccuracy(): Promise<Accuracy> {
  const results = await runCorpus();
  return {
    all: score(results),
    development: score(results.filter((r) => r.set === 'development')),
    holdout: score(results.filter((r) => r.set === 'holdout')),
    holdout2: score(results.filter((r) => r.set === 'holdout2')),
    holdout3: score(results.filter((r) => r.set === 'holdout3')),
    holdout4: score(results.filter((r) => r.set === 'holdout4')),
    holdout5: score(results.filter((r) => r.set === 'holdout5')),
    holdout6: score(results.filter((r) => r.set === 'holdout6')),
  };
}

export function accuracyMarkdown(a: Accuracy): string {
  const part = (title: string, s: CorpusScore) =>
    `### ${title}: ${s.documents} documents (${s.negatives} with no notice)\n\n${scoreMarkdown(s)}${s.mismatches.length ? `\n\nMismatches:\n${s.mismatches.map((m) => `- ${m.file}: ${m.what}`).join('\n')}` : ''}`;
  return [part('Whole corpus', a.all), part('Development set (the detectors were tuned on it)', a.development), part('Held-out set 1', a.holdout), part('Held-out set 2', a.holdout2), part('Held-out set 3', a.holdout3), part('Held-out set 4', a.holdout4), part('Held-out set 5', a.holdout5), part('Held-out set 6', a.holdout6)].join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(accuracyMarkdown(await runAccuracy()));
}

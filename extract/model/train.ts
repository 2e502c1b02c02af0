// Fitting the models from labelled documents (scripts/fit.ts, and the tests that check the committed weights and the
// cross-validated scores). Pure: readings and truths in, weights out, the same for the same input.
import { kindDateFeatures, outcomeFeatures, roleFeatures } from '../features';
import { DETECTED_KINDS, KIND_OUTCOMES, KIND_ROLES, passesGate, type DetectedKind } from '../kinds';
import type { Reading } from '../read';
import { fit, type Example, type FitOptions } from './linear';
import type { Weights } from './index';

/** What the fit needs of a labelled document (the corpus truth's shape, tests/fixtures/truth-types.ts). */
export interface LabelledDocument {
  set: string;
  reading: Reading;
  notices: { kind: string; outcome?: string; dates: Partial<Record<string, string>> }[];
  quoted?: string[];
}

export const FIT_OPTIONS: Record<'kinds' | 'outcomes' | 'roles', FitOptions> = {
  kinds: { l2: 0.003, steps: 400, rate: 0.05, minCount: 2, prune: 0.02 },
  outcomes: { l2: 0.01, steps: 400, rate: 0.05, minCount: 2, prune: 0.02 },
  roles: { l2: 0.001, steps: 300, rate: 0.05, minCount: 3, prune: 0.05 },
};

export function examples(docs: readonly LabelledDocument[]) {
  const kinds = Object.fromEntries(DETECTED_KINDS.map((k) => [k, [] as Example[]])) as Record<DetectedKind, Example[]>;
  const outcomes: Partial<Record<DetectedKind, Example[]>> = {};
  const dates: Example[] = [];
  const quoted: Example[] = [];
  for (const doc of docs) {
    // the kind models weigh only documents that pass the kind's gate (detect() never asks them about the others)
    for (const kind of DETECTED_KINDS) {
      if (passesGate(kind, doc.reading.documentFeatures)) kinds[kind].push({ features: doc.reading.documentFeatures, label: doc.notices.some((n) => n.kind === kind) ? 1 : 0 });
    }
    for (const n of doc.notices) {
      const kind = n.kind as DetectedKind;
      if (!DETECTED_KINDS.includes(kind)) continue;
      const classes = KIND_OUTCOMES[kind];
      if (classes && n.outcome && classes.includes(n.outcome as never)) {
        (outcomes[kind] ??= []).push({ features: outcomeFeatures(doc.reading.document), label: classes.indexOf(n.outcome as never) });
      }
      const own = new Set(doc.notices.flatMap((x) => Object.values(x.dates)));
      const feats = kindDateFeatures(kind, doc.reading.dates);
      for (const [i, d] of doc.reading.dates.entries()) {
        const features = feats[i]!;
        for (const role of KIND_ROLES[kind]) dates.push({ features: roleFeatures(role, features), label: n.dates[role] === d.reading.iso ? 1 : 0 });
        quoted.push({ features, label: doc.quoted?.includes(d.reading.iso) && !own.has(d.reading.iso) ? 1 : 0 });
      }
    }
  }
  return { kinds, outcomes, dates, quoted };
}

/** Each example weighted so that every class counts as much in total (a rare outcome is not drowned by the common). */
export function balanced(examples: readonly Example[]): Example[] {
  const counts = new Map<number, number>();
  for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  return examples.map((e) => ({ ...e, weight: examples.length / (counts.size * counts.get(e.label)!) }));
}

/** Weights fitted on `docs` (every one of them: the caller leaves out what it will score). */
export function fitWeights(docs: readonly LabelledDocument[]): Weights {
  const ex = examples(docs);
  const sets = [...new Set(docs.map((d) => d.set))].sort();
  const binary = ['no', 'yes'];
  return {
    fittedOn: { sets, documents: docs.length },
    kinds: Object.fromEntries(DETECTED_KINDS.map((k) => [k, fit(binary, ex.kinds[k], FIT_OPTIONS.kinds)])) as Weights['kinds'],
    outcomes: Object.fromEntries(
      Object.entries(ex.outcomes).map(([k, e]) => [k, fit([...KIND_OUTCOMES[k as DetectedKind]!], balanced(e), FIT_OPTIONS.outcomes)]),
    ) as Weights['outcomes'],
    dates: fit(binary, ex.dates, FIT_OPTIONS.roles),
    quoted: fit(binary, ex.quoted, FIT_OPTIONS.roles),
  };
}

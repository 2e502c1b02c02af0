// Multinomial logistic regression over sparse binary features (named strings), the one model kind the extractor uses:
// a document's kinds and outcome, and each date's roles, are all "which class, given these features". Class 0 is the
// reference (its logits are 0), so a two-class model is plain logistic regression. Prediction is pure and cheap; the
// fit (scripts/fit.ts) is deterministic: full-batch Adam from zero weights, a fixed number of steps, L2 penalty.

export interface LinearModel {
  /** Class names; classes[0] is the reference class (for a binary model, the "no" class). */
  classes: string[];
  /** Per non-reference class. */
  bias: number[];
  /** feature → one weight per non-reference class (features absent here weigh 0). */
  weights: Record<string, number[]>;
}

/** Class probabilities for a set of features (duplicates count once). */
export function predict(model: LinearModel, features: Iterable<string>): number[] {
  const k = model.classes.length - 1;
  const z = model.bias.slice();
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f)) continue;
    seen.add(f);
    const w = model.weights[f];
    if (w) for (let c = 0; c < k; c++) z[c]! += w[c]!;
  }
  let max = 0;
  for (const v of z) if (v > max) max = v;
  const exps = [Math.exp(-max), ...z.map((v) => Math.exp(v - max))];
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** P(class 1) of a binary model. */
export const probability = (model: LinearModel, features: Iterable<string>): number => predict(model, features)[1]!;

/** The features with the largest weight toward class `c` (1-based: a non-reference class), for evidence. */
export function weightOf(model: LinearModel, feature: string, c = 1): number {
  return model.weights[feature]?.[c - 1] ?? 0;
}

export interface Example {
  features: readonly string[];
  /** Index into the classes. */
  label: number;
  /** How much the example counts (default 1). */
  weight?: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the biases), relative to the total example weight. */
  l2?: number;
  steps?: number;
  rate?: number;
  /** Features seen in fewer examples are left out (they would only fit noise). */
  minCount?: number;
  /** Weights smaller than this are dropped after the fit (a smaller file for the page; they barely move a score). */
  prune?: number;
}

/** Fits a model; deterministic for the same examples in the same order. */
export function fit(classes: string[], examples: readonly Example[], options: FitOptions = {}): LinearModel {
  const { l2 = 0.02, steps = 300, rate = 0.1, minCount = 2, prune = 1e-3 } = options;
  const k = classes.length - 1;
  // feature dictionary, in order of first appearance (deterministic)
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= minCount);
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => [...new Set(e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))]);
  const n = names.length;
  const total = examples.reduce((a, e) => a + (e.weight ?? 1), 0) || 1;
  // parameters: w[f * k + c], b[c]; Adam moments alongside
  const w = new Float64Array(n * k);
  const b = new Float64Array(k);
  const mw = new Float64Array(n * k);
  const vw = new Float64Array(n * k);
  const mb = new Float64Array(k);
  const vb = new Float64Array(k);
  const gw = new Float64Array(n * k);
  const gb = new Float64Array(k);
  const z = new Float64Array(k);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  for (let step = 1; step <= steps; step++) {
    gw.fill(0);
    gb.fill(0);
    for (let i = 0; i < examples.length; i++) {
      const row = rows[i]!;
      const weight = (examples[i]!.weight ?? 1) / total;
      for (let c = 0; c < k; c++) z[c] = b[c]!;
      for (const f of row) for (let c = 0; c < k; c++) z[c]! += w[f * k + c]!;
      let max = 0;
      for (let c = 0; c < k; c++) if (z[c]! > max) max = z[c]!;
      let sum = Math.exp(-max);
      for (let c = 0; c < k; c++) sum += Math.exp(z[c]! - max);
      const label = examples[i]!.label;
      for (let c = 0; c < k; c++) {
        const g = (Math.exp(z[c]! - max) / sum - (label === c + 1 ? 1 : 0)) * weight;
        gb[c]! += g;
        for (const f of row) gw[f * k + c]! += g;
      }
    }
    for (let j = 0; j < n * k; j++) gw[j]! += l2 * w[j]!;
    const c1 = 1 - beta1 ** step;
    const c2 = 1 - beta2 ** step;
    for (let j = 0; j < n * k; j++) {
      mw[j] = beta1 * mw[j]! + (1 - beta1) * gw[j]!;
      vw[j] = beta2 * vw[j]! + (1 - beta2) * gw[j]! * gw[j]!;
      w[j]! -= (rate * (mw[j]! / c1)) / (Math.sqrt(vw[j]! / c2) + eps);
    }
    for (let c = 0; c < k; c++) {
      mb[c] = beta1 * mb[c]! + (1 - beta1) * gb[c]!;
      vb[c] = beta2 * vb[c]! + (1 - beta2) * gb[c]! * gb[c]!;
      b[c]! -= (rate * (mb[c]! / c1)) / (Math.sqrt(vb[c]! / c2) + eps);
    }
  }
  const round = (x: number) => Math.round(x * 1e3) / 1e3;
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const ws = Array.from({ length: k }, (_, c) => round(w[i * k + c]!));
    if (ws.some((x) => Math.abs(x) >= prune)) weights[f] = ws;
  });
  return { classes, bias: Array.from(b, round), weights };
}

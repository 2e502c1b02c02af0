import { describe, expect, it } from 'vitest';
import { fit, predict, probability, type Example } from '../../../extract/model';

const examples: Example[] = [];
for (let i = 0; i < 60; i++) {
  // 'a' means yes, 'b' means no, 'n' is noise seen on both sides
  examples.push({ features: ['a', ...(i % 2 ? ['n'] : [])], label: 1 }, { features: ['b', ...(i % 3 ? ['n'] : [])], label: 0 });
}

describe('the linear model', () => {
  it('learns a feature that decides the class, and not the noise', () => {
    const m = fit(['no', 'yes'], examples, { steps: 200, rate: 0.1, l2: 0.01 });
    expect(probability(m, ['a'])).toBeGreaterThan(0.9);
    expect(probability(m, ['b'])).toBeLessThan(0.1);
    expect(Math.abs(m.weights.n?.[0] ?? 0)).toBeLessThan(Math.abs(m.weights.a![0]!));
  });

  it('gives probabilities that sum to one over three classes, and counts a repeated feature once', () => {
    const m = fit(['x', 'y', 'z'], [
      ...Array.from({ length: 20 }, () => ({ features: ['fx'], label: 0 })),
      ...Array.from({ length: 20 }, () => ({ features: ['fy'], label: 1 })),
      ...Array.from({ length: 20 }, () => ({ features: ['fz'], label: 2 })),
    ], { steps: 200 });
    const p = predict(m, ['fz']);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p.indexOf(Math.max(...p))).toBe(2);
    expect(predict(m, ['fz', 'fz'])).toEqual(p);
  });

  it('is deterministic and leaves out rare features', () => {
    const a = fit(['no', 'yes'], [...examples, { features: ['once'], label: 1 }], { minCount: 2 });
    const b = fit(['no', 'yes'], [...examples, { features: ['once'], label: 1 }], { minCount: 2 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.weights.once).toBeUndefined();
  });
});

// Checks that a function runs in linear time on growing input: the time at 2n must stay under `ratio` × the time at n
// (a quadratic path gives about 4, a cubic one 8). Timing is noisy, so each size is run a few times and the fastest
// run counts, and n grows until one run takes long enough to measure. A slow machine is slower at both sizes, so
// the ratio still holds there.
import { performance } from 'node:perf_hooks';

export interface LinearResult {
  n: number;
  msAtN: number;
  msAt2N: number;
  ratio: number;
}

const fastest = (fn: () => void, runs: number): number => {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};

/**
 * Times `run(make(n))` against `run(make(2n))`. Starts at `n0` and doubles n (up to `maxN`) until the time at n is at
 * least `minMs`, so the ratio is measured above timer noise. Stops early (and reports) when one run passes `capMs`:
 * that is a failure by itself.
 */
export function measureLinear<T>(make: (n: number) => T, run: (input: T) => unknown, opts: { n0?: number; maxN?: number; minMs?: number; capMs?: number; runs?: number } = {}): LinearResult {
  const { n0 = 1000, maxN = 1 << 20, minMs = 10, capMs = 5000, runs = 3 } = opts;
  let n = n0;
  let msAtN = fastest(() => run(make(n)), 1);
  while (msAtN < minMs && n * 2 <= maxN && msAtN < capMs) {
    n *= 2;
    msAtN = fastest(() => run(make(n)), 1);
  }
  if (msAtN >= capMs) return { n, msAtN, msAt2N: Infinity, ratio: Infinity };
  const a = make(n);
  const b = make(2 * n);
  // alternate the two sizes so a garbage collection or a busy core hits both alike; the fastest run of each counts
  msAtN = Infinity;
  let msAt2N = Infinity;
  for (let i = 0; i < runs; i++) {
    msAtN = Math.min(msAtN, fastest(() => run(a), 1));
    msAt2N = Math.min(msAt2N, fastest(() => run(b), 1));
  }
  // below a millisecond the clock says little: treat tiny times as linear
  const ratio = msAt2N < 1 ? 1 : msAt2N / Math.max(msAtN, 0.05);
  return { n, msAtN, msAt2N, ratio };
}

/**
 * The best of up to `attempts` measurements: a real quadratic path fails every time, while a one-off stall (a
 * garbage collection, the other core busy) does not repeat. Stops at the first measurement under `limit`.
 */
export function linearRatio<T>(make: (n: number) => T, run: (input: T) => unknown, opts: Parameters<typeof measureLinear>[2] & { limit?: number; attempts?: number } = {}): LinearResult {
  const { limit = 3, attempts = 3, ...rest } = opts;
  let best = measureLinear(make, run, rest);
  for (let i = 1; i < attempts && best.ratio >= limit && Number.isFinite(best.ratio); i++) {
    const again = measureLinear(make, run, rest);
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}


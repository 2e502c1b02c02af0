import { describe, expect, it } from 'vitest';
import { OcrCancelled } from '../../../ocr/cancel';
import { ocrPoolSize, PoolProgress, runPool, type OcrProgress } from '../../../ocr/pool';

/** A fake engine: reads page i after delays[i] ms (or never, for Infinity), and records what happened to it. */
class FakeEngine {
  terminated = false;
  read: number[] = [];
  constructor(readonly slot: number) {}
  async page(index: number, delay: number, fail = false): Promise<string> {
    if (this.terminated) throw new Error('terminated engine used');
    this.read.push(index);
    await new Promise<void>((resolve, reject) => {
      if (delay === Infinity) return; // hangs until the pool gives up on it
      setTimeout(() => (fail ? reject(new Error(`page ${index + 1} failed`)) : resolve()), delay);
    });
    return `text of page ${index + 1}`;
  }
  async terminate() {
    this.terminated = true;
  }
}

function fakePool(count: number, size: number, delays: number[], opts: { failOn?: number; signal?: AbortSignal; startDelay?: number[] } = {}) {
  const engines: FakeEngine[] = [];
  const started: number[] = [];
  const done: number[] = [];
  const run = runPool({
    count,
    size,
    signal: opts.signal,
    start: async (slot) => {
      await new Promise((r) => setTimeout(r, opts.startDelay?.[slot] ?? 0));
      const e = new FakeEngine(slot);
      engines.push(e);
      return e;
    },
    task: (engine, index) => engine.page(index, delays[index] ?? 1, index === opts.failOn),
    onStart: (index) => started.push(index),
    onDone: (_index, n) => done.push(n),
  });
  return { run, engines, started, done };
}

describe('ocrPoolSize', () => {
  it('one engine per core, capped, never more than the pages, at least one', () => {
    expect(ocrPoolSize(20, 2)).toBe(2);
    expect(ocrPoolSize(20, 16)).toBe(4);
    expect(ocrPoolSize(20, 16, 3)).toBe(3);
    expect(ocrPoolSize(1, 8)).toBe(1);
    expect(ocrPoolSize(3, 8)).toBe(3);
    expect(ocrPoolSize(0, 8)).toBe(1);
    expect(ocrPoolSize(20, undefined)).toBe(1);
    expect(ocrPoolSize(20, NaN)).toBe(1);
    expect(ocrPoolSize(20, 0)).toBe(1);
  });
});

describe('runPool', () => {
  it('reads pages in parallel and returns them in page order, whatever order they finish in', async () => {
    // page 1 is slow: pages 2..4 finish first on the other engine
    const { run, engines, started, done } = fakePool(5, 2, [60, 5, 5, 5, 5]);
    expect(await run).toEqual([1, 2, 3, 4, 5].map((n) => `text of page ${n}`));
    expect(engines).toHaveLength(2);
    expect(engines.every((e) => e.terminated)).toBe(true);
    const [a, b] = engines;
    expect([...a!.read, ...b!.read].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(Math.min(a!.read.length, b!.read.length)).toBe(1); // the engine on page 1 took no other page
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('never starts more engines than pages', async () => {
    const { run, engines } = fakePool(1, 4, [1]);
    expect(await run).toEqual(['text of page 1']);
    expect(engines).toHaveLength(1);
  });

  it('an error on one page rejects with it, starts no further page and terminates every engine', async () => {
    const { run, engines, started } = fakePool(6, 2, [5, Infinity, 5, 5, 5, 5], { failOn: 0 });
    await expect(run).rejects.toThrow('page 1 failed');
    expect(engines.every((e) => e.terminated)).toBe(true);
    expect(started).toEqual([0, 1]); // page 2 hangs on the other engine: nothing waits for it
  });

  it('aborting terminates every engine and rejects with OcrCancelled, even while a page hangs', async () => {
    const controller = new AbortController();
    const { run, engines } = fakePool(4, 2, [Infinity, Infinity, 1, 1], { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(run).rejects.toBeInstanceOf(OcrCancelled);
    expect(engines).toHaveLength(2);
    expect(engines.every((e) => e.terminated)).toBe(true);
  });

  it('an engine that finishes starting after the abort is terminated too', async () => {
    const controller = new AbortController();
    const { run, engines } = fakePool(4, 2, [Infinity, 1, 1, 1], { signal: controller.signal, startDelay: [0, 60] });
    setTimeout(() => controller.abort(), 20);
    await expect(run).rejects.toBeInstanceOf(OcrCancelled);
    await new Promise((r) => setTimeout(r, 80));
    expect(engines).toHaveLength(2);
    expect(engines.every((e) => e.terminated)).toBe(true);
    expect(engines[1]!.read).toEqual([]);
  });

  it('an already aborted signal starts nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const { run, engines } = fakePool(3, 2, [1, 1, 1], { signal: controller.signal });
    await expect(run).rejects.toBeInstanceOf(OcrCancelled);
    expect(engines).toHaveLength(0);
  });

  it('an engine that fails to start fails the run and the started ones are terminated', async () => {
    const engines: FakeEngine[] = [];
    const run = runPool({
      count: 3,
      size: 2,
      start: async (slot) => {
        if (slot === 1) throw new Error('no language data');
        const e = new FakeEngine(slot);
        engines.push(e);
        return e;
      },
      task: (engine, index) => engine.page(index, 20),
    });
    await expect(run).rejects.toThrow('no language data');
    expect(engines.every((e) => e.terminated)).toBe(true);
  });
});

describe('PoolProgress', () => {
  it('counts finished pages whole and the pages being read by their fraction; page is done + 1', () => {
    const seen: OcrProgress[] = [];
    const p = new PoolProgress(4, (x) => seen.push(x));
    p.loading();
    expect(seen.at(-1)).toEqual({ page: 1, pages: 4, fraction: 0, status: 'loading OCR' });
    p.page(0);
    p.page(1);
    p.page(0, 0.5);
    p.page(1, 0.25);
    expect(seen.at(-1)).toMatchObject({ page: 1, fraction: 0.75 / 4, status: 'recognizing text' });
    p.pageDone(1);
    expect(seen.at(-1)).toMatchObject({ page: 2, fraction: 1.5 / 4 });
    p.pageDone(0);
    p.page(0);
    p.pageDone(0);
    p.page(1, 2); // clamped
    p.pageDone(1);
    expect(seen.at(-1)).toEqual({ page: 4, pages: 4, fraction: 1, status: 'recognizing text' });
    expect(seen.every((x) => x.page >= 1 && x.page <= 4 && x.fraction >= 0 && x.fraction <= 1)).toBe(true);
  });
});

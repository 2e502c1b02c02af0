// A pool of OCR engines for multi-page documents (issue 12, item 6): pages are handed out one at a time to the
// first free engine, so pages are read in parallel, and each result lands at its page's index (page order kept).
// Pure scheduling: the caller says how to start an engine and how to read one page with it, so tests drive it with
// a fake engine. Aborting the signal, or an error on any page, terminates every engine started (and any still
// starting, as soon as it is up) and rejects with OcrCancelled or that first error.
import { OcrCancelled } from './cancel';

/** At most this many engines: each holds its own language models and page image (~100 MB or more). */
export const MAX_OCR_WORKERS = 4;

/** Engines for `pages` pages on a machine with `cores` cores: one per core, at most `max`, never more than pages. */
export function ocrPoolSize(pages: number, cores: number | undefined, max = MAX_OCR_WORKERS): number {
  const c = cores !== undefined && Number.isFinite(cores) && cores >= 1 ? Math.floor(cores) : 1;
  return Math.max(1, Math.min(c, Math.max(1, Math.floor(max)), Math.max(1, Math.floor(pages))));
}

export interface PoolEngine {
  terminate(): Promise<void>;
}

export interface PoolOptions<E extends PoolEngine, T> {
  /** How many pages (items 0 .. count-1). */
  count: number;
  /** How many engines; see ocrPoolSize(). */
  size: number;
  /** Starts engine number `slot` (0-based). */
  start: (slot: number) => Promise<E>;
  /** Reads page `index` with `engine`. */
  task: (engine: E, index: number, slot: number) => Promise<T>;
  signal?: AbortSignal;
  /** A page is taken by an engine (`index`), and a page is done (`done` pages finished so far). */
  onStart?: (index: number, slot: number) => void;
  onDone?: (index: number, done: number) => void;
}

/** Runs `task` on every index with `size` engines in parallel; results in index order. */
export async function runPool<E extends PoolEngine, T>(options: PoolOptions<E, T>): Promise<T[]> {
  const { count, signal } = options;
  if (signal?.aborted) throw new OcrCancelled();
  const results = new Array<T>(count);
  if (count <= 0) return results;
  const size = Math.max(1, Math.min(Math.floor(options.size), count));
  const engines: E[] = [];
  let next = 0;
  let done = 0;
  let failure: unknown = null;
  let stopped = false;
  let terminating: Promise<unknown> | null = null;
  const terminateAll = () => (terminating ??= Promise.allSettled(engines.map((e) => e.terminate())));

  let rejectStop: (err: unknown) => void = () => undefined;
  const stoppedPromise = new Promise<never>((_, reject) => (rejectStop = reject));
  stoppedPromise.catch(() => undefined); // only ever raced below
  const stop = (err: unknown) => {
    if (stopped) return;
    stopped = true;
    failure = err;
    void terminateAll();
    rejectStop(err);
  };
  const onAbort = () => stop(new OcrCancelled());
  signal?.addEventListener('abort', onAbort, { once: true });

  const lane = async (slot: number) => {
    const engine = await options.start(slot);
    engines.push(engine);
    if (stopped) {
      // started after the run was stopped: nothing else will terminate it
      await engine.terminate();
      return;
    }
    while (!stopped && next < count) {
      const index = next++;
      options.onStart?.(index, slot);
      const value = await options.task(engine, index, slot);
      if (stopped) return;
      results[index] = value;
      options.onDone?.(index, ++done);
    }
  };

  try {
    const lanes = Array.from({ length: size }, (_, slot) => lane(slot).catch((err: unknown) => stop(err)));
    await Promise.race([Promise.all(lanes), stoppedPromise]);
    if (stopped) throw failure;
    return results;
  } catch (err) {
    throw signal?.aborted ? new OcrCancelled() : err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    stopped = true;
    await terminateAll();
  }
}

export interface OcrProgress {
  /** 1-based: the pages done so far plus one (pages are read several at a time, in any order). */
  page: number;
  pages: number;
  fraction: number; // 0..1 over the whole document
  status: string; // 'loading OCR' until the first page is being recognized, then 'recognizing text'
}

/**
 * Progress over a document read several pages at a time: each engine's current page contributes its own
 * fraction, finished pages count whole. `page` is the next page to finish (done + 1, at most the count).
 */
export class PoolProgress {
  private readonly current = new Map<number, number>(); // slot → fraction of its current page
  private done = 0;
  private recognizing = false;

  constructor(
    private readonly pages: number,
    private readonly onProgress: (p: OcrProgress) => void,
  ) {}

  private report(): void {
    let partial = 0;
    for (const f of this.current.values()) partial += f;
    const fraction = Math.min(1, Math.max(0, (this.done + partial) / Math.max(1, this.pages)));
    this.onProgress({
      page: Math.min(this.pages, this.done + 1),
      pages: this.pages,
      fraction,
      status: this.recognizing ? 'recognizing text' : 'loading OCR',
    });
  }

  loading(): void {
    this.report();
  }

  /** Engine `slot` started a page, or tesseract says how far it is with it. */
  page(slot: number, fraction = 0): void {
    this.recognizing = true;
    this.current.set(slot, Math.min(1, Math.max(0, fraction)));
    this.report();
  }

  pageDone(slot: number): void {
    this.current.delete(slot);
    this.done++;
    this.report();
  }
}

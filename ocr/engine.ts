// Offline OCR over tesseract.js, the same in the extension and in Node: the caller says where the worker,
// cores and language data are (extension URLs, or node_modules paths). Never a CDN.
import { createWorker, type ImageLike, type LoggerMessage } from 'tesseract.js';
import { normalizeOcrText } from './normalize';

export interface OcrPaths {
  workerPath?: string; // browser: URL of worker.min.js; Node: leave undefined (tesseract.js's own worker script)
  corePath?: string; // browser: URL of the folder holding the *-lstm.wasm.js cores; Node: undefined
  langPath: string; // folder holding <lang>.traineddata.gz
}

export interface OcrOptions {
  langs?: string[]; // default English + Spanish
  /** 0..1 progress of the current recognition, and what tesseract is doing. */
  onProgress?: (progress: number, status: string) => void;
  signal?: AbortSignal;
}

export class OcrCancelled extends Error {
  constructor() {
    super('OCR cancelled');
    this.name = 'OcrCancelled';
  }
}

export interface OcrEngine {
  /** The page's text, cleaned by normalizeOcrText(). */
  recognize(image: ImageLike): Promise<string>;
  terminate(): Promise<void>;
}

export const DEFAULT_OCR_LANGS = ['eng', 'spa'];

/** Starts a tesseract worker. Aborting the signal terminates it; pending recognitions reject with OcrCancelled. */
export async function createOcrEngine(paths: OcrPaths, options: OcrOptions = {}): Promise<OcrEngine> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw new OcrCancelled();
  const worker = await createWorker(options.langs ?? DEFAULT_OCR_LANGS, 1, {
    ...(paths.workerPath ? { workerPath: paths.workerPath, workerBlobURL: false } : {}),
    ...(paths.corePath ? { corePath: paths.corePath } : {}),
    langPath: paths.langPath,
    gzip: true,
    cacheMethod: 'none',
    logger: (m: LoggerMessage) => onProgress?.(m.progress, m.status),
  });
  let terminated = false;
  const terminate = async () => {
    if (terminated) return;
    terminated = true;
    await worker.terminate();
  };
  let rejectPending: ((err: Error) => void) | null = null;
  signal?.addEventListener('abort', () => {
    rejectPending?.(new OcrCancelled());
    void terminate();
  });
  if (signal?.aborted) {
    await terminate();
    throw new OcrCancelled();
  }
  return {
    async recognize(image) {
      if (terminated) throw new OcrCancelled();
      const cancelled = new Promise<never>((_, reject) => (rejectPending = reject));
      const { data } = await Promise.race([worker.recognize(image), cancelled]);
      rejectPending = null;
      return normalizeOcrText(data.text);
    },
    terminate,
  };
}

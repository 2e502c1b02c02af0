// Offline OCR over tesseract.js, the same in the extension and in Node: the caller says where the worker,
// cores and language data are (extension URLs, or node_modules paths). Never a CDN.
import { createWorker, type ImageLike, type LoggerMessage } from 'tesseract.js';
import { OcrCancelled } from './cancel';
import { normalizeOcrText } from './normalize';
import { textFromTsv } from './tsv-text';

export { OcrCancelled };

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

/** Tesseract's page segmentation modes used here: '3' automatic layout (default), '4' one column, '6' one block. */
export type OcrPsm = '3' | '4' | '6' | '11';

export interface OcrPage {
  /** The page's text, cleaned by normalizeOcrText(). */
  text: string;
  /** Tesseract's mean word confidence, 0..100. */
  confidence: number;
  /** The page segmentation mode it was read with. */
  psm: OcrPsm;
}

export interface OcrEngine {
  /** The page's text, cleaned by normalizeOcrText(). */
  recognize(image: ImageLike): Promise<string>;
  /**
   * The page's text and mean confidence, read with the given page segmentation mode (default '3'). A Uint8Array
   * is an image file's bytes (PNG, JPEG, or the PGM ocr/clean.ts encodes): both tesseract.js loaders take it.
   */
  read(image: ImageLike | Uint8Array, psm?: OcrPsm): Promise<OcrPage>;
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
  let psmSet: OcrPsm = '3';
  const read = async (image: ImageLike | Uint8Array, psm: OcrPsm = '3'): Promise<OcrPage> => {
    if (terminated) throw new OcrCancelled();
    const cancelled = new Promise<never>((_, reject) => (rejectPending = reject));
    if (psm !== psmSet) {
      await Promise.race([worker.setParameters({ tessedit_pageseg_mode: psm as never }), cancelled]);
      psmSet = psm;
    }
    // the words with their boxes (TSV) keep a line's cells apart; tesseract's own text joins them with a space
    const { data } = await Promise.race([worker.recognize(image as ImageLike, {}, { text: true, tsv: true }), cancelled]);
    rejectPending = null;
    return { text: normalizeOcrText(textFromTsv(data.tsv) ?? data.text), confidence: data.confidence, psm };
  };
  return {
    read,
    async recognize(image) {
      return (await read(image)).text;
    },
    terminate,
  };
}

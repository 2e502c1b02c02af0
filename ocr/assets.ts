// Build-time list of the OCR files the extension ships (Node only: used by wxt.config.ts).
// Everything comes from node_modules, so OCR runs offline: no CDN, no remote code.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the files land inside the extension (see ocr/engine.ts for how they are used). */
export const OCR_DIR = 'ocr';
export const OCR_LANGS = ['eng', 'spa'] as const;

/** LSTM-only cores: tesseract.js picks relaxed-SIMD, SIMD or plain at run time. */
const CORES = ['tesseract-core-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js', 'tesseract-core-relaxedsimd-lstm.wasm.js'];

export interface OcrAsset {
  absoluteSrc: string;
  relativeDest: string;
}

export function ocrAssets(root: string = process.cwd()): OcrAsset[] {
  const require = createRequire(join(root, 'package.json'));
  const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
  const tesseract = pkgDir('tesseract.js');
  const core = pkgDir('tesseract.js-core');
  return [
    { absoluteSrc: join(tesseract, 'dist', 'worker.min.js'), relativeDest: `${OCR_DIR}/worker.min.js` },
    ...CORES.map((file) => ({ absoluteSrc: join(core, file), relativeDest: `${OCR_DIR}/core/${file}` })),
    ...OCR_LANGS.map((lang) => ({
      // 4.0.0_best_int: the LSTM-only models tesseract.js uses by default (oem 1).
      absoluteSrc: join(pkgDir(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`),
      relativeDest: `${OCR_DIR}/lang/${lang}.traineddata.gz`,
    })),
  ];
}

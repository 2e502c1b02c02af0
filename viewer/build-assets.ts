// Build-time list of the files the viewer needs beside its bundle (Node only: used by wxt.config.ts's
// build:publicAssets hook). pdf.js font data and character maps, plus the offline OCR files (ocr/assets.ts).
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ocrAssets, type OcrAsset } from '../ocr/assets';

function pdfjsAssets(root: string): OcrAsset[] {
  const require = createRequire(join(root, 'package.json'));
  const pdfjs = dirname(require.resolve('pdfjs-dist/package.json'));
  return ['cmaps', 'standard_fonts'].flatMap((dir) =>
    readdirSync(join(pdfjs, dir)).map((file) => ({
      absoluteSrc: join(pdfjs, dir, file),
      relativeDest: `pdfjs/${dir}/${file}`,
    })),
  );
}

/** Every extra file the viewer loads at run time, as WXT public assets. */
export function viewerAssets(root: string = process.cwd()): OcrAsset[] {
  return [...pdfjsAssets(root), ...ocrAssets(root)];
}

// Opening PDF bytes with pdf.js and turning its failures into ViewerError (encrypted, corrupt, empty).
// getDocument is a parameter: the extension passes the browser build, Node tests the legacy build.
import { ViewerError, classifyPdfError } from './errors';

interface LoadingTaskLike<T> {
  promise: Promise<T>;
  destroy(): Promise<void>;
}
type GetDocument<T> = (params: {
  data: Uint8Array;
  isEvalSupported?: boolean;
  cMapUrl?: string;
  cMapPacked?: boolean;
  standardFontDataUrl?: string;
}) => LoadingTaskLike<T>;

export async function openPdfWith<T extends { numPages: number }>(
  getDocument: GetDocument<T>,
  data: Uint8Array,
  assetBase?: string,
): Promise<T> {
  if (data.byteLength === 0) throw new ViewerError('empty', 'zero bytes');
  const task = getDocument({
    data,
    isEvalSupported: false,
    ...(assetBase
      ? { cMapUrl: `${assetBase}cmaps/`, cMapPacked: true, standardFontDataUrl: `${assetBase}standard_fonts/` }
      : {}),
  });
  let pdf: T;
  try {
    pdf = await task.promise;
  } catch (err) {
    void task.destroy();
    const code = classifyPdfError(err);
    if (code) throw new ViewerError(code, (err as Error).message);
    throw err;
  }
  if (pdf.numPages === 0) throw new ViewerError('empty', 'no pages');
  return pdf;
}

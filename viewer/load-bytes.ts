// Gets the PDF's bytes: from the URL the viewer was opened for, or from a file the user dropped or chose.
import { ViewerError } from './errors';

export interface FetchSeams {
  fetch?: typeof fetch;
  /** Whether the extension may read this origin (optional host permission or file access). */
  hasPermission?: (url: string) => Promise<boolean>;
}

export function permissionPattern(url: string): string {
  const u = new URL(url);
  return u.protocol === 'file:' ? 'file:///*' : `${u.protocol}//${u.hostname}/*`;
}

export async function fetchPdfBytes(url: string, seams: FetchSeams = {}): Promise<Uint8Array> {
  const doFetch = seams.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { credentials: 'include' });
  } catch (err) {
    // A network error and a CORS refusal look the same: tell them apart by the permission we hold.
    const allowed = seams.hasPermission ? await seams.hasPermission(url).catch(() => false) : true;
    throw new ViewerError(allowed ? 'fetch_failed' : 'no_permission', (err as Error).message);
  }
  if (!response.ok && !(url.startsWith('file:') && response.status === 0)) {
    throw new ViewerError('fetch_failed', `HTTP ${response.status}`);
  }
  return checkPdfBytes(new Uint8Array(await response.arrayBuffer()));
}

export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return checkPdfBytes(new Uint8Array(await file.arrayBuffer()));
}

/** A PDF starts with %PDF- within its first kilobyte; anything else is not worth handing to pdf.js. */
export function checkPdfBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength === 0) throw new ViewerError('empty', 'zero bytes');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new ViewerError('not_pdf');
  return bytes;
}

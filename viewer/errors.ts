// Expected failures in the viewer: a typed error with a code, mapped to a plain-language message (STYLE.md 7).
import type { Language } from '../model';

export type ViewerErrorCode =
  | 'encrypted' // password-protected PDF
  | 'corrupt' // not a readable PDF
  | 'empty' // zero pages or zero bytes
  | 'fetch_failed' // network error or HTTP error status
  | 'no_permission' // the site or file:// needs a permission the user has not granted
  | 'not_pdf' // the bytes are not a PDF
  | 'ocr_failed' // the offline OCR could not run
  | 'unsafe_url' // the viewer was handed a data:, blob:, javascript: or other non-file URL (by a web page)
  | 'over_budget'; // the PDF's text is too large to read automatically

export class ViewerError extends Error {
  constructor(
    readonly code: ViewerErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ViewerError';
  }
}

const MESSAGES: Record<ViewerErrorCode, Record<Language, string>> = {
  encrypted: {
    en: 'This PDF is protected with a password, so ClaimClock cannot read it. Open it in the browser’s viewer, or save an unprotected copy and drop it here.',
    es: 'Este PDF está protegido con contraseña y ClaimClock no puede leerlo. Ábralo en el visor del navegador o guarde una copia sin protección y suéltela aquí.',
  },
  corrupt: {
    en: 'This file is damaged or is not a PDF ClaimClock can read.',
    es: 'Este archivo está dañado o no es un PDF que ClaimClock pueda leer.',
  },
  empty: {
    en: 'This PDF is empty: it has no text and no images to read.',
    es: 'Este PDF está vacío: no tiene texto ni imágenes que leer.',
  },
  fetch_failed: {
    en: 'ClaimClock could not download this PDF. Check your connection, or open it in the browser’s viewer.',
    es: 'ClaimClock no pudo descargar este PDF. Revise su conexión o ábralo en el visor del navegador.',
  },
  no_permission: {
    en: 'ClaimClock needs your permission to read files from this site (or local files). Allow it, or save the PDF and drop it here.',
    es: 'ClaimClock necesita su permiso para leer archivos de este sitio (o archivos locales). Permítalo, o guarde el PDF y suéltelo aquí.',
  },
  not_pdf: {
    en: 'This file is not a PDF.',
    es: 'Este archivo no es un PDF.',
  },
  unsafe_url: {
    en: 'ClaimClock opens PDFs from web sites and from files on this computer only. Open the letter from where you found it, or save it and drop it here.',
    es: 'ClaimClock abre solo PDF de sitios web y archivos de esta computadora. Abra la carta desde donde la encontró, o guárdela y suéltela aquí.',
  },
  over_budget: {
    en: 'This PDF is too large to read automatically. Open only the pages with the letter, or add the notice by hand.',
    es: 'Este PDF es demasiado grande para leerlo automáticamente. Abra solo las páginas de la carta o agregue el aviso a mano.',
  },
  ocr_failed: {
    en: 'The text recognition (OCR) for this scanned PDF failed. You can still enter the dates by hand.',
    es: 'El reconocimiento de texto (OCR) de este PDF escaneado falló. Aún puede ingresar las fechas a mano.',
  },
};

export function viewerMessage(code: ViewerErrorCode, lang: Language = 'en'): string {
  return MESSAGES[code][lang];
}

/** Maps pdf.js exceptions (by name: they are classes of the pdf.js build) and our own errors to a code. */
export function classifyPdfError(err: unknown): ViewerErrorCode | null {
  if (err instanceof ViewerError) return err.code;
  if ((err as { name?: string } | null)?.name === 'DocumentError' && (err as { code?: string }).code === 'over_budget') return 'over_budget';
  const name = (err as { name?: string } | null)?.name;
  switch (name) {
    case 'PasswordException':
      return 'encrypted';
    case 'InvalidPDFException':
    case 'FormatError':
      return 'corrupt';
    case 'ResponseException':
    case 'MissingPDFException':
    case 'UnexpectedResponseException':
      return 'fetch_failed';
    default:
      return null;
  }
}

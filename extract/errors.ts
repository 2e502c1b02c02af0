// Expected failures reading a document: typed, with a plain-language message for the user (STYLE.md 7).
export const DOCUMENT_ERROR_CODES = [
  'encrypted',
  'corrupt',
  'no_text_layer',
  'empty',
  'too_large',
  'unsupported',
  'unreadable',
  'over_budget', // a page too large to read automatically (extract/budget.ts)
  'not_text', // a .txt or .html file whose bytes are not text (a renamed image or document)
] as const;
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  constructor(code: DocumentErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? userMessage(code, 'en'), options);
    this.name = 'DocumentError';
    this.code = code;
  }
}

const MESSAGES: Record<DocumentErrorCode, { en: string; es: string }> = {
  encrypted: {
    en: 'This PDF is protected with a password, so its text cannot be read. Open it with the password, save an unprotected copy, and try again.',
    es: 'Este PDF está protegido con contraseña y no se puede leer su texto. Ábralo con la contraseña, guarde una copia sin protección e inténtelo de nuevo.',
  },
  corrupt: {
    en: 'This file looks damaged or is not a real PDF, so it cannot be read. Try downloading it again.',
    es: 'Este archivo parece dañado o no es un PDF válido y no se puede leer. Intente descargarlo de nuevo.',
  },
  no_text_layer: {
    en: 'This PDF is a scanned image with no selectable text (no text layer), so dates cannot be read from it automatically. Enter the dates by hand, or use text recognition (OCR) if it is available.',
    es: 'Este PDF es una imagen escaneada sin texto seleccionable, así que las fechas no se pueden leer automáticamente. Escriba las fechas a mano o use el reconocimiento de texto (OCR) si está disponible.',
  },
  empty: {
    en: 'This document is empty: there is no text in it.',
    es: 'Este documento está vacío: no contiene texto.',
  },
  too_large: {
    en: 'This document is too large to read here. Try a smaller file or only the pages with the letter.',
    es: 'Este documento es demasiado grande para leerlo aquí. Pruebe con un archivo más pequeño o solo con las páginas de la carta.',
  },
  unsupported: {
    en: 'This kind of file is not supported. Use a PDF, a web page (.html) or a text file (.txt).',
    es: 'Este tipo de archivo no es compatible. Use un PDF, una página web (.html) o un archivo de texto (.txt).',
  },
  over_budget: {
    en: 'This page is too large to read automatically. Open the letter on its own, or add the notice by hand.',
    es: 'Esta página es demasiado grande para leerla automáticamente. Abra la carta por separado o agregue el aviso a mano.',
  },
  not_text: {
    en: 'This file is not text, though its name says so (it may be a picture or a document renamed). Open it in the program it came from, or save the letter as PDF or text.',
    es: 'Este archivo no es texto, aunque su nombre lo diga (puede ser una imagen o un documento con otro nombre). Ábralo con el programa de origen o guarde la carta como PDF o texto.',
  },
  unreadable: {
    en: 'This file could not be opened. Check that it exists and that you are allowed to read it.',
    es: 'No se pudo abrir este archivo. Compruebe que existe y que tiene permiso para leerlo.',
  },
};

/** Plain-language explanation of a document error, for the user. */
export function userMessage(code: DocumentErrorCode, lang: 'en' | 'es' = 'en'): string {
  return MESSAGES[code][lang];
}

export function isDocumentError(e: unknown): e is DocumentError {
  return e instanceof DocumentError;
}

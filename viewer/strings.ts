// The viewer's own words in English and Spanish (error messages live in errors.ts).
import type { Language } from '../model';

const en = {
  opening: 'Opening the PDF…',
  reading: (page: number, total: number) => `Reading page ${page} of ${total}…`,
  ocrStarting: 'Preparing text recognition (OCR)…',
  ocrPage: (page: number, total: number) => `Reading scanned page ${page} of ${total} (OCR)…`,
  cancel: 'Cancel',
  openOriginal: 'Open in the browser’s viewer',
  openAnother: 'Open another PDF…',
  choose: 'Choose a PDF…',
  drop: 'Drop a PDF letter here to find its deadlines.',
  localOnly: 'The file is read on this computer only; nothing is uploaded.',
  noNotice: 'No workers’ compensation notice was found in this PDF.',
  ocrDates: 'These dates were read by OCR from a scan: check them against the letter.',
  ocrText: 'Text read by OCR',
  scanned: 'This PDF is a scan: it has no text to read.',
  ocrCancelled: 'Text recognition was cancelled.',
  runOcr: 'Read it with OCR (on this computer)',
  scannedPages: (pages: number[]) =>
    `${pages.length === 1 ? `Page ${pages[0]} is a scan` : `Pages ${pages.join(', ')} are scans`}: their text was not read.`,
  runOcrPages: 'Read the scanned pages with OCR',
  allow: 'Allow access',
  pages: 'PDF pages',
  deadlines: 'Deadlines',
  notSaved: 'Another web page opened this PDF in ClaimClock, so its deadlines are not saved. If this is your letter, you can track them.',
  track: 'Track these deadlines',
  tracked: 'Saved: these deadlines are now in All deadlines.',
};
export type ViewerStrings = typeof en;

const es: ViewerStrings = {
  opening: 'Abriendo el PDF…',
  reading: (page, total) => `Leyendo la página ${page} de ${total}…`,
  ocrStarting: 'Preparando el reconocimiento de texto (OCR)…',
  ocrPage: (page, total) => `Leyendo la página escaneada ${page} de ${total} (OCR)…`,
  cancel: 'Cancelar',
  openOriginal: 'Abrir en el visor del navegador',
  openAnother: 'Abrir otro PDF…',
  choose: 'Elegir un PDF…',
  drop: 'Suelte aquí una carta en PDF para encontrar sus plazos.',
  localOnly: 'El archivo se lee solo en esta computadora; no se sube nada.',
  noNotice: 'No se encontró ningún aviso de compensación de trabajadores en este PDF.',
  ocrDates: 'Estas fechas se leyeron de una copia escaneada (OCR). Compárelas con la carta.',
  ocrText: 'Texto leído con OCR',
  scanned: 'Este PDF es un escaneo: no tiene texto que leer.',
  ocrCancelled: 'Se canceló el reconocimiento de texto.',
  runOcr: 'Leerlo con OCR (en esta computadora)',
  scannedPages: (pages) =>
    `${pages.length === 1 ? `La página ${pages[0]} es un escaneo` : `Las páginas ${pages.join(', ')} son escaneos`}: su texto no se leyó.`,
  runOcrPages: 'Leer las páginas escaneadas con OCR',
  allow: 'Permitir acceso',
  pages: 'Páginas del PDF',
  deadlines: 'Plazos',
  notSaved: 'Otra página web abrió este PDF en ClaimClock, así que sus plazos no se guardaron. Si es su carta, puede darles seguimiento.',
  track: 'Dar seguimiento a estos plazos',
  tracked: 'Guardado: estos plazos ya están en Todos los plazos.',
};

export function viewerStrings(lang: Language): ViewerStrings {
  return lang === 'es' ? es : en;
}

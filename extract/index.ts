// Public API of document understanding (pure: no DOM, no browser API, no Node built-ins).
export type { TextDocument, TextRun } from './text-document';
export { textDocumentFromData, textDocumentFromString, runsAt } from './text-document';
export { detect, type DetectOptions } from './detect';
export { MAX_DETECT_CHARS, startBudget, type BudgetCheck, type BudgetOptions } from './budget';
export { quickRelevant } from './relevance';
export { parseDates, type DateCandidate, type DateFormat, type ParseDatesOptions } from './dates';
export { labelDates, type LabeledDate } from './roles';
export type { LabelClass } from './wordings';
export { htmlToTextDocument } from './html-text';
export { pdfToTextDocument, type PdfTextOptions } from './pdf-text';
export type { PdfDocumentLike } from './pdfjs-types';
export { DocumentError, userMessage, isDocumentError, DOCUMENT_ERROR_CODES, type DocumentErrorCode } from './errors';
export { DETECTED_KINDS, KIND_ROLES, type DetectedKind } from './kinds';

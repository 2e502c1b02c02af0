// The error an aborted OCR run rejects with (shared by the engine and the pool; no tesseract import here).
export class OcrCancelled extends Error {
  constructor() {
    super('OCR cancelled');
    this.name = 'OcrCancelled';
  }
}

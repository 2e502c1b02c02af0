// One PDF page in the viewer: a placeholder of the right size that draws its canvas and text layer on demand
// and frees them again, so a 500-page PDF keeps only the pages near the screen in memory.
import type { ItemRange } from './highlight-map';
import { applyHighlights } from './highlight-dom';
import { TextLayer, type PDFDocumentProxy, type RenderTask } from './pdfjs';

export class PageView {
  readonly el: HTMLDivElement;
  private canvas: HTMLCanvasElement | null = null;
  private textLayer: TextLayer | null = null;
  private renderTask: RenderTask | null = null;
  private highlights: ItemRange[] = [];
  /** A date the user is looking at (a check choice hovered or focused): drawn over the highlights, scrolled to. */
  private focus: ItemRange[] = [];
  private state: 'empty' | 'rendering' | 'rendered' = 'empty';

  constructor(
    private readonly pdf: PDFDocumentProxy,
    readonly pageNumber: number,
    size: { width: number; height: number },
    private readonly scale: number,
  ) {
    this.el = document.createElement('div');
    this.el.className = 'cc-page';
    this.el.dataset.page = String(pageNumber);
    this.el.style.width = `${size.width}px`;
    this.el.style.height = `${size.height}px`;
    this.el.setAttribute('aria-label', `Page ${pageNumber}`);
    this.el.setAttribute('role', 'region');
  }

  get rendered(): boolean {
    return this.state === 'rendered';
  }

  setHighlights(ranges: ItemRange[]): void {
    this.highlights = ranges;
    if (this.state === 'rendered') {
      // Re-render the text layer so old marks go away cleanly.
      this.release();
      void this.render();
    }
  }

  setFocus(ranges: ItemRange[]): void {
    if (!ranges.length && !this.focus.length) return;
    this.focus = ranges;
    if (this.state === 'rendered') {
      this.release();
      void this.render();
    }
  }

  async render(): Promise<void> {
    if (this.state !== 'empty') return;
    this.state = 'rendering';
    try {
      const page = await this.pdf.getPage(this.pageNumber);
      const viewport = page.getViewport({ scale: this.scale });
      const ratio = globalThis.devicePixelRatio || 1;
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${viewport.width}px`;
      canvas.style.height = `${viewport.height}px`;
      const textEl = document.createElement('div');
      textEl.className = 'textLayer';
      this.el.style.setProperty('--scale-factor', String(this.scale));
      this.el.style.setProperty('--total-scale-factor', String(this.scale));
      this.el.style.width = `${viewport.width}px`;
      this.el.style.height = `${viewport.height}px`;
      this.el.replaceChildren(canvas, textEl);
      this.canvas = canvas;
      this.renderTask = page.render({
        canvas,
        viewport,
        transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined,
      });
      await this.renderTask.promise;
      if (this.state !== 'rendering') return; // released meanwhile
      this.textLayer = new TextLayer({ textContentSource: await page.getTextContent(), container: textEl, viewport });
      await this.textLayer.render();
      if (this.state !== 'rendering') return;
      const marks = applyHighlights(this.textLayer.textDivs, [...this.focus, ...this.highlights]); // focus first: it wins an overlap
      const focusMark = marks.find((m) => m.dataset.fact === 'focus');
      if (focusMark) centerInScroller(focusMark);
      this.state = 'rendered';
      this.el.dataset.rendered = 'true';
    } catch (err) {
      if ((err as Error)?.name !== 'RenderingCancelledException') console.warn('[ClaimClock] page render failed', err);
      this.state = 'empty';
    }
  }

  release(): void {
    this.renderTask?.cancel();
    this.textLayer?.cancel();
    this.renderTask = null;
    this.textLayer = null;
    if (this.canvas) {
      this.canvas.width = 0; // frees the bitmap now, not at garbage collection
      this.canvas.height = 0;
      this.canvas = null;
    }
    this.el.replaceChildren();
    delete this.el.dataset.rendered;
    this.state = 'empty';
  }
}

/**
 * Scrolls the nearest scrolling ancestor (the pages column) so `el` is in its middle. Unlike scrollIntoView, the
 * window and the viewer's header never move.
 */
function centerInScroller(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView;
  let box: HTMLElement | null = el.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(view?.getComputedStyle(box).overflowY ?? ''))) box = box.parentElement;
  if (!box) return;
  const at = el.getBoundingClientRect();
  const frame = box.getBoundingClientRect();
  box.scrollTop += at.top - frame.top - (box.clientHeight - at.height) / 2;
}

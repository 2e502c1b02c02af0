// Lays out every page as a sized placeholder and renders only the ones near the viewport.
import type { ItemRange } from './highlight-map';
import { PageView } from './page-view';
import type { PDFDocumentProxy } from './pdfjs';

export interface VirtualPages {
  views: PageView[];
  setHighlights(byPage: Map<number, ItemRange[]>): void;
  scrollToPage(page: number): void;
  /** Emphasises one date (ranges of one or more pages) and scrolls to it; an empty list clears it. */
  focus(ranges: ItemRange[]): void;
  destroy(): void;
}

/** Fits page 1 to the container's width, between 50% and 150%. */
export function fitScale(pageWidth: number, containerWidth: number): number {
  if (!containerWidth) return 1.3;
  return Math.min(1.5, Math.max(0.5, (containerWidth - 40) / pageWidth));
}

/** Page size is taken from page 1 (pages of other sizes resize when they render). */
export async function mountPages(pdf: PDFDocumentProxy, container: HTMLElement, scale?: number): Promise<VirtualPages> {
  const page1 = await pdf.getPage(1);
  scale ??= fitScale(page1.getViewport({ scale: 1 }).width, container.clientWidth);
  const first = page1.getViewport({ scale });
  const size = { width: first.width, height: first.height };
  const views: PageView[] = [];
  const byEl = new Map<Element, PageView>();
  for (let n = 1; n <= pdf.numPages; n++) {
    const view = new PageView(pdf, n, size, scale);
    views.push(view);
    byEl.set(view.el, view);
  }
  container.replaceChildren(...views.map((v) => v.el));
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const view = byEl.get(entry.target);
        if (!view) continue;
        if (entry.isIntersecting) void view.render();
        else view.release();
      }
    },
    { rootMargin: '150% 0px' },
  );
  for (const v of views) observer.observe(v.el);
  return {
    views,
    setHighlights(byPage) {
      views.forEach((v) => v.setHighlights(byPage.get(v.pageNumber) ?? []));
    },
    scrollToPage(page) {
      views[page - 1]?.el.scrollIntoView({ block: 'start' });
    },
    focus(ranges) {
      for (const v of views) v.setFocus(ranges.filter((r) => r.page === v.pageNumber));
      const first = ranges[0];
      if (first) views[first.page - 1]?.el.scrollIntoView({ block: 'nearest' });
    },
    destroy() {
      observer.disconnect();
      views.forEach((v) => v.release());
      container.replaceChildren();
    },
  };
}

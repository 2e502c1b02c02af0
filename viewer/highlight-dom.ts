// Wraps slices of pdf.js text-layer spans in <mark> for evidence and dates (see highlight-map.ts).
import type { ItemRange } from './highlight-map';

/** Marks the ranges in `textDivs` (TextLayer.textDivs: one span per text item). Returns the marks made. */
export function applyHighlights(textDivs: readonly HTMLElement[], ranges: readonly ItemRange[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const byItem = new Map<number, ItemRange[]>();
  for (const r of ranges) byItem.set(r.item, [...(byItem.get(r.item) ?? []), r]);
  for (const [item, list] of byItem) {
    const span = textDivs[item];
    if (!span) continue;
    const text = span.textContent ?? '';
    const sorted = [...list].sort((a, b) => a.from - b.from);
    const parts: Node[] = [];
    let at = 0;
    for (const r of sorted) {
      const from = Math.max(at, Math.min(r.from, text.length));
      const to = Math.min(r.to, text.length);
      if (to <= from) continue;
      if (from > at) parts.push(document.createTextNode(text.slice(at, from)));
      const mark = document.createElement('mark');
      mark.className = `cc-mark cc-mark-${r.fact === 'focus' ? 'focus' : r.fact.startsWith('date:') ? 'date' : 'fact'}`;
      mark.dataset.fact = r.fact;
      mark.textContent = text.slice(from, to);
      parts.push(mark);
      marks.push(mark);
      at = to;
    }
    if (!parts.length) continue;
    if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
    span.replaceChildren(...parts);
  }
  return marks;
}

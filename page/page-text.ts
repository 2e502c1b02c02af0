// The raw text of a page and of every open shadow root below it (textContent: no style, no layout). The probe's
// word test and the scanner's fast exit both read it; neither may import the other (the probe stays tiny).

/** Every open shadow root below `root` (they are invisible to textContent and to a document MutationObserver). */
export function shadowRoots(root: ParentNode, out: ShadowRoot[] = []): ShadowRoot[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  // a native element walk (several times cheaper than querySelectorAll('*') on a large page)
  const walker = doc.createTreeWalker(root as Node, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (el.shadowRoot) {
      out.push(el.shadowRoot);
      shadowRoots(el.shadowRoot, out);
    }
  }
  return out;
}

/** Raw text of a root and every open shadow root below it: cheap (no style or layout), for the fast exit. */
export function rawText(root: ParentNode, roots: ShadowRoot[] = shadowRoots(root)): string {
  return [root.textContent ?? '', ...roots.map((r) => r.textContent ?? '')].join(' ');
}

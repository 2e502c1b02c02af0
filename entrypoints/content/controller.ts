// The page scanner's life cycle: scan, highlight, banner, report to the background; rescan on DOM and location
// changes (debounced, ignoring our own UI). Browser APIs come in as deps so it runs under happy-dom in tests.
import type { Deadline, Notice } from '../../model';
import type { Message, PageNotices } from '../../messaging/protocol';
import { createBanner, BANNER_TAG, type Banner } from '../../page/banner';
import { createHighlighter, MARK_ATTR, type Highlighter } from '../../page/highlighter';
import { scanPage, shadowRoots, type ScanDeps, type ScanResult } from '../../page/scanner';
import { summarize } from '../../page/summary';
import { userMessage } from '../../extract/errors';

export interface ControllerDeps extends ScanDeps {
  doc: Document;
  /** Deadlines for a notice with the user's settings and rule pack, as of today. */
  deadlinesFor(notice: Notice): Deadline[];
  countdown(): { mode: 'safe' | 'latest'; language: 'en' | 'es'; today: string };
  send(message: Message): void;
  debounceMs?: number;
  highlighter?: Highlighter;
}

export class PageController {
  private result: ScanResult | null = null;
  private banner: Banner | null = null;
  private dismissedKey: string | null = null;
  private lastKey = '';
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private roots: ShadowRoot[] = [];
  private firstPending: number | undefined;
  private readonly highlighter: Highlighter;
  /** Last scan time in ms, for the benchmark and debugging. */
  lastScanMs = 0;

  constructor(private readonly deps: ControllerDeps) {
    this.highlighter = deps.highlighter ?? createHighlighter(deps.doc);
  }

  /** What the popup shows for this tab (scanMs: extra field, the last scan's duration). */
  pageNotices(): PageNotices & { scanMs: number } {
    const { doc } = this.deps;
    const code = this.result?.error;
    const error = code ? userMessage(code, this.deps.countdown().language) : undefined;
    return { url: doc.location?.href ?? doc.URL, title: doc.title, notices: this.result?.notices ?? [], scanMs: this.lastScanMs, ...(error ? { error } : {}) };
  }

  scanNow(): ScanResult {
    const t0 = performance.now();
    const root = this.deps.doc.body ?? this.deps.doc.documentElement;
    this.pause();
    try {
      this.highlighter.clear(); // marks split text nodes: unwrap them before reading, so anchors stay valid
      this.roots = shadowRoots(root).filter((r) => r !== this.banner?.host.shadowRoot);
      const result = scanPage(root, this.deps, this.roots);
      this.result = result;
      const key = JSON.stringify(result.notices.map((n) => [n.kind, n.outcome, n.dates]));
      this.render(result);
      if (key !== this.lastKey && result.notices.length) {
        const { url, title, notices } = this.pageNotices();
        this.deps.send({ type: 'notices-found', url, title, notices });
      }
      this.lastKey = key;
      return result;
    } finally {
      this.lastScanMs = performance.now() - t0;
      this.resume();
    }
  }

  private render(result: ScanResult) {
    if (!result.notices.length) {
      this.banner?.remove();
      this.banner = null;
      return;
    }
    this.highlighter.show(result.highlights);
    const key = this.lastKeyFor(result);
    if (this.dismissedKey === key) return;
    const { mode, language, today } = this.deps.countdown();
    const notices = result.notices
      .map((n) => summarize(n, this.deps.deadlinesFor(n), mode, today, language))
      .sort((a, b) => (a.daysLeft ?? 1e9) - (b.daysLeft ?? 1e9));
    this.banner ??= createBanner(this.deps.doc, () => {
      this.dismissedKey = key;
      this.banner = null;
    });
    this.banner.render({
      language,
      notices,
      links: result.highlights
        .filter((item) => item.listed)
        .map((item) => ({ label: item.label, onActivate: () => this.highlighter.reveal(item) })),
    });
  }

  private lastKeyFor(result: ScanResult) {
    return `${this.deps.doc.location?.href}|${JSON.stringify(result.notices.map((n) => [n.kind, n.outcome, n.dates]))}`;
  }

  /** Watch the page for content changes (single-page portals). */
  start() {
    const win = this.deps.doc.defaultView;
    if (!win?.MutationObserver) return;
    this.observer = new win.MutationObserver((records) => {
      if (records.every((r) => this.isOwn(r.target))) return;
      this.schedule();
    });
    this.resume();
  }

  stop() {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.observer = null;
    this.highlighter.clear();
    this.banner?.remove();
    this.banner = null;
  }

  /** SPA navigation: a new page as far as the user is concerned. */
  onLocationChange() {
    this.dismissedKey = null;
    this.lastKey = '';
    this.schedule();
  }

  /** Debounced rescan; a page that never stops changing is still rescanned every few debounce periods. */
  schedule() {
    const wait = this.deps.debounceMs ?? 500;
    const now = performance.now();
    this.firstPending ??= now;
    clearTimeout(this.timer);
    const run = () => {
      this.firstPending = undefined;
      this.scanNow();
    };
    if (now - this.firstPending >= wait * 4) run();
    else this.timer = setTimeout(run, wait);
  }

  private isOwn(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return node.getRootNode() === this.banner?.host.shadowRoot;
    return el.tagName.toLowerCase() === BANNER_TAG || !!el.closest(`${BANNER_TAG}, [${MARK_ATTR}]`) || el.getRootNode() === this.banner?.host.shadowRoot;
  }

  private pause() {
    this.observer?.disconnect();
  }

  private resume() {
    if (!this.observer) return;
    this.observer.takeRecords();
    const options = { childList: true, subtree: true, characterData: true };
    this.observer.observe(this.deps.doc, options);
    for (const r of this.roots) this.observer.observe(r, options); // portals built from web components
  }
}

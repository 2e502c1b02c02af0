// The page scanner's life cycle: scan, highlight, report to the worker, show the banner with the deadlines the
// worker computed from the user's context; rescan on DOM and location changes (debounced, ignoring our own UI).
// Browser APIs come in as deps, so it runs under happy-dom in tests. The rules are not in the page: deadlines come
// back from the worker ('page-deadlines'), the one place they are computed (app/deadlines.ts).
import type { DateRole, Language, Notice } from '../model';
import type { ReplyOf, RequestOf, PageDeadlines, PageNotices } from '../messaging/protocol';
import type { DateChoice } from '../app/choices';
import type { NoticeCorrection } from '../app/corrections';
import { t } from '../i18n';
import { send as sendMessage } from '../messaging/client';
import { userMessage } from '../extract/errors';
import { highlightLabel } from '../i18n/labels';
import { createBanner, BANNER_TAG, type Banner } from './banner';
import { createHighlighter, MARK_ATTR, type Highlighter } from './highlighter';
import { shadowRoots } from './page-text';
import { findNotices, readPage, type ScanDeps, type ScanResult } from './scanner';
import { summarize } from './summary';

export interface ControllerDeps extends ScanDeps {
  doc: Document;
  /** The deadlines of the notices found, from the user's settings and rule packs (the worker answers). */
  pageDeadlines(notices: Notice[]): Promise<PageDeadlines>;
  /** Stores a date the user confirmed or entered (the worker keeps it as a correction); defaults to the runtime message. */
  correct?(request: RequestOf<'correct-notice'>): Promise<ReplyOf<'correct-notice'>>;
  /** Reports what the page holds (the worker stores it). */
  report(page: { url: string; title: string; notices: Notice[] }): void;
  /** The language for messages shown before the worker has answered (the browser's). */
  language: Language;
  debounceMs?: number;
  highlighter?: Highlighter;
}

const noticesKey = (notices: Notice[]) => JSON.stringify(notices.map((n) => [n.kind, n.outcome, n.dates]));

export class PageController {
  private result: ScanResult | null = null;
  private banner: Banner | null = null;
  private dismissedKey: string | null = null;
  private lastKey = '';
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private roots: ShadowRoot[] = [];
  private firstPending: number | undefined;
  private language: Language;
  /** Bumped by every scan: a late answer from the worker for an older scan is dropped. */
  private scanSeq = 0;
  private readonly highlighter: Highlighter;
  /** The last line the banner said after a save (shown once, on the next render). */
  private message: string | null = null;
  /** Last scan time in ms, for the benchmark and debugging. */
  lastScanMs = 0;
  /** Resolves when the banner of the last scan has been drawn (tests and the benchmark wait for it). */
  rendered: Promise<void> = Promise.resolve();
  /** The text the last detect() read and what it found: a rescan of a page whose visible text did not change reuses it. */
  private lastRead: { text: string; notices: Promise<Notice[]> } | null = null;
  private readonly detectOnce: ScanDeps['detect'] = (doc) => {
    if (this.lastRead?.text === doc.text) return this.lastRead.notices;
    // asked now (the executor runs at once; a throw rejects), answered when the worker replies
    const notices = new Promise<Notice[]>((resolve) => resolve(this.deps.detect(doc)));
    const read = { text: doc.text, notices };
    this.lastRead = read;
    notices.catch(() => {
      if (this.lastRead === read) this.lastRead = null; // a failed answer is asked again next time
    });
    return notices;
  };

  constructor(private readonly deps: ControllerDeps) {
    this.highlighter = deps.highlighter ?? createHighlighter(deps.doc);
    this.language = deps.language;
  }

  /** What the popup shows for this tab. */
  pageNotices(): PageNotices {
    const { doc } = this.deps;
    const code = this.result?.error;
    const error = code ? userMessage(code, this.language) : undefined;
    return { url: doc.location?.href ?? doc.URL, title: doc.title, notices: this.result?.notices ?? [], scanMs: this.lastScanMs, ...(error ? { error } : {}) };
  }

  /** The scan the page is waiting for (the newest). */
  private pending: Promise<ScanResult> | null = null;
  /** Set by stop(): a scan still waiting for the worker then leaves the page alone. */
  private stopped = false;

  /** Reads the page now, then highlights and reports what the worker found in it (a newer scan wins). */
  scanNow(): Promise<ScanResult> {
    const scan = this.scan();
    this.pending = scan;
    return scan;
  }

  /** Resolves when no scan is waiting any more (a mutation may have started a newer one meanwhile). */
  async settled(): Promise<void> {
    for (let p = this.pending; p; p = this.pending === p ? null : this.pending) await p.catch(() => {});
  }

  private async scan(): Promise<ScanResult> {
    const t0 = performance.now();
    const root = this.deps.doc.body ?? this.deps.doc.documentElement;
    const seq = ++this.scanSeq;
    const deps = { ...this.deps, detect: this.detectOnce, language: this.language };
    this.pause();
    let read: ReturnType<typeof readPage>;
    try {
      this.highlighter.clear(); // marks split text nodes: unwrap them before reading, so anchors stay valid
      this.roots = shadowRoots(root).filter((r) => r !== this.banner?.host.shadowRoot);
      read = readPage(root, deps, this.roots);
    } finally {
      this.resume();
    }
    let result: ScanResult;
    try {
      result = await findNotices(read, deps);
    } catch (err) {
      // the worker did not answer (the extension was reloaded, or it failed): keep what the page showed
      console.warn('[ClaimClock] the extension did not read this page', err);
      return this.result ?? { ...read, doc: null, notices: [], highlights: [] };
    }
    if (seq !== this.scanSeq || this.stopped) return result; // a newer scan started, or the scanner stopped, meanwhile
    this.pause();
    try {
      this.result = result;
      if (result.notices.length) this.highlighter.show(result.highlights);
    } finally {
      this.lastScanMs = performance.now() - t0;
      this.resume();
    }
    const key = noticesKey(result.notices);
    if (key !== this.lastKey && result.notices.length) {
      const { url, title, notices } = this.pageNotices();
      this.deps.report({ url, title, notices });
    }
    this.lastKey = key;
    this.rendered = this.renderBanner(result, seq);
    return result;
  }

  private async renderBanner(result: ScanResult, seq: number): Promise<void> {
    if (!result.notices.length) {
      this.banner?.remove();
      this.banner = null;
      return;
    }
    const key = this.bannerKey(result);
    if (this.dismissedKey === key) return;
    let answer: PageDeadlines | null = null;
    try {
      answer = await this.deps.pageDeadlines(result.notices);
    } catch (err) {
      console.warn('[ClaimClock] no deadlines from the extension for this page', err);
    }
    if (seq !== this.scanSeq || this.stopped || this.dismissedKey === key) return; // a newer scan, stopped, or dismissed meanwhile
    const language = answer?.language ?? this.language;
    this.language = language;
    const notices = result.notices
      .map((n, i) => ({
        ...summarize(n, answer?.deadlines[i] ?? [], answer?.countdown ?? 'safe', answer?.today ?? '', language, {
          choices: answer?.choices?.[i], missing: answer?.missing?.[i],
        }),
        index: i,
      }))
      .sort((a, b) => (a.daysLeft ?? 1e9) - (b.daysLeft ?? 1e9));
    const message = this.message;
    this.message = null;
    this.pause();
    try {
      const fresh = !this.banner;
      this.banner ??= createBanner(this.deps.doc, () => {
        this.dismissedKey = key;
        this.banner = null;
        this.highlighter.emphasize([]);
      });
      this.banner.render({
        language,
        notices,
        message,
        links: result.highlights
          .filter((item) => item.listed)
          .map((item) => ({ label: item.fact && item.excerpt !== undefined ? highlightLabel(item.fact, item.excerpt, language) : item.label, onActivate: () => this.highlighter.reveal(item) })),
        onChoose: (i, choice) => void this.correct(result, i, { dates: { [choice.role]: choice.date } as Partial<Record<DateRole, string>> }),
        onEnterDate: (i, role, date) => void this.correct(result, i, { dates: { [role]: date } as Partial<Record<DateRole, string>> }),
        onPreview: (choice) => this.preview(result, choice),
      });
      if (message) this.banner.expand();
      else if (fresh && notices.some((n) => n.needsDate)) this.banner.expand(); // a notice waiting for a date asks for it
    } finally {
      this.resume();
    }
  }

  /** Emphasises a candidate date on the page (its evidence offsets mapped back to ranges), or clears it. */
  private preview(result: ScanResult, choice: DateChoice | null) {
    if (!choice || choice.start === undefined || choice.end === undefined || !result.doc) return this.highlighter.emphasize([]);
    let ranges: Range[] = [];
    try {
      ranges = this.deps.source.ranges(result.doc, choice.start, choice.end);
    } catch {
      ranges = []; // the page changed under the offsets: nothing to point at
    }
    this.highlighter.emphasize(ranges);
  }

  /** Stores the user's date for one notice, then redraws the banner with the recomputed deadlines. */
  private async correct(result: ScanResult, index: number, patch: NoticeCorrection) {
    const notice = result.notices[index];
    if (!notice) return;
    const { doc } = this.deps;
    const send = this.deps.correct ?? ((request: RequestOf<'correct-notice'>) => sendMessage('correct-notice', request));
    try {
      await send({ url: doc.location?.href ?? doc.URL, notice, patch });
      this.message = t('banner.saved', this.language);
    } catch (err) {
      this.message = t('banner.save_failed', this.language, { message: err instanceof Error ? err.message : String(err) });
    }
    this.highlighter.emphasize([]);
    if (result === this.result) this.rendered = this.renderBanner(result, this.scanSeq);
  }

  private bannerKey(result: ScanResult) {
    return `${this.deps.doc.location?.href}|${noticesKey(result.notices)}`;
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
    this.stopped = true; // an answer still on its way is for a scanner that is gone
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
      void this.scanNow();
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

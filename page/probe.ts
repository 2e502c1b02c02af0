// The probe: all that runs on every page of a site the user allowed. It reads the page's raw text (textContent: no
// style, no layout) and runs the one cheap word test; only when a page looks like a claim page does it ask the worker
// to inject the scanner. A single-page portal that fills itself in later is watched for changes, checked again at
// most every `debounceMs`, until the words appear. Imports nothing heavy: no zod, no rules, no extraction.
import { quickRelevant } from '../extract/relevance';
import { rawText } from './page-text';

export interface ProbeDeps {
  doc: Document;
  /** Asks the worker to scan this page. */
  relevant(): void;
  debounceMs?: number;
}

/** The text of the page and of every open shadow root below it (a portal built from web components). */
export function pageText(doc: Document): string {
  const body = doc.body ?? doc.documentElement;
  return body ? rawText(body) : '';
}

/** Checks now, then on changes until the page turns out to be a claim page. Returns a function that stops it. */
export function startProbe(deps: ProbeDeps): () => void {
  const { doc } = deps;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;
  const stop = () => {
    clearTimeout(timer);
    observer?.disconnect();
    observer = null;
  };
  const check = (): boolean => {
    if (!quickRelevant(pageText(doc))) return false;
    stop();
    deps.relevant();
    return true;
  };
  if (check()) return stop;
  const win = doc.defaultView;
  if (!win?.MutationObserver) return stop;
  observer = new win.MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(check, deps.debounceMs ?? 400);
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  return stop;
}

// Wiring of the scanner in a web page: the DOM source, the worker's detection and messages, SPA navigation. One
// controller per page: a second injection rescans and answers with what the page holds now.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { checkSize } from '../extract/budget';
import { DocumentError } from '../extract/errors';
import { quickRelevant } from '../extract/relevance';
import type { TextDocument } from '../extract/text-document';
import { send } from '../messaging/client';
import { listen } from '../messaging/listen';
import type { PageNotices } from '../messaging/protocol';
import { sourceForPage } from '../sources';
import { BANNER_TAG } from './banner';
import { PageController } from './controller';

const RUNNING = Symbol.for('claimclock.scanner');
type Running = { controller: PageController };

/** The worker finds the notices of the text read (extract/ is not in the page): only the text and its runs go. */
async function detectInWorker(doc: TextDocument) {
  checkSize(doc.text); // a page too large to read says so here, not as a message the worker cannot take
  const reply = await send('detect-page', { doc: { source: doc.source, text: doc.text, runs: doc.runs } });
  if (reply.error) throw new DocumentError(reply.error);
  return reply.notices;
}

export async function startScanner(ctx: ContentScriptContext): Promise<PageNotices> {
  const global = globalThis as typeof globalThis & { [RUNNING]?: Running };
  const running = global[RUNNING];
  if (running) {
    void running.controller.scanNow();
    await running.controller.settled();
    return running.controller.pageNotices();
  }
  const closedRoot = (browser as { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } }).dom;
  const controller = new PageController({
    doc: document,
    source: sourceForPage(document, {
      ignore: (el) => el.localName === BANNER_TAG,
      shadowRootOf: closedRoot?.openOrClosedShadowRoot ? (el) => closedRoot.openOrClosedShadowRoot!(el) : undefined,
    }),
    quickRelevant,
    detect: detectInWorker,
    pageDeadlines: (notices) => send('page-deadlines', { notices }),
    report: (page) => void send('notices-found', page).catch(() => {}),
    language: navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en',
  });
  global[RUNNING] = { controller };
  const unlisten = listen({ 'get-page-notices': () => controller.pageNotices() });
  ctx.onInvalidated(() => {
    unlisten();
    controller.stop();
    delete global[RUNNING];
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.onLocationChange());
  void controller.scanNow();
  controller.start();
  await controller.settled(); // the newest scan's answer: a mutation may have started another meanwhile
  return controller.pageNotices();
}

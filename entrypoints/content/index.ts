// Content script: injected only at run time (toolbar click via activeTab, or a site the user allowed), so the
// manifest asks for no host access at install. Reads the page, highlights what the core found, shows the banner.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import * as extract from '../../extract';
import type { Message, PageNotices } from '../../messaging/protocol';
import { sourceForPage } from '../../sources';
import { BANNER_TAG } from '../../page/banner';
import { PageController } from './controller';
import { loadCountdownContext, localToday } from './context';
import { quickRelevantFallback } from '../../page/relevance';

type Extract = typeof extract & { quickRelevant?: (text: string) => boolean };
const quickRelevant = (extract as Extract).quickRelevant ?? quickRelevantFallback;

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const context = await loadCountdownContext();
    const closedRoot = (browser as unknown as { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } }).dom;
    const source = sourceForPage(document, {
      ignore: (el) => el.tagName.toLowerCase() === BANNER_TAG,
      shadowRootOf: closedRoot?.openOrClosedShadowRoot ? (el) => closedRoot.openOrClosedShadowRoot!(el) : undefined,
    });
    const controller = new PageController({
      doc: document,
      source,
      quickRelevant,
      detect: extract.detect,
      deadlinesFor: context.deadlinesFor,
      countdown: () => ({ ...context.countdown, today: localToday() }),
      send: (message) => void browser.runtime.sendMessage(message).catch(() => {}),
    });

    const onMessage = (message: Message, _sender: unknown, reply: (r: PageNotices) => void) => {
      if (message?.type !== 'get-page-notices') return undefined;
      reply(controller.pageNotices());
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage as never);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage as never);
      controller.stop();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.onLocationChange());

    controller.scanNow();
    controller.start();
    return controller.pageNotices();
  },
});

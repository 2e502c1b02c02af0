// Bundled by dom.bench.ts into one script and run inside a plain Chromium page: the page-side steps of a scan,
// each timed against the floor (a TreeWalker that only collects the text of every Text node).
import { detect } from '../../extract/detect';
import { pageText } from '../../page/probe';
import { quickRelevant } from '../../extract/relevance';
import { readDom } from '../../sources/dom';

export interface InPageTimes {
  floorMs: number;
  readDomMs: number;
  detectMs: number;
  probeMs: number;
  chars: number;
}

function time<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  const out = run();
  return [out, performance.now() - t0];
}

(globalThis as unknown as { ccInPage: () => InPageTimes }).ccInPage = () => {
  const [, floorMs] = time(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
    return parts.join('');
  });
  const [, probeMs] = time(() => quickRelevant(pageText(document)));
  const [doc, readDomMs] = time(() => readDom(document.body, location.href));
  const [, detectMs] = time(() => detect(doc));
  return { floorMs, readDomMs, detectMs, probeMs, chars: doc.text.length };
};

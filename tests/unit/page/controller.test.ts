// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageController } from '../../../page/controller';
import { sourceForPage } from '../../../sources';
import { quickRelevant } from '../../../extract/relevance';
import { BANNER_TAG } from '../../../page/banner';
import { MARK_ATTR } from '../../../page/highlighter';
import type { PageDeadlines } from '../../../messaging/protocol';
import type { TextDocument } from '../../../extract/text-document';
import type { Notice } from '../../../model';
import { DENIAL_HTML, fakeDetect } from './fake-detect';

type Report = { url: string; title: string; notices: unknown[] };

function controller(send = vi.fn<(page: Report) => void>(), detect = vi.fn<(doc: TextDocument) => Notice[] | Promise<Notice[]>>(fakeDetect), pageDeadlines = vi.fn(async (notices: unknown[]): Promise<PageDeadlines> => ({ deadlines: notices.map(() => []), countdown: 'safe', language: 'en', today: '2026-03-10' }))) {
  const c = new PageController({
    doc: document,
    source: sourceForPage(document, { ignore: (el) => el.tagName.toLowerCase() === BANNER_TAG }),
    quickRelevant,
    detect,
    pageDeadlines,
    report: send,
    language: 'en',
    debounceMs: 20,
  });
  return { c, send, detect, pageDeadlines };
}

describe('PageController', () => {
  let current: PageController | undefined;
  afterEach(() => {
    current?.stop();
    document.body.innerHTML = '';
  });

  it('highlights the evidence, shows the banner with the worker’s deadlines and reports the notice once', async () => {
    document.body.innerHTML = DENIAL_HTML;
    const { c, send, pageDeadlines } = controller();
    current = c;
    await c.scanNow();
    await c.rendered;
    expect(pageDeadlines).toHaveBeenCalledWith([expect.objectContaining({ kind: 'ur_decision' })]);
    expect(c.pageNotices().notices).toHaveLength(1);
    expect(document.querySelector(BANNER_TAG)).not.toBeNull();
    const marks = [...document.querySelectorAll(`[${MARK_ATTR}]`)].map((m) => m.textContent);
    expect(marks).toEqual(['DENIED', 'March 4, 2026']);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toMatchObject({ notices: [{ kind: 'ur_decision' }] });
    await c.scanNow();
    expect(send).toHaveBeenCalledTimes(1); // same notice: not sent again
    expect(document.querySelectorAll(`[${MARK_ATTR}]`)).toHaveLength(2); // marks not doubled
  });

  it('reuses what it found when a rescan reads the same visible text, and reads again when the text changed', async () => {
    document.body.innerHTML = DENIAL_HTML;
    const { c, detect } = controller();
    current = c;
    await c.scanNow();
    await c.scanNow(); // e.g. a mutation that changed only attributes or styles
    expect(detect).toHaveBeenCalledTimes(1);
    expect(c.pageNotices().notices).toHaveLength(1);
    document.body.insertAdjacentHTML('beforeend', '<p>Claim note added today.</p>');
    await c.scanNow();
    expect(detect).toHaveBeenCalledTimes(2);
    await c.rendered;
  });

  it('exits before walking the DOM when the page has no relevant words', async () => {
    document.body.innerHTML = '<p>Weekly grocery specials: apples DENIED entry to the sale.</p>';
    const { c, detect } = controller();
    current = c;
    const result = await c.scanNow();
    expect(result.relevant).toBe(false);
    expect(detect).not.toHaveBeenCalled();
    expect(document.querySelector(BANNER_TAG)).toBeNull();
  });

  it('rescans after a single-page portal inserts a notice, and not because of its own UI', async () => {
    document.body.innerHTML = '<div id="app">Loading your claim…</div>';
    const { c, detect, send } = controller();
    current = c;
    await c.scanNow();
    c.start();
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    document.getElementById('app')!.innerHTML = DENIAL_HTML;
    await vi.waitFor(() => expect(document.querySelector(BANNER_TAG)).not.toBeNull(), { timeout: 2000 });
    expect(send).toHaveBeenCalledTimes(1);
    const calls = detect.mock.calls.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(detect.mock.calls.length).toBe(calls); // banner and marks did not trigger another scan
  });

  it('keeps a dismissed banner closed on rescans of the same notice, and shows it again after navigation', async () => {
    document.body.innerHTML = DENIAL_HTML;
    const { c } = controller();
    current = c;
    await c.scanNow();
    await c.rendered;
    (document.querySelector(BANNER_TAG)!.shadowRoot!.querySelector('button[aria-label^="Dismiss"]') as HTMLButtonElement).click();
    await c.scanNow();
    await c.rendered;
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    c.onLocationChange();
    await c.scanNow();
    await c.rendered;
    expect(document.querySelector(BANNER_TAG)).not.toBeNull();
  });

  it('still shows the banner when the worker does not answer with deadlines', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = DENIAL_HTML;
    const { c } = controller(undefined, undefined, vi.fn(async () => Promise.reject(new Error('worker asleep'))));
    current = c;
    await c.scanNow();
    await c.rendered;
    expect(document.querySelector(BANNER_TAG)).not.toBeNull();
  });

  it('removes banner and highlights when the notice disappears', async () => {
    document.body.innerHTML = DENIAL_HTML;
    const { c } = controller();
    current = c;
    await c.scanNow();
    await c.rendered;
    document.body.innerHTML = '<p>Utilization review FAQ</p>';
    await c.scanNow();
    await c.rendered;
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    expect(c.pageNotices().notices).toEqual([]);
  });
});

describe('PageController on a page that never stops changing', () => {
  it('still rescans while mutations keep arriving faster than the debounce', async () => {
    document.body.innerHTML = '<div id="app">Utilization review</div><span id="clock">0</span>';
    const { c, detect } = controller();
    await c.scanNow();
    c.start();
    const before = detect.mock.calls.length;
    const clock = document.getElementById('clock')!;
    for (let i = 1; i <= 50; i++) {
      clock.textContent = String(i); // every ~5 ms for 250 ms; the debounce is 20 ms
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(detect.mock.calls.length).toBeGreaterThan(before);
    c.stop();
    document.body.innerHTML = '';
  });
});

describe('PageController with web components', () => {
  it('rescans when text changes inside an open shadow root', async () => {
    document.body.innerHTML = '<x-letter></x-letter>';
    const root = document.querySelector('x-letter')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Utilization review: request received.</p>';
    const { c } = controller();
    await c.scanNow();
    c.start();
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    root.innerHTML = DENIAL_HTML;
    await vi.waitFor(() => expect(document.querySelector(BANNER_TAG)).not.toBeNull(), { timeout: 2000 });
    c.stop();
    document.body.innerHTML = '';
  });

  it('reads the page in the page and finds the notices in the worker: a late answer for an older read is dropped', async () => {
    document.body.innerHTML = DENIAL_HTML;
    const answers: ((n: Notice[]) => void)[] = [];
    const { c, send } = controller(undefined, vi.fn((doc: TextDocument) => new Promise<Notice[]>((resolve) => answers.push(() => resolve(fakeDetect(doc))))));
    const older = c.scanNow();
    document.body.innerHTML = '<p>Claim note: nothing new.</p>';
    const newer = c.scanNow();
    expect(answers).toHaveLength(1); // the second page text has no claim words: read, not sent
    answers[0]!([]);
    await Promise.all([older, newer]);
    expect(c.pageNotices().notices).toEqual([]); // the older answer (a denial) did not land on the newer page
    expect(send).not.toHaveBeenCalled();
    c.stop();
  });

  it('leaves the page alone when stopped while the worker is still reading (a new injection replaced it)', async () => {
    document.body.innerHTML = DENIAL_HTML;
    let answer: (() => void) | undefined;
    const { c, send } = controller(undefined, vi.fn((doc: TextDocument) => new Promise<Notice[]>((resolve) => (answer = () => resolve(fakeDetect(doc))))));
    const scan = c.scanNow();
    c.stop();
    answer!();
    await scan;
    await c.rendered;
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    expect(document.querySelectorAll(`[${MARK_ATTR}]`)).toHaveLength(0);
    expect(send).not.toHaveBeenCalled();
    document.body.innerHTML = '';
  });

  it('settles on the newest scan: a scan started while the first waited is the one answered', async () => {
    document.body.innerHTML = '<p>Claim note: nothing new.</p>';
    const { c } = controller();
    void c.scanNow();
    document.body.innerHTML = DENIAL_HTML;
    void c.scanNow();
    await c.settled();
    expect(c.pageNotices().notices).toHaveLength(1);
    c.stop();
    document.body.innerHTML = '';
  });

  it('keeps what the page showed when the worker does not answer a rescan', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = DENIAL_HTML;
    let fail = false;
    const { c } = controller(undefined, vi.fn((doc: TextDocument) => (fail ? Promise.reject(new Error('worker gone')) : fakeDetect(doc))));
    await c.scanNow();
    fail = true;
    document.body.insertAdjacentHTML('beforeend', '<p>Claim note added today.</p>');
    await c.scanNow();
    expect(c.pageNotices().notices).toHaveLength(1);
    c.stop();
    document.body.innerHTML = '';
  });
});

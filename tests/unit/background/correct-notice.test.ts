// 'correct-notice' and 'page-deadlines' in the worker: a date the user confirmed on a page's banner or in the viewer is
// stored with the tracked notice, the page's deadlines are recomputed with it, and a page cannot correct another site's.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleNoticesFound } from '../../../background/notices';
import { correctNotice, pageDeadlines, storedCorrections } from '../../../background/page-deadlines';
import { readTracked } from '../../../storage';
import type { SenderLike } from '../../../messaging/handle';
import type { Notice } from '../../../model';
import { URL_A, qmePanel } from '../storage/helpers';

const BASE = 'chrome-extension://abc/';
const page: SenderLike = { id: 'abc', url: URL_A, tab: { id: 3 }, frameId: 0 };
const NOW = new Date('2026-03-10T12:00:00');

/** A panel whose assignment date is missing: the service date stands in, so the deadline needs a check. */
const standIn = () => ({
  ...qmePanel(), represented: false, dates: { service_date: '2026-03-05' },
  candidates: [{ role: 'panel_assigned_date', date: '2026-03-05', confidence: 0.5, start: 10, end: 23, text: 'March 5, 2026', standIn: true }],
}) as unknown as Notice;

describe('correct-notice', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the confirmed date and the page’s deadlines are recomputed from it (the check is gone)', async () => {
    await handleNoticesFound({ url: URL_A, title: 'Panel', notices: [standIn()] }, page, { base: BASE, isViewerKey: async () => false });
    const before = await pageDeadlines({ notices: [standIn()] }, 'en', NOW, page, BASE);
    const select = before.deadlines[0]!.find((d) => d.rule === 'ca.qme.select')!;
    expect(select.needsCheck).toBe(true);
    const choice = before.choices![0]![before.deadlines[0]!.indexOf(select)]![0]!;
    expect(choice).toMatchObject({ role: 'panel_assigned_date', start: 10, end: 23 }); // linked to where it is on the page

    expect(await correctNotice({ url: URL_A, notice: standIn(), patch: { dates: { [choice.role]: choice.date } } }, page, BASE)).toMatchObject({ stored: true });
    expect((await readTracked())[0]!.corrections.dates).toEqual({ panel_assigned_date: choice.date });
    const after = await pageDeadlines({ notices: [standIn()] }, 'en', NOW, page, BASE);
    expect(after.deadlines[0]!.find((d) => d.rule === 'ca.qme.select')!.needsCheck).toBe(false);
  });

  it('refuses a page that corrects a notice of another site, and stores nothing for a notice not tracked', async () => {
    await expect(correctNotice({ url: 'https://other.example/x', notice: standIn(), patch: {} }, page, BASE)).rejects.toThrow(/own notices/);
    expect(await correctNotice({ url: URL_A, notice: standIn(), patch: { dates: { received_date: '2026-03-06' } } }, page, BASE)).toEqual({ stored: false });
  });

  it('says which date a notice waits for instead of no deadline', async () => {
    const mpn = { ...qmePanel(), kind: 'mpn_second_opinion', dates: {} } as unknown as Notice;
    const answer = await pageDeadlines({ notices: [mpn] }, 'en', NOW, page, BASE);
    expect(answer.missing![0]).toContain('received_date');
  });

  it('gives the viewer the dates already confirmed for a reopened file, and null for a notice with none', async () => {
    await handleNoticesFound({ url: URL_A, title: 'Panel', notices: [standIn()] }, page, { base: BASE, isViewerKey: async () => false });
    expect(await storedCorrections({ url: URL_A, notices: [standIn()] })).toEqual([null]);
    await correctNotice({ url: URL_A, notice: standIn(), patch: { dates: { panel_assigned_date: '2026-03-05' } } }, page, BASE);
    const [stored] = await storedCorrections({ url: URL_A, notices: [standIn()] });
    expect(stored?.dates).toEqual({ panel_assigned_date: '2026-03-05' });
    expect(await storedCorrections({ url: 'https://other.example/x', notices: [standIn()] })).toEqual([null]);
    expect(await storedCorrections({ url: URL_A, notices: [{ nonsense: true } as unknown as Notice] })).toEqual([null]);
  });
});

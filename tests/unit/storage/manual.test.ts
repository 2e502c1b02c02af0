import { workerTransport } from '../../support/worker-transport';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createUiStore } from '../../../storage';
import { noticeId } from '../../../storage/identity';
import { MANUAL_SOURCE, addManualNotice, isManual, mergeManual, readTracked, recordSighting, updateTracked } from '../../../storage/tracked';
import { TrackedNoticeSchema } from '../../../storage/schema';
import { URL_A, raw, urDenial } from './helpers';

const T1 = new Date('2026-03-05T10:00:00Z');
const T2 = new Date('2026-03-07T09:30:00Z');
const paperLetter = () => urDenial({ confidence: 1, represented: null, dates: { service_date: '2026-03-04' } });

describe('notices entered by hand', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a valid open record with a manual source and a stable id', async () => {
    const id = await createUiStore(workerTransport()).addManualNotice(paperLetter(), '  Letter from Sierra Mutual ');
    expect(id).toBe(noticeId(paperLetter(), MANUAL_SOURCE));
    const stored = (await raw('tracked')) as unknown[];
    expect(TrackedNoticeSchema.safeParse(stored[0]).success).toBe(true);
    const [record] = await readTracked();
    expect(record).toMatchObject({
      id, status: 'open', title: 'Letter from Sierra Mutual', sourceUrl: `manual:${id}`, corrections: {}, revision: 0,
      notice: { kind: 'ur_decision', dates: { service_date: '2026-03-04' }, facts: { claimNumber: 'ADJ1234567' } },
    });
    expect(isManual(record!)).toBe(true);
  });

  it('is one record when the same letter is entered twice (status reopened, corrections dropped)', async () => {
    const id = await addManualNotice(paperLetter(), 'Letter', T1);
    await updateTracked(id, { status: 'done', corrections: { serviceMethod: 'fax' } });
    expect(await addManualNotice(paperLetter(), '', T2)).toBe(id);
    const list = await readTracked();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'open', corrections: {}, title: 'Letter', firstSeen: T1.toISOString(), lastSeen: T2.toISOString() });
    expect(list[0]!.revision).toBe(2); // the correction, then dropping it: both move dates (ICS SEQUENCE)
  });

  it('does not merge with the same notice detected on a page', async () => {
    const { ids } = await recordSighting({ url: URL_A, title: 'Portal', notices: [paperLetter()] }, T1);
    const id = await addManualNotice(paperLetter(), 'Paper copy', T2);
    expect(id).not.toBe(ids[0]);
    expect((await readTracked()).map((t) => isManual(t))).toEqual([false, true]);
  });

  it('refuses an invalid notice with a plain message and stores nothing', async () => {
    expect(() => mergeManual([], { ...paperLetter(), dates: { service_date: 'March 4' } }, '', T1)).toThrow(/Notice not saved: dates\.service_date/);
    await expect(addManualNotice({ ...paperLetter(), kind: 'nonsense' as never }, '')).rejects.toThrow(/Notice not saved/);
    expect(await readTracked()).toEqual([]);
  });

  it('survives export and import (the options page’s backup)', async () => {
    const store = createUiStore(workerTransport());
    const id = await store.addManualNotice(paperLetter(), 'Letter from Sierra Mutual');
    const file = await store.exportAll();
    await store.deleteAll();
    expect(await store.listTracked()).toEqual([]);
    await store.importAll(file);
    const [record] = await store.listTracked();
    expect(record).toMatchObject({ id, sourceUrl: `manual:${id}`, title: 'Letter from Sierra Mutual', status: 'open' });
    expect((await store.storageHealth()).ok).toBe(true);
  });
});

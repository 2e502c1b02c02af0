import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { trackedItem } from '../../../storage/items';
import { trackedV1toV2 } from '../../../storage/migrations';
import { readTracked, recordSighting } from '../../../storage/tracked';
import { URL_A, raw, setRaw, urDenial } from './helpers';

/** A record as version 1 stored it: no lastSeen, no revision, corrections optional. */
const v1Record = (id: string) => ({
  id, notice: urDenial(), sourceUrl: URL_A, title: 'Letter', status: 'done', firstSeen: '2026-03-05T10:00:00.000Z',
});

describe('tracked notices migration', () => {
  beforeEach(() => fakeBrowser.reset());

  it('upgrades v1 records to v2: lastSeen from firstSeen, revision 0, empty corrections, status kept', async () => {
    await setRaw({ tracked: [v1Record('a'), { ...v1Record('b'), corrections: { serviceMethod: 'fax' } }], tracked$: { v: 1 } });
    await trackedItem.migrate();
    expect(await raw('tracked$')).toEqual({ v: 2 });
    const list = await readTracked();
    expect(list).toEqual([
      expect.objectContaining({ id: 'a', status: 'done', corrections: {}, firstSeen: '2026-03-05T10:00:00.000Z', lastSeen: '2026-03-05T10:00:00.000Z', revision: 0 }),
      expect.objectContaining({ id: 'b', corrections: { serviceMethod: 'fax' } }),
    ]);
  });

  it('migrates by itself when the extension starts (the items module is loaded) on v1 data', async () => {
    await setRaw({ tracked: [v1Record('a')], tracked$: { v: 1 } });
    vi.resetModules();
    const fresh = await import('../../../storage/tracked');
    expect(await fresh.readTracked()).toEqual([expect.objectContaining({ id: 'a', lastSeen: '2026-03-05T10:00:00.000Z', revision: 0 })]);
    expect(await raw('tracked$')).toEqual({ v: 2 });
  });

  it('treats data without a version marker as v1 (the first release wrote none)', async () => {
    await setRaw({ tracked: [v1Record('a')] });
    await trackedItem.migrate();
    expect((await readTracked())[0]).toMatchObject({ lastSeen: '2026-03-05T10:00:00.000Z', revision: 0 });
  });

  it('leaves data it cannot read for the validating reader (which quarantines it) instead of failing', () => {
    expect(trackedV1toV2('garbage')).toBe('garbage');
    expect(trackedV1toV2([null, 3])).toEqual([null, 3]);
  });

  it('is idempotent: migrating v2 records again changes nothing', () => {
    const v2 = trackedV1toV2([v1Record('a')]);
    expect(trackedV1toV2(v2)).toEqual(v2);
  });

  it('writes the version marker with the first record on a fresh install', async () => {
    await trackedItem.migrate();
    await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial()] });
    expect(await raw('tracked$')).toEqual({ v: 2 });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noticeId, sourceKey } from '../../../storage/identity';
import { readTracked, recordSighting, updateTracked } from '../../../storage/tracked';
import { storageHealth } from '../../../storage';
import { URL_A, qmePanel, quarantineKeys, raw, setRaw, urDenial } from './helpers';

const T1 = new Date('2026-03-05T10:00:00Z');
const T2 = new Date('2026-03-07T09:30:00Z');

describe('tracked notices', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the same notice the same id whatever the query string, and a different id for another claim or date', () => {
    const id = noticeId(urDenial(), URL_A);
    expect(noticeId(urDenial(), 'https://portal.example/claims/1/letters?session=zzz#top')).toBe(id);
    expect(noticeId(urDenial({ facts: { claimNumber: 'ADJ0000001' } }), URL_A)).not.toBe(id);
    expect(noticeId(urDenial({ dates: { service_date: '2026-03-05' } }), URL_A)).not.toBe(id);
    expect(noticeId(urDenial(), 'https://portal.example/claims/2/letters')).not.toBe(id);
    expect(sourceKey(URL_A)).toBe('https://portal.example/claims/1/letters');
  });

  it('ignores the date of injury in the id (it never starts a clock)', () => {
    const withoutInjury = urDenial({ dates: { decision_date: '2026-03-02', service_date: '2026-03-04' } });
    expect(noticeId(withoutInjury, URL_A)).toBe(noticeId(urDenial(), URL_A));
  });

  it('stores the same notice seen twice as one record and updates lastSeen', async () => {
    const first = await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial()] }, T1);
    const second = await recordSighting({ url: URL_A, title: 'Letter (2)', notices: [urDenial(), urDenial()] }, T2);
    expect(second.ids).toEqual(first.ids);
    const list = await readTracked();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'open', firstSeen: T1.toISOString(), lastSeen: T2.toISOString(), title: 'Letter (2)', revision: 0 });
  });

  it('keeps the user’s corrections and status when the notice is seen again', async () => {
    const { ids: [id] } = await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial()] }, T1);
    await updateTracked(id!, { status: 'done', corrections: { dates: { received_date: '2026-03-06' } } });
    await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial()] }, T2);
    const [record] = await readTracked();
    expect(record).toMatchObject({ status: 'done', corrections: { dates: { received_date: '2026-03-06' } }, lastSeen: T2.toISOString() });
  });

  it('bumps the revision when a correction moves dates, not when only the status changes', async () => {
    const { ids: [id] } = await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial()] }, T1);
    await updateTracked(id!, { status: 'dismissed' });
    expect((await readTracked())[0]!.revision).toBe(0);
    await updateTracked(id!, { corrections: { serviceMethod: 'fax' } });
    expect((await readTracked())[0]!.revision).toBe(1);
  });

  it('refuses an invalid correction with a message naming the field and keeps the record as it was', async () => {
    const { ids: [id] } = await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial()] }, T1);
    await expect(updateTracked(id!, { corrections: { dates: { service_date: 'March 4' } } })).rejects.toThrow(/Correction not saved: dates\.service_date/);
    expect((await readTracked())[0]!.corrections).toEqual({});
  });

  it('skips a malformed notice in a sighting and stores the rest', async () => {
    const result = await recordSighting({ url: URL_A, title: 'Letter', notices: [{ kind: 'nonsense' } as never, qmePanel()] }, T1);
    expect(result).toEqual({ ids: [expect.stringMatching(/^qme_panel-/)], skipped: 1 });
  });

  it('quarantines invalid stored records, keeps the valid ones and reports it in storage health', async () => {
    await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial(), qmePanel()] }, T1);
    const stored = (await raw('tracked')) as unknown[];
    await setRaw({ tracked: [...stored, { id: 'broken', notice: { kind: 'ur_decision' } }, 42] });

    const list = await readTracked();
    expect(list.map((t) => t.notice.kind).sort()).toEqual(['qme_panel', 'ur_decision']);
    const keys = await quarantineKeys();
    expect(keys).toEqual([expect.stringMatching(/^quarantine:tracked:\d{4}-\d{2}-\d{2}T/)]);
    expect(((await raw(keys[0]!)) as { value: unknown[] }).value).toHaveLength(4); // the original, untouched
    expect((await raw('tracked')) as unknown[]).toHaveLength(2);

    const health = await storageHealth();
    expect(health).toMatchObject({ ok: false, tracked: 2, quarantined: [{ key: keys[0], reason: expect.stringMatching(/tracked record 3/) }] });
  });

  it('quarantines a tracked value that is not a list at all, once, and starts empty', async () => {
    await setRaw({ tracked: 'garbage' });
    expect(await readTracked()).toEqual([]);
    expect(await readTracked()).toEqual([]);
    expect(await quarantineKeys()).toHaveLength(1);
  });

  it('reports healthy storage when nothing is wrong', async () => {
    await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial()] }, T1);
    expect(await storageHealth()).toEqual({ ok: true, tracked: 1, quarantined: [] });
  });
});

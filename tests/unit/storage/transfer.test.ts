import { workerTransport } from '../../support/worker-transport';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACKS } from '../../../rules';
import { createUiStore } from '../../../storage';
import { importAll, parseExportFile } from '../../../storage/transfer';
import { recordSighting, updateTracked } from '../../../storage/tracked';
import { saveSettings } from '../../../storage/settings';
import { importRulePack } from '../../../storage/rule-packs';
import { allowedSitesItem } from '../../../storage/items';
import { URL_A, qmePanel, quarantineKeys, setRaw, urDenial } from './helpers';

const everything = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
const grantAll = { canScan: async () => true };
const newerCaWc = () => ({ ...structuredClone(BUNDLED_PACKS[0]!), version: '2099.1' });

async function seed() {
  const { ids } = await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial(), qmePanel()] }, new Date('2026-03-05T10:00:00Z'));
  await updateTracked(ids[0]!, { status: 'done', corrections: { serviceMethod: 'fax' } });
  await saveSettings({ countdown: 'latest', language: 'es', reminderLeadDays: [5, 1] });
  await importRulePack(JSON.stringify(newerCaWc()));
  await allowedSitesItem.setValue(['https://portal.example']);
  return ids;
}

describe('export and import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('exports everything with a format marker, schema version and date', async () => {
    await seed();
    const file = JSON.parse(await createUiStore(workerTransport()).exportAll());
    expect(file).toMatchObject({
      format: 'claimclock-export', schemaVersion: 1, exportedAt: expect.stringMatching(/^\d{4}-/),
      settings: { countdown: 'latest', language: 'es' }, allowedSites: ['https://portal.example'],
      rulePacks: [expect.objectContaining({ id: 'ca-wc', version: '2099.1' })],
    });
    expect(file.tracked).toHaveLength(2);
  });

  it('round-trips: deleting all and importing the export restores the same data', async () => {
    await seed();
    const store = createUiStore(workerTransport());
    const json = await store.exportAll();
    const before = { settings: await store.getSettings(), tracked: await store.listTracked(), packs: await store.getRulePackInfo() };
    await store.deleteAll();
    expect(await store.listTracked()).toEqual([]);
    await importAll(json, grantAll);
    expect(await store.getSettings()).toEqual(before.settings);
    expect(await store.listTracked()).toEqual(before.tracked);
    expect(await store.getRulePackInfo()).toEqual(before.packs);
    expect(await store.listAllowedSites()).toEqual(['https://portal.example']);
  });

  it('merges notices by id: a record in both keeps the newer revision, new records are added', async () => {
    const [id] = await seed();
    const store = createUiStore(workerTransport());
    const json = await store.exportAll();
    await store.updateTracked(id!, { corrections: { serviceMethod: 'personal' } }); // revision 2 here, 1 in the file
    await recordSighting({ url: 'https://other.example/x', title: 'Other', notices: [urDenial()] });
    await importAll(json, grantAll);
    const list = await store.listTracked();
    expect(list).toHaveLength(3);
    expect(list.find((t) => t.id === id)).toMatchObject({ corrections: { serviceMethod: 'personal' }, revision: 2 });
  });

  it('refuses a bad file with a plain message and changes nothing', async () => {
    await seed();
    const snapshot = await everything();
    const good = JSON.parse(await createUiStore(workerTransport()).exportAll());
    const cases: [string, RegExp][] = [
      ['{ nope', /not valid JSON\. Nothing was imported\./],
      [JSON.stringify({ tracked: [] }), /not a ClaimClock data file/],
      [JSON.stringify({ ...good, schemaVersion: 99 }), /newer ClaimClock/],
      [JSON.stringify({ ...good, tracked: [...good.tracked, { id: 'x', notice: { kind: 'ur_decision' } }] }), /This file has an error: tracked\.2\.notice/],
      [JSON.stringify({ ...good, settings: { ...good.settings, countdown: 'never' } }), /settings\.countdown/],
      [JSON.stringify({ ...good, rulePacks: [{ id: 'ca-wc', version: '2099.2', rules: [] }] }), /Rule pack 1 in the file: Rule pack refused/],
    ];
    for (const [json, message] of cases) {
      await expect(importAll(json, grantAll)).rejects.toThrow(message);
      expect(await everything()).toBe(snapshot);
    }
    expect(() => parseExportFile(JSON.stringify(good))).not.toThrow();
  });

  it('imports allowed sites only where the browser still grants access', async () => {
    await seed();
    const json = JSON.parse(await createUiStore(workerTransport()).exportAll());
    await allowedSitesItem.setValue([]);
    await importAll(JSON.stringify({ ...json, allowedSites: ['https://portal.example', 'https://gone.example'] }), {
      canScan: async (o) => o === 'https://portal.example',
    });
    expect(await allowedSitesItem.getValue()).toEqual(['https://portal.example']);
  });

  it('exports quarantined copies so nothing corrupt is lost, and deleting all removes them', async () => {
    await setRaw({ tracked: 'garbage' });
    const store = createUiStore(workerTransport());
    const file = JSON.parse(await store.exportAll());
    expect(file.quarantined).toEqual([expect.objectContaining({ key: 'tracked', value: 'garbage' })]);
    await store.deleteAll();
    expect(await quarantineKeys()).toEqual([]);
    expect((await store.storageHealth()).ok).toBe(true);
  });
});

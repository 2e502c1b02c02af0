import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACKS, findRule } from '../../../rules';
import { compareVersions, getRulePackInfo, getRuleset, importRulePack, resetRulePacks } from '../../../storage/rule-packs';
import { quarantineKeys, setRaw } from './helpers';

const caWc = () => structuredClone(BUNDLED_PACKS.find((p) => p.id === 'ca-wc')!);

/** The bundled California pack as a newer release with a longer IMR clock. */
function update(version: string, days = 45) {
  const pack = caWc();
  pack.version = version;
  const rule = pack.rules.find((r) => r.id === 'ca.imr.request')!;
  rule.clock = { ...rule.clock, amount: days };
  return pack;
}

describe('rule packs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists the bundled packs with id, version, name and as-of date', async () => {
    const info = await getRulePackInfo();
    expect(info.map((p) => p.id)).toEqual(BUNDLED_PACKS.map((p) => p.id));
    expect(info[0]).toEqual({ id: 'ca-wc', version: expect.any(String), name: { en: expect.any(String), es: expect.any(String) }, asOf: expect.any(String) });
  });

  it('uses an imported newer pack in place of the bundled one', async () => {
    const summary = await importRulePack(JSON.stringify(update('2099.1')));
    expect(summary).toMatchObject({ id: 'ca-wc', version: '2099.1', imported: true });
    const ruleset = await getRuleset();
    expect(ruleset.packs).toHaveLength(BUNDLED_PACKS.length);
    expect(findRule(ruleset, 'ca.imr.request')!.clock.amount).toBe(45);
    expect((await getRulePackInfo()).find((p) => p.id === 'ca-wc')).toMatchObject({ version: '2099.1', imported: true });
  });

  it('refuses a pack with a missing citation, says which rule, and keeps the pack in use', async () => {
    await importRulePack(JSON.stringify(update('2099.1')));
    const bad = update('2099.2', 60) as { rules: { citation?: string }[] };
    delete bad.rules[0]!.citation;
    await expect(importRulePack(JSON.stringify(bad))).rejects.toThrow(/Rule pack refused \(rule ca\.[a-z._]+: citation is missing\)\. The rules in use are unchanged\./);
    expect(findRule(await getRuleset(), 'ca.imr.request')!.clock.amount).toBe(45);
  });

  it('refuses a file that is not JSON and a pack older than the one in use', async () => {
    await expect(importRulePack('{ not json')).rejects.toThrow(/not valid JSON/);
    await expect(importRulePack(JSON.stringify(update('2000.1')))).rejects.toThrow(/older than the .* in use/);
    expect(await getRulePackInfo()).not.toContainEqual(expect.objectContaining({ imported: true }));
  });

  it('goes back to the bundled packs on reset', async () => {
    await importRulePack(JSON.stringify(update('2099.1')));
    await resetRulePacks();
    expect(findRule(await getRuleset(), 'ca.imr.request')!.clock.amount).toBe(30);
  });

  it('quarantines a stored pack that no longer validates and keeps the bundled rules working', async () => {
    await setRaw({ rulePacks: [{ id: 'ca-wc', version: 'x' }] });
    expect(findRule(await getRuleset(), 'ca.imr.request')!.clock.amount).toBe(30);
    expect(await quarantineKeys()).toEqual([expect.stringMatching(/^quarantine:rulePacks:/)]);
  });

  it('compares versions part by part', () => {
    expect(compareVersions('2026.10', '2026.9')).toBe(1);
    expect(compareVersions('2026.1', '2026.1.0')).toBe(0);
    expect(compareVersions('2025.3', '2026.1')).toBe(-1);
  });
});

// The user context every face loads (app/context.ts) and the one way to turn a notice into deadlines with it
// (app/deadlines.ts): stored settings and rule packs are honoured, and damaged storage falls back to the defaults.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadUserContext, userContext } from '../../../app/context';
import { deadlinesFor, missingDeadlines } from '../../../app/deadlines';
import { becomeWriter } from '../../../storage';
import { storageSources } from '../../../storage/context-sources';
import { saveSettings } from '../../../storage/settings';
import { importRulePack } from '../../../storage/rule-packs';
import { DEFAULT_SETTINGS } from '../../../storage/types';
import { BUNDLED_PACKS, defaultRuleset } from '../../../rules';
import { urDenial } from '../storage/helpers';

const NOW = new Date(2026, 2, 10, 12);

describe('the user context', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    becomeWriter();
  });

  it('uses the stored settings: countdown mode, language and the default service method', async () => {
    await saveSettings({ countdown: 'latest', language: 'es', defaultServiceMethod: 'mail' });
    const ctx = await loadUserContext(storageSources, { now: NOW, browserLanguage: 'en-US' });
    expect(ctx.settings.countdown).toBe('latest');
    expect(ctx.language).toBe('es');
    expect(ctx.today).toBe('2026-03-10');
    const noMethod = urDenial({ serviceMethod: null });
    expect(deadlinesFor(noMethod, ctx)[0]!.latest).toBe('2026-04-08'); // + 5 days of mail time (8 CCR 10605)
    expect(deadlinesFor(noMethod, userContext(DEFAULT_SETTINGS, defaultRuleset(), { now: NOW }))[0]!.latest).toBe('2026-04-03');
  });

  it('uses an imported rule pack, so every face shows the imported rule', async () => {
    const pack = structuredClone(BUNDLED_PACKS.find((p) => p.rules.some((r) => r.id === 'ca.imr.request'))!);
    pack.version = '2099.1';
    const rule = pack.rules.find((r) => r.id === 'ca.imr.request')!;
    rule.title = { en: 'Imported IMR title', es: 'Título importado' };
    await importRulePack(JSON.stringify(pack));
    const ctx = await loadUserContext(storageSources, { now: NOW });
    expect(deadlinesFor(urDenial(), ctx).find((d) => d.rule === 'ca.imr.request')!.title.en).toBe('Imported IMR title');
  });

  it('falls back to the defaults when storage cannot be read, so the banner still shows', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = { settings: () => Promise.reject(new Error('no storage')), ruleset: () => { throw new Error('no storage'); } };
    const ctx = await loadUserContext(broken, { now: NOW, browserLanguage: 'es-MX' });
    expect(ctx.settings.countdown).toBe('safe');
    expect(ctx.language).toBe('es');
    expect(deadlinesFor(urDenial(), ctx).map((d) => d.rule)).toContain('ca.imr.request');
  });

  it('lists the deadlines that apply but lack their start date', () => {
    const ctx = userContext(DEFAULT_SETTINGS, defaultRuleset(), { now: NOW });
    const noDates = urDenial({ dates: {} });
    expect(deadlinesFor(noDates, ctx).filter((d) => d.rule === 'ca.imr.request')).toEqual([]);
    expect(missingDeadlines(noDates, ctx).map((m) => m.rule)).toContain('ca.imr.request');
  });
});

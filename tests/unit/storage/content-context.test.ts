import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCountdownContext } from '../../../entrypoints/content/context';
import { saveSettings } from '../../../storage/settings';
import { DEFAULT_SETTINGS } from '../../../storage/types';
import { defaultRuleset } from '../../../rules';
import { urDenial } from './helpers';

describe('content script countdown context', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the stored settings: countdown mode, language and the default service method', async () => {
    await saveSettings({ countdown: 'latest', language: 'es', defaultServiceMethod: 'mail' });
    const context = await loadCountdownContext(undefined, 'en-US');
    expect(context.countdown).toEqual({ mode: 'latest', language: 'es' });
    const noMethod = urDenial({ serviceMethod: null });
    const withMail = context.deadlinesFor(noMethod)[0]!;
    const unknown = (await loadCountdownContext({ settings: async () => DEFAULT_SETTINGS, ruleset: async () => defaultRuleset() })).deadlinesFor(noMethod)[0]!;
    expect(withMail.latest).toBe('2026-04-08'); // + 5 days of mail time (8 CCR 10605)
    expect(unknown.latest).toBe('2026-04-03');
  });

  it('falls back to the defaults when storage cannot be read, so the banner still shows', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = { settings: () => Promise.reject(new Error('no storage')), ruleset: () => { throw new Error('no storage'); } };
    const context = await loadCountdownContext(broken, 'es-MX');
    expect(context.countdown).toEqual({ mode: 'safe', language: 'es' });
    expect(context.deadlinesFor(urDenial()).map((d) => d.rule)).toContain('ca.imr.request');
  });
});

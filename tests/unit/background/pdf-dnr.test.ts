import { describe, expect, it, vi } from 'vitest';
import {
  BYPASS_RULE_ID,
  PDF_RESPONSE_RULE_ID,
  allowBrowserViewer,
  bypassRule,
  exactUrlRegex,
  pdfResponseRule,
  syncPdfResponseRule,
} from '../../../background/pdf-dnr';
import { fileParamOf, keyParamOf } from '../../../background/pdf-url';

const VIEWER = 'chrome-extension://abc/viewer.html';
const KEY = '0123456789abcdef0123456789abcdef';

describe('the content-type redirect rule', () => {
  it('redirects top-level application/pdf responses to the viewer with the viewer key and the whole URL', () => {
    const rule = pdfResponseRule(VIEWER, KEY);
    expect(rule.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: `${VIEWER}?key=${KEY}&file=\\0` } });
    expect(rule.condition.resourceTypes).toEqual(['main_frame']);
    expect(rule.condition.responseHeaders?.[0]?.values).toContain('application/pdf');
    // What the viewer then reads back from the raw substitution:
    expect(fileParamOf(`${VIEWER}?key=${KEY}&file=https://x.example/doc?id=7&t=1`)).toBe('https://x.example/doc?id=7&t=1');
    expect(keyParamOf(`${VIEWER}?key=${KEY}&file=https://x.example/doc?key=${'f'.repeat(32)}`)).toBe(KEY);
  });

  it('follows the setting: added when on, only removed when off', async () => {
    const dnr = { updateSessionRules: vi.fn(async () => undefined) };
    await syncPdfResponseRule(true, VIEWER, KEY, dnr);
    await syncPdfResponseRule(false, VIEWER, KEY, dnr);
    expect(dnr.updateSessionRules).toHaveBeenNthCalledWith(1, {
      removeRuleIds: [PDF_RESPONSE_RULE_ID],
      addRules: [pdfResponseRule(VIEWER, KEY)],
    });
    expect(dnr.updateSessionRules).toHaveBeenNthCalledWith(2, { removeRuleIds: [PDF_RESPONSE_RULE_ID], addRules: [] });
  });

  it('does not throw where the browser lacks the responseHeaders condition', async () => {
    const dnr = { updateSessionRules: vi.fn(async () => Promise.reject(new Error('unknown key'))) };
    await expect(syncPdfResponseRule(true, VIEWER, KEY, dnr)).resolves.toBeUndefined();
  });
});

describe('the bypass for the browser viewer', () => {
  it('matches exactly that URL, with or without a fragment', () => {
    const re = new RegExp(exactUrlRegex('https://x.example/doc?id=7&t=(1)'));
    expect(re.test('https://x.example/doc?id=7&t=(1)')).toBe(true);
    expect(re.test('https://x.example/doc?id=7&t=(1)#claimclock-skip')).toBe(true);
    expect(re.test('https://x.example/doc?id=77&t=(1)')).toBe(false);
    expect(re.test('https://x.example/doc?id=7&t=(1)/more')).toBe(false);
  });

  it('outranks the redirect and replaces the previous bypass', async () => {
    const rule = bypassRule('https://x.example/a#page=2');
    expect(rule.priority).toBeGreaterThan(pdfResponseRule(VIEWER, KEY).priority ?? 1);
    expect(rule.action.type).toBe('allow');
    const dnr = { updateSessionRules: vi.fn(async () => undefined) };
    await allowBrowserViewer('https://x.example/a', dnr);
    expect(dnr.updateSessionRules).toHaveBeenCalledWith({ removeRuleIds: [BYPASS_RULE_ID], addRules: [bypassRule('https://x.example/a')] });
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { rawText, shadowRoots } from '../../../page/page-text';
import { pageText } from '../../../page/probe';

describe('the raw text the probe and the scanner test for claim words', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('holds the page and every open shadow root, nested ones too', () => {
    document.body.innerHTML = '<p>Portal</p><claim-card></claim-card>';
    const outer = document.querySelector('claim-card')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>Letters</p><letter-view></letter-view>';
    outer.querySelector('letter-view')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Utilization review decision</p>';
    expect(shadowRoots(document.body)).toHaveLength(2);
    for (const text of [rawText(document.body), pageText(document)]) {
      expect(text).toContain('Portal');
      expect(text).toContain('Letters');
      expect(text).toContain('Utilization review decision');
    }
  });
});

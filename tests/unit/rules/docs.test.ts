// docs/rules.md lists every bundled rule with its citation, so the catalog and the docs cannot drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../rules';

const doc = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');

describe('docs/rules.md', () => {
  for (const rule of BUNDLED_PACKS.flatMap((p) => p.rules)) {
    it(`lists ${rule.id} with its citation`, () => {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${rule.id}\` |`));
      expect(row, `no table row for ${rule.id}`).toBeDefined();
      expect(row).toContain(rule.citation);
    });
  }
});

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

    it(`gives ${rule.id} its verification status and a source for each number`, () => {
      const start = doc.indexOf(`### \`${rule.id}\`\n`);
      expect(start, `no "### \`${rule.id}\`" section`).toBeGreaterThan(doc.indexOf('## Verification status'));
      const end = doc.indexOf('\n### ', start + 1);
      const section = doc.slice(start, end === -1 ? undefined : end);
      const status = { verified: 'Status: verified.', verified_secondary: 'Status: verified (secondary)', unverified: 'Status: **unverified**' }[rule.confidence];
      expect(section).toContain(status);
      expect(section).toMatch(/^- \*\*.+\*\*: /m);
      expect(section).toMatch(/https?:\/\//);
      const amount = typeof rule.clock.amount === 'number' ? rule.clock.amount : rule.clock.amount.represented;
      expect(section, 'the section names the rule\'s length').toContain(String(amount));
    });
  }
});

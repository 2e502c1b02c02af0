// Every rule is cited law (STYLE.md 4): citation, source, as-of date, both languages, and a golden case.
import { describe, expect, it } from 'vitest';
import { NEVER_TRIGGER_ROLES } from '../../../model';
import { BUNDLED_PACKS } from '../../../rules';
import { GOLDEN_CASES } from './golden';

const rules = BUNDLED_PACKS.flatMap((pack) => pack.rules.map((rule) => ({ pack, rule })));
const DESIGN_IDS = [
  'ca.imr.request', 'ca.imr.appeal', 'ca.qme.strike', 'ca.qme.select', 'ca.report.objection', 'ca.mpn.second_opinion', 'ca.qme.report_due',
];

describe('rule catalog', () => {
  it('contains every rule id named in DESIGN.md', () => {
    const ids = rules.map(({ rule }) => rule.id);
    for (const id of DESIGN_IDS) expect(ids).toContain(id);
  });

  it('has unique rule ids across packs', () => {
    const ids = rules.map(({ rule }) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const { pack, rule } of rules) {
    describe(rule.id, () => {
      it('has a citation, an https/http source and an as-of date', () => {
        expect(rule.citation.trim()).not.toBe('');
        expect(rule.sources.length).toBeGreaterThan(0);
        for (const s of rule.sources) expect(s).toMatch(/^https?:\/\/\S+$/);
        expect(rule.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(rule.asOf <= pack.asOf).toBe(true);
      });

      it('has title, explanation and action in English and Spanish', () => {
        for (const field of [rule.title, rule.explanation, rule.action]) {
          expect(field.en.trim().length).toBeGreaterThan(5);
          expect(field.es.trim().length).toBeGreaterThan(5);
          expect(field.es).not.toBe(field.en);
        }
      });

      it('has at least one golden case where it applies', () => {
        expect(GOLDEN_CASES.some((c) => c.rule === rule.id && c.expect !== 'absent')).toBe(true);
      });

      it('belongs to its pack jurisdiction and id prefix', () => {
        expect(rule.jurisdiction).toBe(pack.jurisdiction);
        expect(rule.id.slice(0, 2)).toBe(pack.jurisdiction.slice(-2).toLowerCase());
      });

      it('flags unverified law as needing confirmation', () => {
        expect(rule.needsConfirmation).toBe(rule.confidence === 'unverified');
      });

      it('starts from the date of injury only if it is an outer limit', () => {
        const starts = [...rule.startRoles, ...(rule.latestStartRoles ?? [])];
        if (rule.type !== 'limit') for (const role of NEVER_TRIGGER_ROLES) expect(starts).not.toContain(role);
        expect(starts).not.toContain('birth_date');
      });
    });
  }
});

// Issue 11 item 4: what to do once a date has passed. Who can help (by jurisdiction), what can still be done, what
// cannot; cited where there is law (every worker's deadline cites its source).
const HELP: Record<string, { en: RegExp[]; es: RegExp[] }> = {
  'ca-wc': { en: [/1-800-736-7401/, /attorney/], es: [/1-800-736-7401/, /abogado/] },
  'ca-health': { en: [/DMHC Help Center/, /1-888-466-2219/], es: [/Centro de Ayuda del DMHC/, /1-888-466-2219/] },
  'co-wc': { en: [/Colorado Division of Workers’ Compensation/, /1-888-390-7936/, /attorney/], es: [/División de Compensación de Trabajadores de Colorado/, /1-888-390-7936/, /abogado/] },
};

describe('"if this has passed" texts', () => {
  for (const { pack, rule } of rules) {
    it(`${rule.id} says who can help, in both languages, in at least two sentences`, () => {
      const help = HELP[pack.id];
      expect(help, `no helper listed for pack ${pack.id}`).toBeDefined();
      for (const lang of ['en', 'es'] as const) {
        for (const re of help![lang]) expect(rule.ifPassed[lang], `${lang}: ${re}`).toMatch(re);
        expect(rule.ifPassed[lang].split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length).toBeGreaterThanOrEqual(2);
      }
      expect(rule.ifPassed.es).not.toBe(rule.ifPassed.en);
    });

    if (rule.type === 'deadline') {
      it(`${rule.id} cites the law for what happens after the deadline`, () => {
        const cite = /§|\b\d+ CCR\b|\([A-Z][a-z]+,? (?:\d{4}|Court)/;
        expect(rule.ifPassed.en).toMatch(cite);
        expect(rule.ifPassed.es).toMatch(cite);
      });
    }
  }

  it('gives the notes of every rule in both languages', () => {
    for (const { rule } of rules) for (const note of rule.notes) {
      expect(note.en.trim()).not.toBe('');
      expect(note.es.trim()).not.toBe('');
      expect(note.es).not.toBe(note.en);
    }
  });
});

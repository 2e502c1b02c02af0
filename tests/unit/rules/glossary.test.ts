// The rule packs follow docs/glossary-es.md: when a rule's English text uses a glossary term, its Spanish text uses
// the glossary's Spanish for it, and no Spanish text uses a rejected variant (issue 14 item 4).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../rules';
import { fieldsOf } from './text-rules';

const doc = readFileSync(new URL('../../../docs/glossary-es.md', import.meta.url), 'utf8');
const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

interface Row { english: string[]; spanish: string[]; avoid: string[] }
const rows: Row[] = doc.split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| English') && !line.startsWith('|---'))
  .map((line) => line.split('|').slice(1, -1))
  .map(([en = '', es = '', , not = '']) => ({ english: ticks(en), spanish: ticks(es), avoid: ticks(not) }));

const rules = BUNDLED_PACKS.flatMap((pack) => pack.rules);
const textOf = (rule: (typeof rules)[number], lang: 'en' | 'es') => fieldsOf(rule).map((f) => f.text[lang]).join('\n');
const has = (text: string, phrase: string) => text.toLowerCase().includes(phrase.toLowerCase());

describe('docs/glossary-es.md', () => {
  it('has a table the test can read, each row with a Spanish form', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
    for (const row of rows) expect(row.spanish.length, JSON.stringify(row)).toBeGreaterThan(0);
  });

  it('names the DWC’s own terms: funcionario de Información y Asistencia, evaluador médico calificado (QME), Revisión Médica Independiente (IMR)', () => {
    const spanish = rows.flatMap((r) => r.spanish);
    for (const term of ['funcionario de Información y Asistencia (I&A)', 'evaluador médico calificado', 'Revisión Médica Independiente (IMR)', 'decisión final de la IMR', 'rechazo']) {
      expect(spanish).toContain(term);
    }
    expect(rows.flatMap((r) => r.avoid)).toEqual(expect.arrayContaining(['negación', 'oficial de Información y Asistencia']));
  });
});

describe('the rule packs follow the glossary', () => {
  for (const rule of rules) {
    it(`${rule.id} uses the glossary’s Spanish and none of the rejected forms`, () => {
      const en = textOf(rule, 'en');
      const es = textOf(rule, 'es');
      for (const row of rows) {
        for (const bad of row.avoid) expect(es.includes(bad), `"${bad}" (use ${row.spanish.join(' / ')})`).toBe(false);
        if (row.english.some((term) => has(en, term))) {
          expect(row.spanish.some((term) => has(es, term)), `${row.english[0]} → ${row.spanish.join(' / ')}`).toBe(true);
        }
      }
    });
  }
});

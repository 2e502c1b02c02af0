// Plain language in the UI strings (issue 14 items 3–4), as the rule packs already are (tests/unit/rules/texts.test.ts):
// a readability budget per message, the Spanish glossary's terms (docs/glossary-es.md), acronyms spelled out in the
// card headings, and "sent to you (served)" instead of "service".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageKey } from '../../../i18n';
import { viewerStrings } from '../../../viewer/strings';
import { score, stripForScoring, words } from '../../support/readability';
import { ACRONYMS, ALLOW, FK_MAX, INFLESZ_MIN } from '../rules/text-rules';

const KEYS = Object.keys(MESSAGES.en) as MessageKey[];
/** Scores of texts under a dozen words are noise (the language review's caveat): only longer messages get a budget. */
const MIN_WORDS = 12;
/** Messages allowed past the budget, with the reason. Keep it empty: rewrite instead. */
const EXCEPTIONS: Record<string, string> = {};

const plain = (text: string, lang: 'en' | 'es') => stripForScoring(text.replace(/\{\w+\}/g, 'X'), ALLOW[lang]);

/** Every UI string pair: message keys, the banner's and the viewer's own strings. */
const PAIRS: { id: string; en: string; es: string }[] = [
  ...KEYS.map((k) => ({ id: k, en: MESSAGES.en[k], es: MESSAGES.es[k] })),
  ...Object.entries(viewerStrings('en')).filter(([, v]) => typeof v === 'string')
    .map(([k, v]) => ({ id: `viewer.${k}`, en: v as string, es: viewerStrings('es')[k as 'opening'] })),
];

describe('UI strings read at grade 6–8', () => {
  const scored = PAIRS.filter((p) => words(plain(p.en, 'en')).length >= MIN_WORDS && !EXCEPTIONS[p.id]);

  it(`scores every message of ${MIN_WORDS}+ words: Flesch-Kincaid ≤ ${FK_MAX}, INFLESZ ≥ ${INFLESZ_MIN}`, () => {
    expect(scored.length).toBeGreaterThanOrEqual(35);
    const over = scored.flatMap((p) => {
      const fk = score(plain(p.en, 'en'), 'en').score;
      const inflesz = score(plain(p.es, 'es'), 'es').score;
      return [...(fk > FK_MAX ? [`${p.id}.en FK ${fk}`] : []), ...(inflesz < INFLESZ_MIN ? [`${p.id}.es INFLESZ ${inflesz}`] : [])];
    });
    expect(over).toEqual([]);
  });

  it('has no stale exceptions', () => {
    for (const id of Object.keys(EXCEPTIONS)) expect(PAIRS.some((p) => p.id === id), id).toBe(true);
  });
});

describe('UI strings follow docs/glossary-es.md', () => {
  const doc = readFileSync(new URL('../../../docs/glossary-es.md', import.meta.url), 'utf8');
  const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  const rows = doc.split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| English') && !line.startsWith('|---'))
    .map((line) => line.split('|').slice(1, -1))
    .map(([en = '', es = '', , not = '']) => ({ english: ticks(en), spanish: ticks(es), avoid: ticks(not) }));
  const has = (text: string, phrase: string) => text.toLowerCase().includes(phrase.toLowerCase());

  it('uses none of the rejected Spanish forms, and the glossary’s Spanish wherever the English uses its term', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
    const bad: string[] = [];
    for (const pair of PAIRS) {
      const p = { ...pair, en: pair.en.replace(/\{\w+\}/g, ' '), es: pair.es.replace(/\{\w+\}/g, ' ') };
      for (const row of rows) {
        for (const avoid of row.avoid) if (p.es.includes(avoid)) bad.push(`${p.id}: "${avoid}" (use ${row.spanish.join(' / ')})`);
        if (row.english.some((term) => has(p.en, term)) && !row.spanish.some((term) => has(p.es, term))) {
          bad.push(`${p.id}: ${row.english[0]} → ${row.spanish.join(' / ')}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('a card spells out each acronym the first time it shows it', () => {
  // The card's heading is the notice kind: it is the first place the acronym appears on the card.
  const kinds = KEYS.filter((k) => k.startsWith('kind.'));
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: every notice kind label expands its acronyms, keeping the English one in parentheses`, () => {
      const bad: string[] = [];
      for (const key of kinds) {
        const text = MESSAGES[lang][key];
        for (const [acronym, pattern] of Object.entries(ACRONYMS)) {
          if (new RegExp(`(^|[^\\w&])${acronym.replace('&', '\\&')}(?![\\w&])`).test(text) && !pattern[lang].test(text)) bad.push(`${key}: ${acronym} in «${text}»`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});

describe('"sent to you (served)", not "service"', () => {
  it('uses no bare "serve", "served" or "service" in an English UI string', () => {
    const bad = PAIRS.filter((p) => /\bserv(e|ed|ice|ing)\b/i.test(p.en.replace(/\(served\)/g, '')) && !p.id.startsWith('step.'));
    expect(bad.map((p) => `${p.id}: ${p.en}`)).toEqual([]);
  });
});

// Plain language in the rule packs (issue 14 items 3–4, issue 11 item 4): every title, explanation, action,
// "if this has passed" text and note is scored (Flesch-Kincaid ≤ 8 in English, INFLESZ ≥ 65 in Spanish), expands
// each acronym the first time it appears, says "sent to you (served)" instead of "service", and the IMR texts say the
// form must ARRIVE in time.
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../rules';
import { score, stripForScoring } from '../../support/readability';
import {
  ACRONYMS, ALLOW, BUDGET_EXCEPTIONS, FK_MAX, FORM_NAMES, INFLESZ_MIN, TITLE_MAX_WORDS, fieldsOf,
} from './text-rules';

const rules = BUNDLED_PACKS.flatMap((pack) => pack.rules);

describe('rule texts read at grade 6–8', () => {
  for (const rule of rules) {
    for (const field of fieldsOf(rule)) {
      for (const lang of ['en', 'es'] as const) {
        const text = stripForScoring(field.text[lang], ALLOW[lang]);
        const s = score(text, lang);
        const id = `${rule.id}.${field.key}.${lang}`;
        if (field.title) {
          it(`${id} is short (≤ ${TITLE_MAX_WORDS[lang]} words)`, () => expect(score(field.text[lang], lang).words).toBeLessThanOrEqual(TITLE_MAX_WORDS[lang]));
          continue;
        }
        const exception = BUDGET_EXCEPTIONS[id];
        if (lang === 'en') {
          it(`${id}: Flesch-Kincaid ${s.score} ≤ ${exception?.max ?? FK_MAX}`, () => expect(s.score).toBeLessThanOrEqual(exception?.max ?? FK_MAX));
        } else {
          it(`${id}: INFLESZ ${s.score} ≥ ${exception?.min ?? INFLESZ_MIN}`, () => expect(s.score).toBeGreaterThanOrEqual(exception?.min ?? INFLESZ_MIN));
        }
      }
    }
  }

  it('has no stale budget exceptions', () => {
    const keys = new Set(rules.flatMap((r) => fieldsOf(r).flatMap((f) => [`${r.id}.${f.key}.en`, `${r.id}.${f.key}.es`])));
    for (const key of Object.keys(BUDGET_EXCEPTIONS)) expect(keys.has(key), key).toBe(true);
  });
});

describe('acronyms are spelled out the first time', () => {
  for (const rule of rules) {
    for (const lang of ['en', 'es'] as const) {
      it(`${rule.id} (${lang})`, () => {
        let all = fieldsOf(rule).map((f) => f.text[lang]).join('\n');
        for (const f of FORM_NAMES) all = all.replace(f, (m) => '#'.repeat(m.length));
        for (const [acronym, forms] of Object.entries(ACRONYMS)) {
          const first = new RegExp(`(?<![\\w&])${acronym.replace('&', '\\&')}(?![\\w&])`).exec(all);
          if (!first) continue;
          const expanded = forms[lang].exec(all);
          expect(expanded, `${acronym} is used but never spelled out`).not.toBeNull();
          expect(expanded!.index + expanded![0].length - acronym.length - 1, `${acronym} is used before it is spelled out`).toBe(first.index);
        }
      });
    }
  }
});

describe('plain words for legal ones', () => {
  for (const rule of rules) {
    it(`${rule.id} says "sent to you (served)", not "service" or "serve"`, () => {
      const en = fieldsOf(rule).map((f) => f.text.en).join('\n');
      expect(en).not.toMatch(/\bservice\b|\bserve\b|\bserving\b|\bserves\b/i);
      expect(en.replace(/\(served\)/g, '')).not.toMatch(/\bserved\b/i);
    });
  }

  it('says the IMR application and appeal must ARRIVE in time, suggests fax or tracked mail, and never "keep proof of the date you sent it"', () => {
    // Avila v. UC Irvine (2015 WCAB panel): the application must be "received by the Administrative Director within
    // 30 days after service"; one received a day late was denied. 8 CCR 10575(c): the appeal "shall be filed".
    for (const id of ['ca.imr.request', 'ca.imr.request_formulary', 'ca.imr.appeal']) {
      const rule = rules.find((r) => r.id === id)!;
      expect(rule.action.en, id).toMatch(/must arrive by this date/);
      expect(rule.action.es, id).toMatch(/[Dd]ebe llegar a más tardar/);
      for (const lang of ['en', 'es'] as const) {
        expect(fieldsOf(rule).map((f) => f.text[lang]).join(' '), id).not.toMatch(/proof of the date you sent|prueba de la fecha de envío/i);
      }
    }
    for (const id of ['ca.imr.request', 'ca.imr.request_formulary']) {
      const rule = rules.find((r) => r.id === id)!;
      expect(rule.action.en).toMatch(/Fax it, or use mail you can track/);
      expect(rule.action.es).toMatch(/por fax o por un correo que se pueda rastrear/);
    }
  });
});

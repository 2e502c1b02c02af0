// The readability scorer (tests/support/readability.ts): syllables, sentences, and the two formulas.
import { describe, expect, it } from 'vitest';
import {
  fleschKincaid, inflesz, isAcronym, score, sentences, stripForScoring, syllablesEn, syllablesEs, words,
} from '../../support/readability';

describe('English syllables (heuristic)', () => {
  const known: Record<string, number> = {
    ask: 1, for: 1, independent: 4, medical: 3, review: 2, decision: 3, treatment: 2, doctor: 2, denied: 2,
    changed: 1, delayed: 2, within: 2, letter: 2, mailed: 1, application: 4, appeal: 2, attorney: 3, objection: 3,
    insurance: 3, company: 3, physician: 3, evaluator: 5, qualified: 3, schedule: 2, appointment: 3, disability: 5,
    temporary: 4, permanent: 3, table: 2, needed: 2, started: 2, files: 1, arrive: 2, tracked: 1, judge: 1,
    earliest: 3, ideas: 3, carrier: 3, receive: 2, notice: 2, holiday: 3,
  };
  for (const [word, n] of Object.entries(known)) it(`"${word}" has ${n}`, () => expect(syllablesEn(word)).toBe(n));

  it('reads acronyms as letter names (W is "double-u") and numbers as spoken', () => {
    expect(syllablesEn('QME')).toBe(3);
    expect(syllablesEn('DWC')).toBe(5);
    expect(syllablesEn('I&A')).toBe(3);
    expect(syllablesEn('30')).toBe(2); // thir-ty
    expect(syllablesEn('104')).toBe(4); // one hun-dred four
  });
});

describe('Spanish syllables (heuristic)', () => {
  const known: Record<string, number> = {
    pida: 2, revisión: 3, médica: 3, independiente: 5, tratamiento: 4, abogado: 4, aseguradora: 6, envíela: 4,
    evaluador: 4, calificado: 5, ciudad: 2, leer: 2, maíz: 2, buey: 1, que: 1, guerra: 2, pingüino: 3, hoy: 1, y: 1,
    funcionario: 4, correo: 3, aún: 2, reúne: 3, ahora: 3, poeta: 3, aéreo: 4,
  };
  for (const [word, n] of Object.entries(known)) it(`"${word}" tiene ${n}`, () => expect(syllablesEs(word)).toBe(n));

  it('reads acronyms as Spanish letter names and numbers as spoken', () => {
    expect(syllablesEs('QME')).toBe(4); // cu-e-me-e
    expect(syllablesEs('IMR')).toBe(5); // i, e-me, e-rre
    expect(syllablesEs('30')).toBe(2); // trein-ta
  });
});

describe('words and sentences', () => {
  it('keeps "Lab. Code" and "EE. UU." inside one sentence and ignores colons', () => {
    expect(sentences('See Lab. Code § 4062(a). Then act: now.')).toEqual(['See Lab. Code § 4062(a).', 'Then act: now.']);
    expect(sentences('En EE. UU. hay 20 días. Listo.')).toHaveLength(2);
  });

  it('counts words with inner apostrophes and hyphens as one', () => {
    expect(words('Workers’ comp second-opinion visit')).toEqual(['Workers', 'comp', 'second-opinion', 'visit']);
    expect(isAcronym('QME')).toBe(true);
    expect(isAcronym('Qme')).toBe(false);
  });
});

describe('formulas', () => {
  it('Flesch-Kincaid grade: 0.39·words/sentence + 11.8·syllables/word − 15.59', () => {
    // 8 words, 1 sentence, 9 syllables (o-pen): 0.39·8 + 11.8·9/8 − 15.59 = 0.805
    expect(score('The big dog ran to the open door.', 'en')).toEqual({ words: 8, sentences: 1, syllables: 9, score: 0.8 });
  });

  it('INFLESZ: 206.835 − 62.3·syllables/word − words/sentence', () => {
    // el(1) ga-to(2) co-me(2) pan(1): 6/4 = 1.5 → 206.835 − 93.45 − 4 = 109.4
    expect(score('El gato come pan.', 'es')).toEqual({ words: 4, sentences: 1, syllables: 6, score: 109.4 });
  });

  it('matches the language review’s scores for the old ca.imr.request explanation (FK 7.6, INFLESZ 63.1)', () => {
    const en = 'Utilization review (UR) denied, changed or delayed the treatment your doctor asked for. To challenge it, apply for IMR within 30 days of service of the UR decision. If the letter was mailed you may have 5 more days, but do not count on it.';
    const es = 'La revisión de utilización (UR) negó, cambió o retrasó el tratamiento que pidió su médico. Para impugnarla, solicite la IMR dentro de 30 días a partir de la notificación de la decisión de UR. Si la carta llegó por correo, quizá tenga 5 días más, pero no cuente con ellos.';
    expect(Math.abs(fleschKincaid(en) - 7.6)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(inflesz(es) - 63.1)).toBeLessThanOrEqual(1);
  });

  it('strips allow-listed legal names and the English acronym in parentheses before scoring', () => {
    expect(stripForScoring('Ask for Independent Medical Review (IMR) at 1-800-736-7401.', ['Independent Medical Review', /\d-\d{3}-\d{3}-\d{4}/g]))
      .toBe('Ask for at .');
  });
});

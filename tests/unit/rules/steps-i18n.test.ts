// The rules' steps and assumptions reach a Spanish screen in Spanish only (issue 14 item 1 for the rules): every step
// code and every assumption code, built from golden-case notices and edge cases, renders without English words,
// without placeholders, with Spanish holiday names, the right plurals and long dates.
import { describe, expect, it } from 'vitest';
import { translateAssumption, translateAssumptions, translateStep, unitText } from '../../../i18n/steps';
import { ASSUMPTION_CODES, DEFAULT_PROFILE, type Deadline, Step } from '../../../model';
import { computeDeadlines, defaultRuleset } from '../../../rules';
import { GOLDEN_CASES } from './golden';
import { notice } from './golden/helpers';

const ruleset = defaultRuleset();
const ENGLISH = /\b(?:the|and|days?|calendar|business|Saturday|Sunday|Monday|Friday|rolled|latest|Start|Due|safe|service|mailed?|unknown|shown|Representation|assumed|Thanksgiving|Christmas|Presidents|Memorial|Labor|Veterans|holiday|may|date|lawyer|counts?|outcome|misread|Ignored)\b/;

/** Every deadline of every golden case, plus notices that exercise each assumption. */
function corpus(): Deadline[] {
  const extra = [
    notice('ur_decision', { decision_date: '2026-02-30', service_date: '2026-03-04' }),
    notice('mmi_report', { report_date: '2026-02-02' }, { dateNotes: { report_date: 'OCR' } }),
    notice('objection_letter', { objection_mailed_date: '2026-11-10' }, { represented: true }),
    notice('qme_panel', { panel_assigned_date: '2026-11-16' }),
    notice('co_final_admission', { service_date: '2026-06-03' }),
    // a service date read with doubt: the latest date counts from the decision date
    notice('ur_decision', { decision_date: '2026-03-02', service_date: '2026-03-09' }, { dateChecks: { service_date: ['low_confidence'] } }),
    // a less probable candidate date for the trigger starts the safe date
    notice('mmi_report', { report_date: '2026-02-10' }, { candidates: [{ role: 'report_date', date: '2026-02-06', confidence: 0.4, start: 0, end: 10, text: '02/06/2026' }] }),
  ];
  return [...GOLDEN_CASES.map((c) => ({ notice: c.notice, profile: { ...DEFAULT_PROFILE, ...c.profile } })), ...extra.map((n) => ({ notice: n, profile: DEFAULT_PROFILE }))]
    .flatMap(({ notice: n, profile }) => computeDeadlines(n, profile, ruleset, '2026-01-15'));
}
const deadlines = corpus();

describe('steps in Spanish', () => {
  const steps = deadlines.flatMap((d) => d.stepDetails);

  it('covers every step code', () => {
    expect(new Set(steps.map((s) => s.code))).toEqual(new Set(Step.shape.code.options));
  });

  it('leaves no English word and no placeholder in any step', () => {
    for (const s of steps) {
      const es = translateStep(s, 'es');
      expect(es, `${s.code}: ${s.text}`).not.toMatch(ENGLISH);
      expect(es).not.toMatch(/\{\w+\}/);
    }
  });

  it('keeps the rules’ own English text in English', () => {
    for (const s of steps) expect(translateStep(s, 'en')).toBe(s.text);
  });

  it('names holidays in Spanish and writes Spanish dates in the long form', () => {
    const christmas = computeDeadlines(notice('imr_determination', { service_date: '2026-11-25' }, { outcome: 'upheld', serviceMethod: 'personal' }), DEFAULT_PROFILE, ruleset, '2026-01-15')[0]!;
    const roll = christmas.stepDetails.find((s) => s.code === 'roll_forward')!;
    expect(translateStep(roll, 'es')).toBe('viernes, 25 de diciembre de 2026 (Navidad) no es día hábil → se pasa a lunes, 28 de diciembre de 2026');
    const friday = computeDeadlines(notice('qme_panel', { panel_assigned_date: '2026-11-16' }, { serviceMethod: 'personal' }), DEFAULT_PROFILE, ruleset, '2026-01-15')
      .find((d) => d.rule === 'ca.qme.strike')!.stepDetails.find((s) => s.code === 'uncertain_holiday')!;
    expect(translateStep(friday, 'es')).toMatch(/^viernes, 27 de noviembre de 2026 \(día después de Acción de Gracias\)/);
  });

  it('uses the singular for one unit: "+1 año", "1 día hábil"', () => {
    const oneYear = computeDeadlines(notice('injury_claim', { injury_date: '2026-02-10' }), DEFAULT_PROFILE, ruleset, '2026-01-15')
      .find((d) => d.rule === 'ca.application.one_year')!;
    expect(oneYear.stepDetails.map((s) => translateStep(s, 'es'))).toContain('+1 año → miércoles, 10 de febrero de 2027');
    expect(unitText(1, 'business_days', 'es')).toBe('día hábil');
    expect(unitText(10, 'business_days', 'es')).toBe('días hábiles');
    expect(unitText(1, 'calendar_days', 'en')).toBe('calendar day');
  });

  it('gives a rule’s note in Spanish from the rule pack', () => {
    const note = deadlines.flatMap((d) => d.stepDetails).find((s) => s.code === 'rule_note')!;
    expect(translateStep(note, 'es')).toBe(note.params.es);
  });
});

describe('assumptions in Spanish', () => {
  const assumptions = deadlines.flatMap((d) => d.assumptionDetails ?? []);

  it('covers every assumption code', () => {
    expect(new Set(assumptions.map((a) => a.code))).toEqual(new Set(ASSUMPTION_CODES));
  });

  it('leaves no English word and no placeholder in any assumption', () => {
    for (const a of assumptions) {
      const es = translateAssumption(a, 'es');
      expect(es, `${a.code}: ${a.text}`).not.toMatch(ENGLISH);
      expect(es).not.toMatch(/\{\w+\}/);
      expect(translateAssumption(a, 'en')).toBe(a.text);
    }
  });

  it('says what the Spanish reader needs: the shorter and the longer period, the California date', () => {
    const [report] = computeDeadlines(notice('mmi_report', { received_date: '2026-04-06' }), DEFAULT_PROFILE, ruleset, '2026-01-15');
    expect(translateAssumptions(report!, 'es')).toContain(
      'No se sabe si tiene abogado: la fecha segura usa el plazo más corto (20 días naturales, el de quien tiene abogado). La última fecha usa el más largo (30 días naturales).');
    const [panel] = computeDeadlines(notice('objection_letter', { objection_mailed_date: '2026-03-02' }, { represented: true, serviceMethod: 'mail' }), DEFAULT_PROFILE, ruleset, '2026-01-15');
    expect(translateAssumptions(panel!, 'es').join(' ')).toMatch(/el primer día puede ser el miércoles, 18 de marzo de 2026/);
  });

  it('falls back to the English text for a deadline stored before assumptionDetails existed', () => {
    expect(translateAssumptions({ assumptions: ['old text'] }, 'es')).toEqual(['old text']);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, Notice } from '../../../model';
import { computeDeadlines, defaultRuleset, findRule, missingInputs, parseRulePack, type Ruleset } from '../../../rules';
import { notice } from './golden/helpers';

const ruleset = defaultRuleset();
const urDenial = notice('ur_decision', { decision_date: '2026-03-02', service_date: '2026-03-04' }, { outcome: 'denied', serviceMethod: 'mail' });

describe('computeDeadlines', () => {
  it('explains the IMR request in plain steps, in order', () => {
    const [d] = computeDeadlines(urDenial, DEFAULT_PROFILE, ruleset, '2026-03-10');
    expect(d?.steps).toEqual([
      'Dates on the notice: decision date 2026-03-02, proof of service date 2026-03-04. The safe date counts from the earliest.',
      'Start: 2026-03-02 (decision date)',
      '+30 calendar days → 2026-04-01',
      'For the latest date, start: 2026-03-04 (proof of service date)',
      '+30 calendar days → 2026-04-03',
      '+5 days for mail service to a California address (8 CCR 10605) → 2026-04-08',
      'Due (safe date): 2026-04-01. Latest date the law may allow: 2026-04-08. Act by the safe date.',
      expect.stringMatching(/^Not settled: the 5 extra mail days come from one Appeals Board case \(Avila, 2015\)/),
    ]);
    expect(d?.stepDetails.map((s) => s.code)).toEqual(['earliest_start', 'start', 'add', 'start', 'add', 'mail_extension', 'note', 'rule_note']);
    expect(d?.stepDetails[7]?.params.es).toMatch(/^No está resuelto/);
    expect(d?.stepDetails[5]?.params).toMatchObject({ days: 5, region: 'ca', method: 'mail', date: '2026-04-08' });
  });

  it('describes a weekend roll-forward with day names', () => {
    const d = computeDeadlines(notice('ur_decision', { service_date: '2026-03-05' }, { outcome: 'denied', serviceMethod: 'personal' }),
      DEFAULT_PROFILE, ruleset, '2026-03-10')[0];
    expect(d?.steps).toContain('Saturday 2026-04-04 → rolled to Monday 2026-04-06');
  });

  it('names the chosen role first in startRole when several dates were compared', () => {
    const [d] = computeDeadlines(urDenial, DEFAULT_PROFILE, ruleset, '2026-03-10');
    expect(d?.startRole).toBe('earliest_of:decision_date,service_date');
    const [single] = computeDeadlines(notice('ur_decision', { service_date: '2026-03-04' }, { outcome: 'denied' }), DEFAULT_PROFILE, ruleset, '2026-03-10');
    expect(single?.startRole).toBe('service_date');
  });

  it('carries citation, source, both languages, the actor and the "if this has passed" text of the rule', () => {
    const [d] = computeDeadlines(urDenial, DEFAULT_PROFILE, ruleset, '2026-03-10');
    expect(d).toMatchObject({
      rule: 'ca.imr.request', type: 'deadline', actor: 'worker', citation: 'Lab. Code § 4610.5(h)(1); 8 CCR § 9792.10.1(b)(1)',
    });
    expect(d?.source).toMatch(/^https:\/\//);
    expect(d?.title.es).toMatch(/Revisión Médica Independiente/);
    expect(d?.ifPassed?.en).toMatch(/1-800-736-7401/);
    expect(d?.ifPassed?.es).toMatch(/funcionario de Información y Asistencia/);
  });

  it('gives every assumption as code + params beside the English text, in the same order', () => {
    const n = notice('mmi_report', { report_date: '2026-02-02' }, { dateNotes: { report_date: 'OCR' } });
    const [d] = computeDeadlines(n, DEFAULT_PROFILE, ruleset, '2026-03-10');
    expect(d?.assumptionDetails?.map((a) => a.text)).toEqual(d?.assumptions);
    expect(d?.assumptionDetails?.map((a) => a.code)).toEqual(['legal_trigger_missing', 'date_note', 'represented_unknown_shorter']);
    expect(d?.assumptionDetails?.[2]?.params).toEqual({ due: 20, latest: 30, unit: 'calendar_days', dueIsFor: 'represented' });
  });

  it('returns every applicable deadline sorted by due date', () => {
    const panel = notice('qme_panel', { panel_assigned_date: '2026-01-05', exam_date: '2026-02-10', qme_selected_date: '2026-01-12' });
    const ds = computeDeadlines(panel, DEFAULT_PROFILE, ruleset, '2026-01-06');
    expect(ds.map((d) => d.rule)).toEqual(['ca.qme.select', 'ca.qme.strike', 'ca.qme.schedule_rep', 'ca.qme.report_due']);
    expect(ds.map((d) => d.due)).toEqual([...ds.map((d) => d.due)].sort());
  });

  it('accepts a parsed Notice as well as input with defaults left out', () => {
    const parsed = Notice.parse(urDenial);
    expect(computeDeadlines(parsed, DEFAULT_PROFILE, ruleset, '2026-03-10')).toEqual(computeDeadlines(urDenial, DEFAULT_PROFILE, ruleset, '2026-03-10'));
  });

  it('never starts a worker deadline from the date of injury or birth', () => {
    const ds = computeDeadlines(notice('ur_decision', { injury_date: '2026-01-02', birth_date: '1980-01-01' }, { outcome: 'denied' }),
      DEFAULT_PROFILE, ruleset, '2026-03-10');
    expect(ds).toEqual([]);
  });

  it('ignores a date that does not exist and says so', () => {
    const ds = computeDeadlines(notice('ur_decision', { decision_date: '2026-02-30', service_date: '2026-03-04' }, { outcome: 'denied' }),
      DEFAULT_PROFILE, ruleset, '2026-03-10');
    expect(ds[0]?.start).toBe('2026-03-04');
    expect(ds[0]?.assumptions.join(' ')).toMatch(/Ignored the decision date "2026-02-30"/);
  });

  it('passes on a note about a doubtful date reading', () => {
    const n = notice('ur_decision', { service_date: '2026-03-04' }, { outcome: 'denied', dateNotes: { service_date: 'could be 2026-04-03 (day/month order)' } });
    expect(computeDeadlines(n, DEFAULT_PROFILE, ruleset, '2026-03-10')[0]?.assumptions.join(' ')).toMatch(/may be misread: could be 2026-04-03/);
  });

  it('refuses a today that is not a date', () => {
    expect(() => computeDeadlines(urDenial, DEFAULT_PROFILE, ruleset, '03/10/2026')).toThrow(/today must be a date/);
  });

  it('uses only the packs in the ruleset', () => {
    const coloradoOnly: Ruleset = { packs: ruleset.packs.filter((p) => p.id === 'co-wc') };
    expect(computeDeadlines(urDenial, DEFAULT_PROFILE, coloradoOnly, '2026-03-10')).toEqual([]);
  });
});

describe('missingInputs', () => {
  it('lists the dates that would start an applicable rule, in order of preference', () => {
    const report = notice('mmi_report', {});
    expect(missingInputs(report, DEFAULT_PROFILE, ruleset)).toEqual([
      { rule: 'ca.report.objection', needs: ['report_date', 'service_date', 'document_date', 'received_date'] },
    ]);
    expect(computeDeadlines(report, DEFAULT_PROFILE, ruleset, '2026-03-10')).toEqual([]);
  });

  it('drops a rule once one of its dates is known', () => {
    const panel = notice('qme_panel', { panel_assigned_date: '2026-01-05' }, { represented: true });
    expect(missingInputs(panel, DEFAULT_PROFILE, ruleset).map((m) => m.rule)).toEqual(['ca.qme.schedule_rep', 'ca.qme.report_due']);
  });

  it('does not ask for dates of rules that do not apply', () => {
    const approved = notice('ur_decision', {}, { outcome: 'approved' });
    expect(missingInputs(approved, DEFAULT_PROFILE, ruleset)).toEqual([]);
  });
});

describe('findRule', () => {
  it('finds a rule by id across packs', () => {
    expect(findRule(ruleset, 'co.dime.request')?.jurisdiction).toBe('US-CO');
    expect(findRule(ruleset, 'nope')).toBeUndefined();
  });
});

describe('rulesets with an updated pack', () => {
  it('lets a later pack replace a rule with the same id instead of doubling the deadline', () => {
    const base = ruleset.packs[0]!;
    const updated = { ...base, version: '2026.2', rules: base.rules.map((r) => (r.id === 'ca.imr.request' ? { ...r, clock: { ...r.clock, amount: 25 } } : r)) };
    const ds = computeDeadlines(urDenial, DEFAULT_PROFILE, { packs: [...ruleset.packs, updated] }, '2026-03-10');
    const imr = ds.filter((d) => d.rule === 'ca.imr.request');
    expect(imr).toHaveLength(1);
    expect(imr[0]?.due).toBe('2026-03-27');
  });
});

describe('an imported pack', () => {
  const text = (en: string) => ({ en, es: `${en} (es)` });
  const imported = {
    id: 'test-pack', version: '1.0', jurisdiction: 'US-CA', name: text('Test'), asOf: '2026-11-22',
    rules: [{
      id: 'ca.test.weeks', jurisdiction: 'US-CA', trigger: { kind: 'injury_claim' }, startRoles: ['last_benefit_date'],
      clock: { amount: 104, unit: 'weeks' }, rollForward: 'latest', type: 'deadline', actor: 'worker',
      citation: 'Test § 1', sources: ['https://example.org/test'], asOf: '2026-11-22', confidence: 'verified',
      needsConfirmation: false, title: text('Weeks'), explanation: text('Counts weeks'), action: text('Do it'),
      ifPassed: text('Ask for help'),
    }],
  };

  it('is refused without its "if this has passed" text, naming the field', () => {
    const { ifPassed: _drop, ...rule } = imported.rules[0]!;
    expect(() => parseRulePack({ ...imported, rules: [rule] })).toThrow(/rule ca\.test\.weeks: ifPassed is missing/);
  });

  it('is refused with an English-only note (notes are in both languages)', () => {
    const rule = { ...imported.rules[0]!, notes: ['English only'] };
    expect(() => parseRulePack({ ...imported, rules: [rule] })).toThrow(/rule ca\.test\.weeks: notes\.0/);
  });

  it('is validated, filled with defaults and computed like a bundled one', () => {
    const pack = parseRulePack(imported);
    expect(pack.rules[0]?.mailExtension.policy).toBe('none');
    const ds = computeDeadlines(notice('injury_claim', { last_benefit_date: '2026-01-05' }), DEFAULT_PROFILE, { packs: [pack] }, '2026-01-06');
    // 104 weeks = 728 days: 2026-01-05 + 730 days would be 2028-01-05, so 728 days is Monday 2028-01-03.
    expect(ds.map((d) => [d.rule, d.due, d.latest, d.status])).toEqual([['ca.test.weeks', '2028-01-03', '2028-01-03', 'upcoming']]);
    expect(ds[0]?.steps).toContain('+104 weeks → 2028-01-03');
  });
});

// needsCheck and checkReasons (issue 11, DESIGN.md "Never silently wrong"): which deadlines ask the user to confirm
// their start date, and the safe date from the earliest plausible candidate (never later than with the true trigger).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_ROLES, type DateRole, type NoticeInput } from '../../../model';
import { addCalendarDays, computeDeadlines, defaultRuleset } from '../../../rules';

const ruleset = defaultRuleset();
const profile = { represented: null, addressRegion: 'ca' } as const;
const TODAY = '2026-06-01';
const imr = (n: Partial<NoticeInput>) => computeDeadlines({
  kind: 'ur_decision', outcome: 'denied', confidence: 0.95, serviceMethod: 'mail', expedited: false, represented: null, medication: false,
  dates: {}, ...n,
}, profile, ruleset, TODAY).find((d) => d.rule === 'ca.imr.request')!;

describe('needsCheck', () => {
  it('is false for a clear letter', () => {
    const d = imr({ dates: { decision_date: '2026-05-01', service_date: '2026-05-02' } });
    expect(d).toMatchObject({ needsCheck: false, checkReasons: [], checkRoles: [] });
  });

  it('carries the reader\'s reasons for the start dates it used', () => {
    const d = imr({ dates: { decision_date: '2026-05-01', service_date: '2026-05-02' }, dateChecks: { service_date: ['ocr'], injury_date: ['conflicting_dates'] } });
    expect(d).toMatchObject({ needsCheck: true, checkReasons: ['ocr'], checkRoles: ['service_date'] });
  });

  it('counts the latest date from the safe start when the only legal trigger was read with doubt, and says why', () => {
    const sure = imr({ dates: { decision_date: '2026-05-01', service_date: '2026-05-08' } });
    expect(sure.latest).toBe('2026-06-12'); // service + 30 + 5 for mail
    const doubtful = imr({ dates: { decision_date: '2026-05-01', service_date: '2026-05-08' }, dateChecks: { service_date: ['low_confidence'] } });
    expect(doubtful.due).toBe(sure.due);
    expect(doubtful.latest <= sure.latest).toBe(true);
    expect(doubtful.latest).toBe('2026-06-05'); // decision + 30 + 5: never later than from any plausible service date
    expect(doubtful).toMatchObject({ needsCheck: true, checkReasons: ['low_confidence'] });
    expect(doubtful.checkRoles).toContain('service_date');
    expect(doubtful.assumptionDetails?.map((a) => a.code)).toContain('legal_trigger_doubtful');
  });

  it('keeps a legal trigger read without doubt when another one is doubtful (receipt after a sure service)', () => {
    const report = (dateChecks: Record<string, string[]>) => computeDeadlines({
      kind: 'mmi_report', outcome: null, confidence: 0.95, serviceMethod: 'mail', expedited: false, represented: true, medication: false,
      dates: { report_date: '2026-04-01', service_date: '2026-04-20', received_date: '2026-04-25' }, dateChecks,
    } as NoticeInput, profile, ruleset, TODAY).find((d) => d.rule === 'ca.report.objection')!;
    const clear = report({});
    const doubtfulReceipt = report({ received_date: ['low_confidence'] });
    expect(doubtfulReceipt.latest < clear.latest).toBe(true); // the uncertain receipt no longer extends it
    expect(doubtfulReceipt.latest > doubtfulReceipt.due).toBe(true); // but the sure service date still counts
    expect(doubtfulReceipt.needsCheck).toBe(true);
  });

  it('counts the safe date from an earlier candidate and says so, with a step', () => {
    const d = imr({
      dates: { service_date: '2026-05-05' },
      candidates: [{ role: 'decision_date', date: '2026-05-01', confidence: 0.4, start: 0, end: 8, text: '5/1/2026' }],
    });
    expect(d.start).toBe('2026-05-01');
    expect(d.due).toBe('2026-05-31');
    expect(d).toMatchObject({ needsCheck: true, checkReasons: ['low_confidence'], checkRoles: ['decision_date'] });
    expect(d.stepDetails.some((s) => s.code === 'candidate_start')).toBe(true);
  });

  it('says ocr when the safe date counts from another candidate of a notice read by OCR', () => {
    const d = imr({
      dates: { service_date: '2026-05-05' },
      dateChecks: { service_date: ['ocr'] },
      candidates: [{ role: 'decision_date', date: '2026-05-01', confidence: 0.4, start: 0, end: 8, text: '5/1/2026' }],
    });
    expect(d.start).toBe('2026-05-01');
    expect(d.needsCheck).toBe(true);
    expect(d.checkReasons).toEqual(expect.arrayContaining(['low_confidence', 'ocr']));
  });

  it('ignores a candidate too improbable, and one from which the clock ended before the letter was written', () => {
    const weak = imr({ dates: { decision_date: '2026-05-05' }, candidates: [{ role: 'decision_date', date: '2026-05-01', confidence: 0.1, start: 0, end: 1, text: 'x' }] });
    expect(weak.start).toBe('2026-05-05');
    const older = imr({ dates: { decision_date: '2026-05-05' }, candidates: [{ role: 'decision_date', date: '2026-01-10', confidence: 0.9, start: 0, end: 1, text: 'x' }] });
    expect(older.start).toBe('2026-05-05');
  });

  it('counts the latest date from the first of two plausible service dates', () => {
    const d = imr({ dates: { decision_date: '2026-05-01', service_date: '2026-05-05' }, candidates: [{ role: 'service_date', date: '2026-05-04', confidence: 0.6, start: 0, end: 1, text: 'x' }] });
    expect(d.latest).toBe(imr({ dates: { decision_date: '2026-05-01', service_date: '2026-05-04' } }).latest);
    expect(d.checkReasons).toContain('conflicting_dates');
  });

  it('flags a QME clock whose assignment date is missing (the service date stands in, later than the law)', () => {
    const d = computeDeadlines({
      kind: 'qme_panel', outcome: null, confidence: 0.9, serviceMethod: 'mail', expedited: false, represented: true, medication: false,
      dates: { service_date: '2026-05-04' },
    }, profile, ruleset, TODAY).find((x) => x.rule === 'ca.qme.strike')!;
    expect(d).toMatchObject({ needsCheck: true, checkRoles: ['panel_assigned_date'] });
    expect(d.checkReasons).toContain('substitute_trigger');
  });

  it('asks for the letter\'s own date when only the service date was read (the safe date may be a day or two late)', () => {
    const d = imr({ dates: { service_date: '2026-05-05' } });
    expect(d).toMatchObject({ needsCheck: true, checkReasons: ['substitute_trigger'], checkRoles: ['document_date'] });
    expect(imr({ dates: { document_date: '2026-05-04', service_date: '2026-05-05' } }).needsCheck).toBe(false);
    expect(imr({ confidence: 1, dates: { service_date: '2026-05-05' } }).needsCheck).toBe(false); // the user entered only that date
  });

  it('asks for a missing service date the reader saw a plausible date for, but not for one it never saw', () => {
    const seen = imr({ dates: { decision_date: '2026-05-01' }, candidates: [{ role: 'service_date', date: '2026-05-01', confidence: 0.37, start: 0, end: 1, text: 'x' }] });
    expect(seen).toMatchObject({ needsCheck: true, checkReasons: ['missing_trigger'], checkRoles: ['service_date'] });
    const faint = imr({ dates: { decision_date: '2026-05-01' }, candidates: [{ role: 'service_date', date: '2026-05-01', confidence: 0.2, start: 0, end: 1, text: 'x' }] });
    expect(faint.needsCheck).toBe(false);
  });

  it('flags every deadline of a notice found with low confidence', () => {
    expect(imr({ confidence: 0.55, dates: { decision_date: '2026-05-01' } }).checkReasons).toContain('low_confidence');
  });
});

// For random notices of every kind: with the true trigger removed from `dates` but still on the document as a
// plausible candidate, `due` is never later than with the true trigger present. A letter's dates lie within days of
// each other (a candidate from which the clock ended before the letter's own dates is not plausible, by design).
const TRIGGERS: DateRole[] = ['document_date', 'decision_date', 'service_date', 'panel_assigned_date', 'exam_date', 'report_date', 'received_date', 'rfa_received_date', 'imr_requested_date'];
const day = fc.integer({ min: 0, max: 700 }).map((n) => addCalendarDays('2025-06-01', n));
const noticeArb = fc.record({
  kind: fc.constantFrom('ur_decision', 'imr_determination', 'qme_panel', 'mmi_report', 'mpn_second_opinion'),
  outcome: fc.constantFrom('denied', 'modified', 'upheld', null),
  serviceMethod: fc.constantFrom('mail', 'fax', 'email', 'personal', null),
  represented: fc.constantFrom(true, false, null),
  dates: fc.tuple(day, fc.array(fc.tuple(fc.constantFrom(...TRIGGERS), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 5 }))
    .map(([from, p]) => Object.fromEntries(p.map(([role, k]) => [role, addCalendarDays(from, k)])) as Partial<Record<DateRole, string>>),
  missing: fc.constantFrom(...TRIGGERS),
  confidence: fc.double({ min: 0.25, max: 1, noNaN: true }),
});

describe('never later than with the true trigger (property)', () => {
  it('holds for random notices with a random role missing', () => {
    fc.assert(fc.property(noticeArb, ({ missing, confidence, ...n }) => {
      const date = n.dates[missing];
      if (!date) return;
      const base = { ...n, expedited: false, medication: false, confidence: 0.95 } as const;
      const truth = computeDeadlines(base, profile, ruleset, TODAY);
      const without = { ...n.dates };
      delete without[missing];
      const unsure = computeDeadlines({ ...base, dates: without, candidates: [{ role: missing, date, confidence, start: 0, end: 1, text: date }] }, profile, ruleset, TODAY);
      for (const t of truth) {
        if (t.type !== 'deadline') continue;
        const u = unsure.find((x) => x.rule === t.rule);
        if (u) expect(u.due <= t.due, `${t.rule}: ${u.due} > ${t.due} without ${missing}`).toBe(true);
      }
    }), { seed: 20261201, numRuns: 400 });
  });
});

it('lists every date role it may check', () => {
  for (const r of TRIGGERS) expect(DATE_ROLES).toContain(r);
});

describe('a letter read by OCR', () => {
  const report = (dateChecks: Record<string, string[]>) => computeDeadlines({
    kind: 'mmi_report', outcome: null, confidence: 0.9, serviceMethod: null, expedited: false, represented: null, medication: false,
    dates: { report_date: '2026-05-29' }, dateChecks,
  }, profile, ruleset, TODAY).find((d) => d.rule === 'ca.report.objection')!;

  it('does not take the longer period for the latest date when representation is unknown (OCR may have lost the attorney\'s line)', () => {
    const typed = report({});
    const scanned = report({ report_date: ['ocr'] });
    expect(scanned.due).toBe(typed.due);
    expect(typed.latest > typed.due).toBe(true); // 30 days for an unrepresented worker may apply
    expect(scanned.latest).toBe(scanned.due);
    expect(scanned.checkReasons).toContain('ocr');
  });
});

describe('a letter read by OCR whose date the user confirmed', () => {
  it('keeps the shorter latest period: the user confirmed a date, not who represents them', async () => {
    const { applyCorrections } = await import('../../../app/corrections');
    const { markOcrDates } = await import('../../../ocr/uncertain-dates');
    const { Notice } = await import('../../../model');
    const [read] = markOcrDates([Notice.parse({
      kind: 'mmi_report', outcome: null, confidence: 0.9, serviceMethod: null, expedited: false, represented: null, medication: false,
      dates: { report_date: '2026-05-29' },
    })]);
    const confirmed = applyCorrections(read!, { dates: { report_date: '2026-05-29' } });
    expect(confirmed.dateChecks.report_date).toBeUndefined();
    const d = computeDeadlines(confirmed, profile, ruleset, TODAY).find((x) => x.rule === 'ca.report.objection')!;
    expect(d.latest).toBe(d.due);
  });
});

// Rules property tests (issue 15): seeded and bounded, so a failure reproduces and the suite stays fast.
// Random trigger dates 2025–2030, service methods, representation (notice and profile), the user's region and the
// served party's region. Independent oracles (first open day, legal earliest) are written here, not imported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATE_ROLES, Deadline, IMR_OUTCOMES, NOTICE_KINDS, SERVICE_METHODS, UR_OUTCOMES,
  type AddressRegion, type Deadline as DeadlineT, type NoticeInput, type Profile,
} from '../../../model';
import {
  addCalendarDays, californiaHolidays, coloradoHolidays, computeDeadlines, dayOfWeek, defaultRuleset, findRule,
} from '../../../rules';

const ruleset = defaultRuleset();
const SEED = 20261201;
const REGIONS = ['ca', 'us', 'abroad'] as const;
const MAIL_DAYS: Record<AddressRegion, number> = { ca: 5, us: 10, abroad: 20 };

// ---- arbitraries ---------------------------------------------------------------------------------------------------

/** Any day from 2025-01-01 to 2030-12-31. */
const date2025to2030 = fc.integer({ min: 0, max: 6 * 365 + 1 }).map((n) => addCalendarDays('2025-01-01', n));
/** Any day from 1995 to 2040 (leap days, every holiday, month ends) for the robustness test. */
const anyDate = fc.integer({ min: 0, max: 46 * 366 }).map((n) => addCalendarDays('1995-01-01', n));
const method = fc.constantFrom(null, ...SERVICE_METHODS);
const region = fc.constantFrom(...REGIONS);
const represented = fc.constantFrom(null, true, false);
const profileArb: fc.Arbitrary<Profile> = fc.record({ represented, addressRegion: region });

const noticeArb = (dates: fc.Arbitrary<string>): fc.Arbitrary<NoticeInput> => fc.record({
  kind: fc.constantFrom(...NOTICE_KINDS),
  outcome: fc.constantFrom(null, ...UR_OUTCOMES, ...IMR_OUTCOMES),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  serviceMethod: method,
  expedited: fc.boolean(),
  represented,
  medication: fc.boolean(),
  dates: fc.array(fc.tuple(fc.constantFrom(...DATE_ROLES), dates), { maxLength: 6 }).map((pairs) => Object.fromEntries(pairs)),
  facts: fc.record({ legacyPreIMR: fc.boolean(), servedPartyRegion: region }, { requiredKeys: [] }),
});

/** Notices that start clocks: every trigger role set from one trigger date (later roles a few days after it). */
const clockNoticeArb = fc.record({
  base: noticeArb(date2025to2030),
  trigger: date2025to2030,
  gap: fc.integer({ min: 0, max: 10 }),
}).map(({ base, trigger, gap }): NoticeInput => ({
  ...base,
  dates: {
    ...base.dates,
    decision_date: trigger, document_date: trigger, report_date: trigger, panel_assigned_date: trigger,
    objection_mailed_date: trigger, form_furnished_date: trigger, rfa_received_date: trigger, qme_selected_date: trigger,
    appointment_requested_date: trigger, imr_requested_date: trigger, exam_date: trigger, treatment_recommended_date: trigger,
    injury_date: addCalendarDays(trigger, -gap * 30), last_benefit_date: addCalendarDays(trigger, gap),
    service_date: addCalendarDays(trigger, gap), received_date: addCalendarDays(trigger, gap + 2),
  },
}));

// ---- independent oracles -------------------------------------------------------------------------------------------

const closedCa = (d: string) => californiaHolidays(Number(d.slice(0, 4))).some((h) => h.date === d);
const closedCo = (d: string) => coloradoHolidays(Number(d.slice(0, 4))).some((h) => h.date === d);
const weekend = (d: string) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;
const dayAfterThanksgiving = (d: string) =>
  californiaHolidays(Number(d.slice(0, 4))).some((h) => h.date === d && h.name === 'Day after Thanksgiving');
const closedOn = (jurisdiction: string) => (jurisdiction === 'US-CO' ? closedCo : closedCa);

/** The first day on or after `d` that is not a weekend and not closed. */
function firstOpen(d: string, closed: (d: string) => boolean): string {
  let day = d;
  while (weekend(day) || closed(day)) day = addCalendarDays(day, 1);
  return day;
}

/** Lab. Code § 4062.2(b) + Messele: the first working day of the Medical Unit after 10 days + mail time (period inclusive). */
function legalEarliestPanelRequest(mailed: string, mailDays: number): string {
  return firstOpen(addCalendarDays(mailed, 10 + mailDays + 1), closedCa);
}

const rollSteps = (d: DeadlineT, target: 'due' | 'latest') =>
  d.stepDetails.filter((s) => s.code === 'roll_forward' && s.params.target === target);

// ---- properties ----------------------------------------------------------------------------------------------------

describe('rules properties (seeded, 2025–2030)', () => {
  it('due ≤ latest for every deadline, and every computed date is valid', () => {
    let count = 0;
    fc.assert(fc.property(clockNoticeArb, profileArb, date2025to2030, (notice, profile, today) => {
      for (const d of computeDeadlines(notice, profile, ruleset, today)) {
        Deadline.parse(d);
        expect(d.due <= d.latest, `${d.rule}: ${d.due} > ${d.latest}`).toBe(true);
        expect(d.due >= d.start).toBe(true);
        count += 1;
      }
    }), { seed: SEED, numRuns: 2_000 });
    expect(count).toBeGreaterThan(2_000);
  });

  it('an "earliest" date is never before the legal earliest, whatever the served party’s address turns out to be', () => {
    let checked = 0;
    fc.assert(fc.property(clockNoticeArb, profileArb, (notice, profile) => {
      const n: NoticeInput = { ...notice, kind: 'objection_letter', represented: true };
      const d = computeDeadlines(n, profile, ruleset, '2026-01-01').find((x) => x.rule === 'ca.qme.panel_request_earliest');
      if (!d) return;
      const mailed = [n.dates.objection_mailed_date, n.dates.service_date, n.dates.document_date].filter((x): x is string => !!x).sort().at(-1)!;
      const known = n.facts?.servedPartyRegion as AddressRegion | undefined;
      const regions = known ? [known] : REGIONS;
      const methods = n.serviceMethod === null ? ['mail', 'personal'] : [n.serviceMethod];
      for (const r of regions) for (const m of methods) {
        const legal = legalEarliestPanelRequest(mailed, m === 'personal' ? 0 : MAIL_DAYS[r]);
        expect(d.due >= legal, `${mailed} ${m} ${r}: ${d.due} < ${legal}`).toBe(true);
      }
      expect(d.due).toBe(d.latest);
      checked += 1;
    }), { seed: SEED, numRuns: 2_000 });
    expect(checked).toBeGreaterThan(1_500);
  });

  it('after a roll no date lands on a weekend or a holiday of the rule’s own calendar, and the roll skips only closed days', () => {
    let rolled = 0;
    fc.assert(fc.property(clockNoticeArb, profileArb, (notice, profile) => {
      for (const d of computeDeadlines(notice, profile, ruleset, '2026-01-01')) {
        const rule = findRule(ruleset, d.rule)!;
        const closed = closedOn(rule.jurisdiction);
        for (const target of ['due', 'latest'] as const) {
          for (const s of rollSteps(d, target)) {
            rolled += 1;
            const date = String(s.params.date);
            const stoppedOnUncertain = d.stepDetails.some((u) => u.code === 'uncertain_holiday' && u.params.date === date);
            if (!stoppedOnUncertain) {
              expect(weekend(date) || closed(date), `${d.rule} ${target} ${date}`).toBe(false);
            } else {
              // California's day after Thanksgiving: the WCAB may count it as a working day, so a worker's last day stops there.
              expect(dayAfterThanksgiving(date) && rule.type !== 'earliest').toBe(true);
            }
            for (let day = String(s.params.from); day < date; day = addCalendarDays(day, 1)) {
              expect(weekend(day) || closed(day), `${d.rule} skipped the open day ${day}`).toBe(true);
            }
          }
        }
        if (rule.rollForward !== 'none' && rule.type !== 'earliest') {
          const stopped = d.stepDetails.some((u) => u.code === 'uncertain_holiday' && u.params.date === d.latest);
          if (!stopped) expect(weekend(d.latest) || closed(d.latest), `${d.rule} latest ${d.latest}`).toBe(false);
        }
        if (rule.type === 'earliest') expect(weekend(d.due) || closedCa(d.due), `${d.rule} due ${d.due}`).toBe(false);
      }
    }), { seed: SEED, numRuns: 2_000 });
    expect(rolled).toBeGreaterThan(300);
  });

  it('mail time never moves a date earlier: latest with mail ≥ without, due unchanged (earliest dates: never earlier)', () => {
    fc.assert(fc.property(clockNoticeArb, profileArb, fc.constantFrom('mail' as const, 'fax' as const, 'email' as const), (notice, profile, mailed) => {
      for (const other of [null, 'personal'] as const) {
        const without = computeDeadlines({ ...notice, serviceMethod: other }, profile, ruleset, '2026-01-01');
        const withMail = computeDeadlines({ ...notice, serviceMethod: mailed }, profile, ruleset, '2026-01-01');
        expect(withMail.map((d) => d.rule).sort()).toEqual(without.map((d) => d.rule).sort());
        for (const d of withMail) {
          const base = without.find((w) => w.rule === d.rule)!;
          expect(d.latest >= base.latest, `${d.rule}: ${d.latest} < ${base.latest}`).toBe(true);
          if (d.type === 'earliest') {
            if (other === 'personal') expect(d.due >= base.due).toBe(true);
            else expect(d.due).toBe(base.due); // unknown method already counts as mailed
          } else {
            expect(d.due).toBe(base.due);
          }
        }
      }
    }), { seed: SEED, numRuns: 1_500 });
  });

  it('a farther served party’s address never makes an "earliest" date sooner; unknown is the latest of all', () => {
    fc.assert(fc.property(clockNoticeArb, profileArb, (notice, profile) => {
      const at = (r: AddressRegion | undefined) => computeDeadlines(
        { ...notice, kind: 'objection_letter', represented: true, facts: r ? { servedPartyRegion: r } : {} }, profile, ruleset, '2026-01-01',
      ).find((d) => d.rule === 'ca.qme.panel_request_earliest')?.due;
      const [ca, us, abroad, unknown] = [at('ca'), at('us'), at('abroad'), at(undefined)];
      if (!ca || !us || !abroad || !unknown) return;
      expect(ca <= us && us <= abroad && abroad <= unknown).toBe(true);
    }), { seed: SEED, numRuns: 1_000 });
  });

  it('unknown representation: the safe date is never later, and the latest date never earlier, than with a known answer', () => {
    fc.assert(fc.property(clockNoticeArb, (notice) => {
      const profile: Profile = { represented: null, addressRegion: 'ca' };
      const unknown = computeDeadlines({ ...notice, represented: null }, profile, ruleset, '2026-01-01');
      for (const known of [true, false]) {
        for (const d of computeDeadlines({ ...notice, represented: known }, profile, ruleset, '2026-01-01')) {
          const u = unknown.find((x) => x.rule === d.rule);
          if (!u || d.type === 'earliest') continue;
          expect(u.due <= d.due, `${d.rule} due`).toBe(true);
          expect(u.latest >= d.latest, `${d.rule} latest`).toBe(true);
        }
      }
    }), { seed: SEED, numRuns: 1_500 });
  });

  it('a later proof of service never makes the latest date earlier, and leaves the safe date alone when an earlier date is on the notice', () => {
    fc.assert(fc.property(clockNoticeArb, fc.integer({ min: 1, max: 30 }), (notice, extra) => {
      const service = notice.dates.service_date as string;
      const later = { ...notice, dates: { ...notice.dates, service_date: addCalendarDays(service, extra) } };
      const profile: Profile = { represented: null, addressRegion: 'ca' };
      const a = computeDeadlines(notice, profile, ruleset, '2026-01-01');
      for (const d of computeDeadlines(later, profile, ruleset, '2026-01-01')) {
        const before = a.find((x) => x.rule === d.rule);
        if (!before) continue;
        if (before.start < service && d.type !== 'earliest') expect(d.due).toBe(before.due);
        expect(d.latest >= before.latest).toBe(true);
      }
    }), { seed: SEED, numRuns: 1_000 });
  });

  it('the date of injury starts only the outer limits, and the date of birth starts nothing', () => {
    fc.assert(fc.property(noticeArb(date2025to2030), date2025to2030, profileArb, (notice, injury, profile) => {
      const ds = computeDeadlines({ ...notice, dates: { injury_date: injury, birth_date: '1980-01-01' } }, profile, ruleset, '2026-01-01');
      for (const d of ds) {
        expect(d.type).toBe('limit');
        expect(d.startRole).toBe('injury_date');
      }
    }), { seed: SEED, numRuns: 1_000 });
  });
});

describe('rules robustness (seeded, 1995–2040)', () => {
  it('10,000 random notices never throw; every deadline is valid, with start ≤ due ≤ latest and its steps in English and as codes', () => {
    let deadlines = 0;
    fc.assert(fc.property(fc.oneof(noticeArb(anyDate), clockNoticeArb), profileArb, anyDate, (notice, profile, today) => {
      const ds = computeDeadlines(notice, profile, ruleset, today);
      for (const d of ds) {
        Deadline.parse(d);
        expect(d.due >= d.start).toBe(true);
        expect(d.due <= d.latest).toBe(true);
        expect(d.steps).toEqual(d.stepDetails.map((s) => s.text));
        expect(d.assumptions).toEqual(d.assumptionDetails?.map((a) => a.text));
        expect(Object.values(notice.dates)).toContain(d.start);
        if (d.type !== 'deadline') expect(d.status).toBe('informational');
        else expect(d.status).toBe(today > d.due ? 'past' : today === d.due ? 'due_today' : 'upcoming');
      }
      deadlines += ds.length;
    }), { seed: SEED, numRuns: 10_000 });
    expect(deadlines).toBeGreaterThan(5_000);
  });
});

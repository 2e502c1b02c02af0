import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATE_ROLES, Deadline, IMR_OUTCOMES, NOTICE_KINDS, SERVICE_METHODS, UR_OUTCOMES, type NoticeInput, type Profile,
} from '../../../model';
import { addCalendarDays, computeDeadlines, defaultRuleset } from '../../../rules';

const ruleset = defaultRuleset();

// Any day from 1995 to 2040 (includes leap days, every holiday, month ends).
const date = fc.integer({ min: 0, max: 46 * 366 }).map((n) => addCalendarDays('1995-01-01', n));

const noticeArb: fc.Arbitrary<NoticeInput> = fc.record({
  kind: fc.constantFrom(...NOTICE_KINDS),
  outcome: fc.constantFrom(null, ...UR_OUTCOMES, ...IMR_OUTCOMES),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  serviceMethod: fc.constantFrom(null, ...SERVICE_METHODS),
  expedited: fc.boolean(),
  represented: fc.constantFrom(null, true, false),
  medication: fc.boolean(),
  dates: fc.array(fc.tuple(fc.constantFrom(...DATE_ROLES), date), { maxLength: 6 }).map((pairs) => Object.fromEntries(pairs)),
  facts: fc.record({ legacyPreIMR: fc.boolean() }, { requiredKeys: [] }),
});

const profileArb: fc.Arbitrary<Profile> = fc.record({
  represented: fc.constantFrom(null, true, false),
  addressRegion: fc.constantFrom('ca' as const, 'us' as const, 'abroad' as const),
});

// Notices that start at least one clock more often: kinds with their usual dates.
const clockNoticeArb = fc.record({
  base: noticeArb,
  start: date,
  gap: fc.integer({ min: 0, max: 10 }),
}).map(({ base, start, gap }): NoticeInput => ({
  ...base,
  dates: {
    ...base.dates,
    decision_date: start, document_date: start, report_date: start, panel_assigned_date: start,
    service_date: addCalendarDays(start, gap), received_date: addCalendarDays(start, gap + 2),
  },
}));

describe('deadline properties', () => {
  it('10,000 random notices never throw and every deadline is valid, with start <= due <= latest', () => {
    let deadlines = 0;
    fc.assert(
      fc.property(fc.oneof(noticeArb, clockNoticeArb), profileArb, date, (notice, profile, today) => {
        const ds = computeDeadlines(notice, profile, ruleset, today);
        for (const d of ds) {
          Deadline.parse(d);
          expect(d.due >= d.start).toBe(true);
          expect(d.due <= d.latest).toBe(true);
          expect(d.steps).toEqual(d.stepDetails.map((s) => s.text));
          expect(Object.values(notice.dates)).toContain(d.start);
          if (d.type !== 'deadline') expect(d.status).toBe('informational');
          else expect(d.status).toBe(today > d.due ? 'past' : today === d.due ? 'due_today' : 'upcoming');
        }
        deadlines += ds.length;
      }),
      { numRuns: 10_000 },
    );
    expect(deadlines).toBeGreaterThan(5_000); // the inputs really exercise the rules
  });

  it('adding mail service never shortens a deadline', () => {
    fc.assert(
      fc.property(clockNoticeArb, profileArb, fc.constantFrom('mail' as const, 'fax' as const, 'email' as const), (notice, profile, method) => {
        for (const other of [null, 'personal'] as const) {
          const without = computeDeadlines({ ...notice, serviceMethod: other }, profile, ruleset, '2026-01-01');
          const withMail = computeDeadlines({ ...notice, serviceMethod: method }, profile, ruleset, '2026-01-01');
          expect(withMail.map((d) => d.rule).sort()).toEqual(without.map((d) => d.rule).sort());
          for (const d of withMail) {
            const base = without.find((w) => w.rule === d.rule);
            expect(d.due).toBe(base?.due);
            expect(d.latest >= (base?.latest ?? '')).toBe(true);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('unknown representation never gives a later safe date than a known one', () => {
    fc.assert(
      fc.property(clockNoticeArb, (notice) => {
        const profile: Profile = { represented: null, addressRegion: 'ca' };
        const unknown = computeDeadlines({ ...notice, represented: null }, profile, ruleset, '2026-01-01');
        for (const known of [true, false]) {
          for (const d of computeDeadlines({ ...notice, represented: known }, profile, ruleset, '2026-01-01')) {
            const u = unknown.find((x) => x.rule === d.rule);
            if (u) expect(u.due <= d.due).toBe(true);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('a later proof of service never makes the latest date earlier, and leaves the safe date alone when an earlier date is on the notice', () => {
    fc.assert(
      fc.property(clockNoticeArb, fc.integer({ min: 1, max: 30 }), (notice, extra) => {
        const service = notice.dates.service_date as string;
        const later = { ...notice, dates: { ...notice.dates, service_date: addCalendarDays(service, extra) } };
        const a = computeDeadlines(notice, { represented: null, addressRegion: 'ca' }, ruleset, '2026-01-01');
        const b = computeDeadlines(later, { represented: null, addressRegion: 'ca' }, ruleset, '2026-01-01');
        for (const d of b) {
          const before = a.find((x) => x.rule === d.rule);
          if (before) {
            if (before.start < service) expect(d.due).toBe(before.due);
            expect(d.latest >= before.latest).toBe(true);
          }
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

// `claimclock deadlines` flags → Notice: the date of injury alone starts the rules that start from it (audit A.4),
// never any other clock; the served party's region becomes a notice fact.
import { describe, expect, it } from 'vitest';
import { noticeFromFlags } from '../../../cli/notice-from-flags';
import { DEFAULT_PROFILE } from '../../../model';
import { computeDeadlines, defaultRuleset } from '../../../rules';

const deadlinesFor = (flags: Parameters<typeof noticeFromFlags>[0]) =>
  computeDeadlines(noticeFromFlags(flags), DEFAULT_PROFILE, defaultRuleset(), '2026-03-01');

describe('noticeFromFlags', () => {
  it('accepts --date injury_date=… alone for an injury claim: the one-year limit and the TD cap (Lab. Code §§ 5405, 4656(c)(2))', () => {
    const ds = deadlinesFor({ kind: 'injury_claim', date: ['injury_date=2026-02-10'] });
    expect(ds.map((d) => [d.rule, d.due])).toEqual([['ca.application.one_year', '2027-02-10'], ['ca.td.cap', '2031-02-10']]);
    expect(ds.every((d) => d.type === 'limit')).toBe(true);
  });

  it('still refuses the date of injury alone for a kind that no rule starts from it, and says which kinds it works for', () => {
    expect(() => noticeFromFlags({ kind: 'ur_decision', date: ['injury_date=2025-08-19'] }))
      .toThrow(/never start a deadline for --kind ur_decision.*injury_date alone works for --kind injury_claim/);
  });

  it('never lets the date of birth start anything, even for an injury claim', () => {
    expect(() => noticeFromFlags({ kind: 'injury_claim', date: ['birth_date=1980-01-01'] })).toThrow(/never start a deadline/);
  });

  it('keeps the date of injury from starting any other clock when a trigger date is also given', () => {
    const ds = deadlinesFor({ kind: 'ur_decision', outcome: 'denied', date: ['injury_date=2025-01-01', 'decision_date=2026-02-02'] });
    expect(ds.map((d) => d.start)).toEqual(['2026-02-02']);
  });

  it('turns --served-region into the servedPartyRegion fact used by the earliest panel request', () => {
    const flags = { kind: 'objection_letter', represented: true, service: 'mail', date: ['objection_mailed_date=2010-04-20'] };
    expect(noticeFromFlags({ ...flags, 'served-region': 'ca' }).facts.servedPartyRegion).toBe('ca');
    const [ca] = deadlinesFor({ ...flags, 'served-region': 'ca' });
    expect(ca).toMatchObject({ rule: 'ca.qme.panel_request_earliest', due: '2010-05-06' }); // Messele's facts
    expect(() => noticeFromFlags({ ...flags, 'served-region': 'mars' })).toThrow(/--served-region must be ca, us or abroad/);
  });
});

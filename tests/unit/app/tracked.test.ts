import { describe, expect, it } from 'vitest';
import { applyCorrections, mergeCorrections } from '../../../app/corrections';
import { claimsOf, deadlineRows } from '../../../app/tracked';
import { withDefaults } from '../../../app/deadlines';
import { icsFilename } from '../../../app/calendar';
import { defaultRuleset } from '../../../rules';
import { DEFAULT_SETTINGS } from '../../../storage/types';
import { trackedNotice } from '../../support/fake-store';
import { qmePanel, urDenial } from '../../support/notices';

const TODAY = '2026-03-10';
const ctx = (settings = DEFAULT_SETTINGS) => ({ settings, ruleset: defaultRuleset(), today: TODAY });

describe('corrections', () => {
  it('merges dates by role and clears the uncertainty note of a corrected date', () => {
    const merged = mergeCorrections({ dates: { decision_date: '2026-03-01' }, serviceMethod: 'fax' }, { dates: { service_date: '2026-03-05' } });
    expect(merged).toEqual({ dates: { decision_date: '2026-03-01', service_date: '2026-03-05' }, serviceMethod: 'fax' });
    const n = applyCorrections(urDenial(), { dates: { service_date: '2026-03-05' } });
    expect(n.dates).toEqual({ decision_date: '2026-03-02', service_date: '2026-03-05' });
    expect(n.dateNotes.service_date).toBeUndefined();
    expect(applyCorrections(urDenial(), { represented: true }).represented).toBe(true);
  });
});

describe('deadlineRows()', () => {
  const list = [trackedNotice('ur', urDenial()), trackedNotice('qme', qmePanel(), 'done')];

  it('gives one row per deadline, soonest safe date first, corrections applied', () => {
    const rows = deadlineRows(list, ctx());
    expect(rows.map((r) => r.deadline.due)).toEqual(rows.map((r) => r.deadline.due).sort());
    expect(rows.some((r) => r.tracked.id === 'qme')).toBe(true);
    const corrected = deadlineRows([{ ...list[0]!, corrections: { dates: { decision_date: '2026-03-06' } } }], ctx());
    expect(corrected.find((r) => r.deadline.rule === 'ca.imr.request')!.deadline.due).toBe('2026-04-03');
  });

  it('sorts by the latest date when the countdown shows the latest date', () => {
    const rows = deadlineRows(list, ctx({ ...DEFAULT_SETTINGS, countdown: 'latest' }));
    expect(rows.map((r) => r.deadline.latest)).toEqual(rows.map((r) => r.deadline.latest).sort());
  });

  it('applies the default service method only when the notice does not say', () => {
    const qme = qmePanel();
    expect(withDefaults(qme, { defaultServiceMethod: 'mail' }).serviceMethod).toBe('mail');
    expect(withDefaults(urDenial(), { defaultServiceMethod: 'personal' }).serviceMethod).toBe('mail');
    expect(withDefaults(qme, { defaultServiceMethod: 'unknown' }).serviceMethod).toBeNull();
  });

  it('lists claims with "no claim number" last', () => {
    const rows = deadlineRows(list, ctx());
    const noClaim = { ...rows[0]!, claim: null };
    expect(claimsOf([noClaim, ...rows])).toEqual(['ADJ1234567', 'ADJ7654321', null]);
  });
});

describe('icsFilename()', () => {
  it('names one deadline by rule and date, several as a set', () => {
    const [row] = deadlineRows([trackedNotice('ur', urDenial())], ctx());
    const item = { noticeId: 'ur', revision: 0, notice: row!.notice, deadline: row!.deadline };
    expect(icsFilename([item])).toBe(`claimclock-${row!.deadline.rule.replace(/\./g, '-')}-${row!.deadline.due}.ics`);
    expect(icsFilename([item, item])).toBe('claimclock-deadlines.ics');
  });
});

describe('deadlineSections()', () => {
  const mpnNoDate = () => ({ ...qmePanel(), kind: 'mpn_second_opinion' as const, dates: {}, facts: { claimNumber: 'MPN-1' } });
  const old = () => ({ ...urDenial(), dates: { decision_date: '2025-10-01', service_date: '2025-10-03' } });

  it('puts open deadlines first (soonest first), then what needs a date or a check, then passed ones; counts add up', async () => {
    const { deadlineSections, openCount } = await import('../../../app/tracked');
    const list = [trackedNotice('ur', urDenial()), trackedNotice('old', old()), trackedNotice('mpn', mpnNoDate()), trackedNotice('qme', qmePanel(), 'done')];
    const s = deadlineSections(list, ctx());
    expect(s.open.every((r) => !r.deadline.needsCheck && r.deadline.due >= TODAY)).toBe(true);
    expect(s.open.map((r) => r.deadline.due)).toEqual(s.open.map((r) => r.deadline.due).sort());
    expect(s.passed.length).toBeGreaterThan(0);
    expect(s.passed.every((r) => r.tracked.id === 'old' && r.deadline.due < TODAY)).toBe(true);
    expect(s.needsDate.map((r) => r.tracked.id)).toEqual(['mpn']);
    expect(s.needsDate[0]!.rules).toContain('ca.mpn.second_opinion');
    expect(s.needsDate[0]!.claim).toBe('MPN-1'); // its claim is in the claim filter
    expect(s.closed.every((r) => r.tracked.id === 'qme')).toBe(true);
    expect(openCount(s)).toBe(s.open.length + s.needsDate.length + s.check.length + s.passed.length);
    expect(claimsOf([...s.open, ...s.needsDate, ...s.check, ...s.passed])).toContain('MPN-1');
  });

  it('a date entered for a notice that needs one moves it out of "needs a date"', async () => {
    const { deadlineSections } = await import('../../../app/tracked');
    const tracked = { ...trackedNotice('mpn', mpnNoDate()), corrections: { dates: { received_date: '2026-03-01' } } };
    const s = deadlineSections([tracked], ctx());
    expect(s.needsDate).toEqual([]);
    expect([...s.open, ...s.check].map((r) => r.deadline.rule)).toContain('ca.mpn.second_opinion');
  });
});

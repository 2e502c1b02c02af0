import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, Deadline } from '../../../model';
import { computeDeadlines, defaultRuleset } from '../../../rules';
import { GOLDEN_CASES } from './golden';

describe('golden table of deadlines', () => {
  it('has at least 60 hand-computed cases', () => {
    expect(GOLDEN_CASES.length).toBeGreaterThanOrEqual(60);
  });

  for (const c of GOLDEN_CASES) {
    it(c.name, () => {
      const profile = { ...DEFAULT_PROFILE, ...c.profile };
      const deadlines = computeDeadlines(c.notice, profile, defaultRuleset(), c.today ?? '2026-01-15');
      const found = deadlines.find((d) => d.rule === c.rule);
      if (c.expect === 'absent') {
        expect(found).toBeUndefined();
        return;
      }
      expect(found, `rule ${c.rule} missing`).toBeDefined();
      const d = Deadline.parse(found);
      expect({ due: d.due, latest: d.latest }).toEqual({ due: c.expect.due, latest: c.expect.latest });
      if (c.expect.start) expect(d.start).toBe(c.expect.start);
      if (c.expect.status) expect(d.status).toBe(c.expect.status);
      if (c.expect.daysLeft !== undefined) expect(d.daysLeft).toBe(c.expect.daysLeft);
      if (c.expect.assumption) expect(d.assumptions.join(' | ')).toMatch(c.expect.assumption);
      if (c.expect.stepCode) expect(d.stepDetails.map((s) => s.code)).toContain(c.expect.stepCode);
      if (c.expect.needsConfirmation !== undefined) expect(d.needsConfirmation).toBe(c.expect.needsConfirmation);
    });
  }
});

// A missing trigger with a later role standing in for it (issue 11 item 3): the dates of the days before the stand-in
// become just-plausible candidates, so the deadline counts from the earliest of them and asks for a check.
import { describe, expect, it } from 'vitest';
import { detect, textDocumentFromString } from '../../../extract';
import { DEFAULT_PROFILE } from '../../../model';
import { computeDeadlines, defaultRuleset } from '../../../rules';

const PANEL = [
  'DIVISION OF WORKERS\' COMPENSATION · MEDICAL UNIT',
  'PANEL OF QUALIFIED MEDICAL EVALUATORS · UNREPRESENTED EMPLOYEE',
  'Panel Number: 7411076   Claim Number: HVMC-WC-2025-01377   Date of Injury: 11/03/2025',
  'Your earlier panel was replaced. The request reached us and we acted on it; the evaluators are listed below.',
  'Reference: 05/19/2026',
  'Ann Lee, MD\t3 Hutton Centre Dr.\nBo Park, DO\t2501 E. Chapman Ave.\nCy Diaz, MD\t100 Main St.',
  'You may choose one evaluator from this panel within 10 days.',
  'PROOF OF SERVICE',
  'On May 21, 2026 I served this panel by first-class mail on the employee.',
].join('\n');

describe('a missing trigger', () => {
  it('counts from the earliest date in the days before the stand-in, and says the deadline needs a check', () => {
    const [n] = detect(textDocumentFromString(PANEL, 'panel.txt'), { today: '2026-05-22' });
    expect(n?.kind).toBe('qme_panel');
    expect(n?.dates.panel_assigned_date).toBeUndefined();
    expect(n?.dates.service_date).toBe('2026-05-21');
    expect(n?.candidates).toContainEqual(expect.objectContaining({ role: 'panel_assigned_date', date: '2026-05-19' }));
    expect(n?.candidates.some((c) => c.role === 'panel_assigned_date' && c.date === '2025-11-03')).toBe(false); // the injury date never
    const select = computeDeadlines(n!, DEFAULT_PROFILE, defaultRuleset(), '2026-05-22').find((d) => d.rule === 'ca.qme.select')!;
    // from 05/19 (10 days: 05/29), not from the service date (05/31, rolled to 06/01)
    expect(select.latest <= '2026-05-29').toBe(true);
    expect(select.needsCheck).toBe(true);
  });
});

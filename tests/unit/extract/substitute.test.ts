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

const UR = (middle: string[]) => [
  'Keystone Claims Services · Utilization Review Department',
  'NOTICE OF UTILIZATION REVIEW DECISION',
  'Claim Number: KC-2025-4471   Date of Injury: 09/23/2025',
  'Treatment requested: lumbar epidural steroid injection L4-L5.',
  'We received the request for authorization from your physician on April 13, 2026.',
  ...middle,
  'The requested treatment is not medically necessary and is denied.',
  'If you disagree, you may ask for Independent Medical Review within 30 days.',
  'PROOF OF SERVICE',
  'On April 17, 2026 I served this decision by first-class mail on the employee.',
].join('\n');
const imrRequest = (text: string) => {
  const [n] = detect(textDocumentFromString(text, 'ur.txt'), { today: '2026-04-20' });
  expect(n?.kind).toBe('ur_decision');
  return { n: n!, d: computeDeadlines(n!, DEFAULT_PROFILE, defaultRuleset(), '2026-04-20').find((x) => x.rule === 'ca.imr.request')! };
};

describe('a missing decision date between the request and the service', () => {
  it('takes a date between the two as a plausible decision date: the safe date counts from it and asks for a check', () => {
    const { n, d } = imrRequest(UR(['After a review of the records, a physician reviewer reached a determination on April 16, 2026.']));
    if (n.dates.decision_date === undefined) expect(n.candidates).toContainEqual(expect.objectContaining({ role: 'decision_date', date: '2026-04-16' }));
    expect(d.due <= '2026-05-18').toBe(true); // 04/16 + 30 = 05/16, a Saturday → Monday 05/18; never from the service date's 05/17 → 05/18
    expect(d.start).toBe('2026-04-16');
    expect(d.needsCheck || n.dates.decision_date === '2026-04-16').toBe(true);
  });

  it('does not read an activity log between them as the decision (too many dates say nothing)', () => {
    const log = ['Claim activity:', '04/14/2026 Records requested', '04/15/2026 Records received', '04/16/2026 Nurse review'];
    const { n } = imrRequest(UR(log));
    expect(n.candidates.filter((c) => c.role === 'decision_date' && !c.standIn)).toEqual([]);
  });
});

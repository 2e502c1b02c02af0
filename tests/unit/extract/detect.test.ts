// detect() on short letters written for the behaviour under test (the cross-validation test covers whole documents).
import { describe, expect, it } from 'vitest';
import { detect, DETECTED_KINDS, textDocumentFromString } from '../../../extract';
import { WEIGHTS } from '../../../extract/model';
import { DEFAULT_PROFILE } from '../../../model';
import { computeDeadlines, defaultRuleset } from '../../../rules';

const run = (text: string) => detect(textDocumentFromString(text, 'test.txt'), { today: '2026-12-31' });
const one = (text: string) => {
  const ns = run(text);
  expect(ns).toHaveLength(1);
  return ns[0]!;
};

const UR_HEAD = `Sierra Mutual Casualty Company — Workers' Compensation Utilization Review
NOTICE OF UTILIZATION REVIEW DECISION
Claim Number: SMC-0448217
Date of Injury: 08/19/2025
Date of UR Decision: 03/02/2026
Dear Ms. Delgado:
We reviewed the Request for Authorization from your physician.`;
const IMR_RIGHTS = 'If you disagree, you may request Independent Medical Review (IMR) within 30 days of service of this decision.';

describe('ur_decision', () => {
  it('reads a denial, its dates and the proof-of-service date', () => {
    const n = one(`${UR_HEAD}\nTreatment requested: Lumbar epidural steroid injection\nDecision: NON-CERTIFIED\n${IMR_RIGHTS}\nPROOF OF SERVICE\nOn March 4, 2026, I served this notice by first-class mail.`);
    expect(n).toMatchObject({ kind: 'ur_decision', outcome: 'denied', serviceMethod: 'mail' });
    expect(n.dates).toMatchObject({ decision_date: '2026-03-02', service_date: '2026-03-04', injury_date: '2025-08-19' });
    expect(n.facts.treatment).toEqual(['Lumbar epidural steroid injection']);
  });

  it('reads an approval as approved, not as a denial', () => {
    const n = one(`${UR_HEAD}\nThe MRI of the right shoulder is approved. If any request is ever denied, you may request Independent Medical Review.`);
    expect(n.outcome).toBe('approved');
  });

  it('reads a mixed decision as a denial of the denied items only', () => {
    const n = one(`${UR_HEAD}\nItem\tDecision\nFollow-up office visit\tCertified\nTENS unit purchase\tNon-certified\nHome exercise kit\tCertified\n${IMR_RIGHTS}`);
    expect(n.outcome).toBe('denied');
    expect(n.facts.treatment).toEqual(['TENS unit purchase']);
  });

  it('reads a stated modification as modified even when the rest is "not certified"', () => {
    const n = one(`${UR_HEAD}\nDecision: MODIFIED. The request is modified to six visits; the remaining six visits are not certified.\n${IMR_RIGHTS}`);
    expect(n.outcome).toBe('modified');
  });

  it('reads "approved the request in part" as a modification', () => {
    expect(one(`${UR_HEAD}\nUtilization review approved the request in part: 8 sessions are authorized; the other 4 are not authorized.\n${IMR_RIGHTS}`).outcome).toBe('modified');
  });

  it('reads a delay', () => {
    expect(one(`${UR_HEAD}\nWe cannot make a decision within the normal time frame because we need more records. The decision is delayed.\n${IMR_RIGHTS}`).outcome).toBe('delayed');
  });

  it('does not read boilerplate about what could be denied as a decision', () => {
    expect(run(`${UR_HEAD}\nUtilization review is in progress. If a request is denied, modified or delayed you may request IMR.`)).toEqual([]);
  });

  it('finds expedited review, the formulary medication and a pre-2013 letter', () => {
    const n = one(`${UR_HEAD}\nReview type: Expedited\nMedication requested: Tramadol ER 100 mg tablets #30\nDetermination: NOT CERTIFIED\n${IMR_RIGHTS}`);
    expect(n.expedited).toBe(true);
    expect(n.medication).toBe(true);
    const old = one(`${UR_HEAD.replace(/2026/g, '2012')}\nThe request is denied. You may object under Labor Code section 4062 within 20 days of receipt of this decision.`);
    expect(old.facts.legacyPreIMR).toBe(true);
  });

  it('yields nothing for a blog post that quotes a denial letter', () => {
    expect(run(`Blog · Posted March 9, 2026 by M. Ruiz, Attorney at Law\nA UR denial letter says "Decision: NON-CERTIFIED". Find the claim number and the date of the UR decision, then request Independent Medical Review. Call us for a free consultation about your workers' compensation claim.`)).toEqual([]);
  });

  it('yields nothing for a health-plan denial', () => {
    expect(run('Golden Valley Health Plan · Member Services\nMember ID: GVH-8833102\nOur utilization review nurse reviewed the request. The request is denied. You may file a grievance and apply for Independent Medical Review with the Department of Managed Health Care (DMHC).')).toEqual([]);
  });
});

describe('imr_determination', () => {
  const HEAD = `Maximus Federal Services — Independent Medical Review for the Division of Workers' Compensation
Final Determination Letter
IMR Case Number: CM26-0031877
Claim Number: SMC-0448217
Date of UR Decision: 03/02/2026
Date of Injury: 08/19/2025`;

  it('reads upheld and the mailing date, and not the UR decision date', () => {
    const n = one(`${HEAD}\nFinal Determination: UPHELD. The Claims Administrator's decision is upheld.\nMailing date: April 21, 2026`);
    expect(n).toMatchObject({ kind: 'imr_determination', outcome: 'upheld' });
    expect(n.dates.service_date).toBe('2026-04-21');
    expect(n.dates.decision_date).toBeUndefined();
    expect(n.facts.imrCaseNumber).toBe('CM26-0031877');
  });

  it('reads overturned', () => {
    expect(one(`${HEAD}\nResult: the Claims Administrator's decision is overturned.\nThis letter was mailed on July 2, 2026.`).outcome).toBe('overturned');
  });

  it('yields nothing for an acknowledgement of an IMR application', () => {
    expect(run(`${HEAD.replace('Final Determination Letter', 'Notice of Receipt of Application')}\nWe received your Application for Independent Medical Review on April 27, 2026. You will receive the final determination by mail.`)).toEqual([]);
  });

  it('replaces the UR decision it quotes: one notice, the IMR one', () => {
    const ns = run(`${HEAD}\nThe utilization review decision denied the request.\nFinal Determination: UPHELD.\nMailing date: April 21, 2026`);
    expect(ns.map((n) => n.kind)).toEqual(['imr_determination']);
  });
});

describe('qme_panel', () => {
  const PANEL = `QUALIFIED MEDICAL EVALUATOR PANEL LIST
Panel No.: 7412093
Date Assigned: 05/04/2026
Specialty: Orthopaedic Surgery (MAO)
Claim Number: RRA-3309-2025
Gregory Lindqvist, M.D.\t(415) 555-0121
Anita Deshmukh, M.D.\t(415) 555-0177
Robert Castellanos, M.D.\t(415) 555-0163`;

  it('reads the panel number, the assignment date, the three QMEs and the specialty', () => {
    const n = one(`${PANEL}\nUnrepresented employee: choose one QME within 10 days.`);
    expect(n.dates.panel_assigned_date).toBe('2026-05-04');
    expect(n.facts).toMatchObject({ panelNumber: '7412093', specialty: 'Orthopaedic Surgery', qmeNames: ['Gregory Lindqvist, M.D.', 'Anita Deshmukh, M.D.', 'Robert Castellanos, M.D.'] });
    expect(n.represented).toBe(false);
  });

  it('reads a represented panel', () => {
    expect(one(`${PANEL}\nPanel requested by: Applicant Attorney\nEach party may strike one name within 10 days. The remaining QME will perform the comprehensive medical-legal evaluation.`).represented).toBe(true);
  });

  it("yields nothing for a QME's medical-legal report that quotes the panel number", () => {
    expect(run('COMPREHENSIVE MEDICAL-LEGAL REPORT OF THE PANEL QUALIFIED MEDICAL EVALUATOR\nPanel No.: 7412093\nHISTORY OF PRESENT ILLNESS: knee pain.\nREVIEW OF RECORDS: office notes.\nPHYSICAL EXAMINATION FINDINGS: tenderness.')).toEqual([]);
  });
});

describe('mmi_report', () => {
  it("reads a treating physician's P&S report with exam, report and service dates", () => {
    const n = one(`PRIMARY TREATING PHYSICIAN'S PERMANENT AND STATIONARY REPORT (PR-4)\nClaim Number: PCW-25-118830\nDate of Injury: 06/03/2025\nDate of Exam: 07/06/2026\nDate of Report: 07/09/2026\nThe patient has reached maximum medical improvement. 5% whole person impairment.\nPROOF OF SERVICE: served by first-class mail on 07/10/2026.`);
    expect(n.kind).toBe('mmi_report');
    expect(n.dates).toMatchObject({ exam_date: '2026-07-06', report_date: '2026-07-09', service_date: '2026-07-10' });
  });

  it('yields nothing for a progress report that says the worker is not yet P&S', () => {
    expect(run("Primary Treating Physician's Progress Report (PR-2), workers' compensation\nClaim RRA-3309-2025\nThe patient is not permanent and stationary; he has not yet reached maximum medical improvement.")).toEqual([]);
  });
});

describe('mpn_second_opinion', () => {
  it('reads a second-opinion provider list', () => {
    const n = one('Sierra Care Medical Provider Network (MPN)\nMay 19, 2026\nClaim No.: SMC-0448217\nDear Ms. Delgado:\nAs you requested a second opinion, enclosed is a list of MPN providers:\nFarid Nasser, M.D.\nGloria Whitman, D.O.\nMake an appointment within 60 days of receiving this list. This letter was sent to you by mail.');
    expect(n).toMatchObject({ kind: 'mpn_second_opinion', serviceMethod: 'mail' });
    // the letter's only date starts the 60 days: read as its date or (since b12's refit it falls under the role
    // threshold) offered as the date that could be it, so the clock still counts from it and asks for a check
    const mpn = computeDeadlines(n, DEFAULT_PROFILE, defaultRuleset(), '2026-05-20').find((d) => d.rule.startsWith('ca.mpn'));
    expect(mpn?.start).toBe('2026-05-19');
    if (n.dates.document_date !== '2026-05-19') expect(mpn?.needsCheck).toBe(true);
  });

  it('yields nothing for an MPN notice that says you may request a second opinion', () => {
    expect(run('Trident Valley Medical Provider Network (MPN) employee notification\nYou may request a second opinion. The MPN contact will give you a list of MPN doctors. Make an appointment within 60 days of receiving the list.')).toEqual([]);
  });

  it('yields nothing for a page that only explains second opinions', () => {
    expect(run('Frequently asked questions\nWhat is a second opinion in the MPN?\nHow do I ask for one?\nWhen must I schedule it?\nIf you disagree with your MPN doctor you may ask for a second opinion within the medical provider network.')).toEqual([]);
  });
});

describe('the fitted weights', () => {
  it('hold a kind model for every kind, an outcome model for the kinds with outcomes, the date and quoted models', () => {
    expect(Object.keys(WEIGHTS.kinds).sort()).toEqual([...DETECTED_KINDS].sort());
    expect(Object.keys(WEIGHTS.outcomes).sort()).toEqual(['imr_determination', 'ur_decision']);
    expect(Object.keys(WEIGHTS.dates.weights).length).toBeGreaterThan(100);
    expect(WEIGHTS.fittedOn.documents).toBeGreaterThanOrEqual(160);
  });
});

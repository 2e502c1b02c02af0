// The legal audit's findings (../shared/rules-audit-2026-12.md, issue 15), one group per item. Each case quotes its
// source; the dates are counted by hand on a calendar, not copied from the code.
import { notice, type GoldenCase } from './helpers';

const fal = (dates: Parameters<typeof notice>[1], extra: Parameters<typeof notice>[2] = {}) => notice('co_final_admission', dates, extra);
const objection = (date: string, extra: Parameters<typeof notice>[2] = {}) =>
  notice('objection_letter', { objection_mailed_date: date }, { represented: true, ...extra });

export const AUDIT_CASES: GoldenCase[] = [
  // ---- 1. co.fal.objection counts from the date of the Final Admission itself (audit A.2) -------------------------
  // C.R.S. § 8-43-203(2)(b)(II): the claim closes unless the claimant contests "within thirty days of the date of the
  // final admission" and applies for a hearing. Chambers v. Concrete Frame Assoc., W.C. No. 4-784-053 (ICAO
  // 2010-06-24), https://www.casetext.com/case/in-matter-of-chambers-v-conc-frame-asso: "the claimant did not file his
  // application for hearing until September 21, 2009, or thirty-nine days after the final admission was filed" (FAL
  // of August 13, 2009): untimely.
  { name: 'audit A.2: FAL objection counts 30 days from the FAL date, not the mailing date (2 days earlier than before)',
    rule: 'co.fal.objection', notice: fal({ document_date: '2026-03-02', service_date: '2026-03-04' }, { serviceMethod: 'mail' }),
    expect: { due: '2026-04-01', latest: '2026-04-01', start: '2026-03-02', needsConfirmation: false } },
  { name: 'audit A.2: Chambers (FAL 2009-08-13): the last day is Monday 2009-09-14, so 2009-09-21 was late',
    rule: 'co.fal.objection', notice: fal({ document_date: '2009-08-13' }),
    expect: { due: '2009-09-12', latest: '2009-09-14', stepCode: 'roll_forward' } },
  { name: 'audit A.2: with only the mailing date known, the FAL objection says the FAL date is missing',
    rule: 'co.fal.objection', notice: fal({ service_date: '2026-03-15' }),
    expect: { due: '2026-04-14', latest: '2026-04-14', assumption: /date on the document is not on the notice/ } },

  // ---- 5c. Colorado's own roll and holidays (audit A.8) ------------------------------------------------------------
  // C.R.S. § 2-4-108(2), https://colorado.public.law/statutes/crs_2-4-108: "If the last day of any period is a
  // Saturday, Sunday, or legal holiday, the period is extended to include the next day which is not a Saturday, Sunday,
  // or legal holiday." Legal holidays: C.R.S. § 24-11-101(1), https://casetext.com/statute/colorado-revised-statutes/title-24-government-state/administration/article-11-holidays/24-11-101-legal-holidays-effect
  // ("the nineteenth day of June, commonly called Juneteenth"; "the first Monday in October, commonly called Frances
  // Xavier Cabrini day"). Juneteenth and Cabrini Day are not CalHR closures; Columbus Day is not a Colorado holiday.
  { name: 'audit A.8: Colorado FAL objection ending on Juneteenth 2026 (a Colorado legal holiday) rolls to Monday',
    rule: 'co.fal.objection', notice: fal({ document_date: '2026-05-20' }), expect: { due: '2026-06-19', latest: '2026-06-22' } },
  { name: 'audit A.8: Colorado DIME ending on Frances Xavier Cabrini Day 2026 rolls to Tuesday', rule: 'co.dime.request',
    notice: fal({ service_date: '2026-09-05' }), expect: { due: '2026-10-05', latest: '2026-10-06' } },
  { name: 'audit A.8: Colorado DIME ending on Columbus Day 2026: a Colorado working day, no roll', rule: 'co.dime.request',
    notice: fal({ service_date: '2026-09-12' }), expect: { due: '2026-10-12', latest: '2026-10-12' } },
  { name: 'audit A.8: Colorado DIME ending on Thanksgiving 2026 rolls to the Friday after (open in Colorado)', rule: 'co.dime.request',
    notice: fal({ service_date: '2026-10-27' }), expect: { due: '2026-11-26', latest: '2026-11-27' } },
  { name: 'audit A.8: Colorado moves no Saturday holiday: Friday 2026-07-03 stays a working day', rule: 'co.dime.request',
    notice: fal({ service_date: '2026-06-03' }), expect: { due: '2026-07-03', latest: '2026-07-03' } },
  { name: 'audit A.8: Colorado DIME ending on a Sunday rolls to Monday', rule: 'co.dime.request',
    notice: fal({ service_date: '2026-03-06' }), expect: { due: '2026-04-05', latest: '2026-04-06' } },

  // ---- 2. ca.qme.panel_request_earliest: never premature (audit A.1) ----------------------------------------------
  // Lab. Code § 4062.2(b), https://self-law.org/code/ca/labor-code/4062-2: "No earlier than the first working day that
  // is at least 10 days after the date of mailing of ... an objection pursuant to Sections 4061 or 4062, either party
  // may request the assignment of a three-member panel". Messele v. Pitco Foods (2011 WCAB en banc),
  // https://print.casetext.com/case/2011-eb-7-2010-tsegay-messele-vs-pitco-foods-inc-california-insurance-company-defendants:
  // the period "is extended five calendar days if the physical address of the party being served with the first
  // written proposal is within California; and ... starts with the day after the date of the first written proposal
  // and includes the last day". On its facts (objection April 20, 2010): "the first day a panel could be filed would
  // have been May 6" (http://wcdefenseca.com/wp-trackback.php?p=611).
  { name: 'audit A.1: Messele facts: objection mailed 2010-04-20 to a California address → first day 2010-05-06',
    rule: 'ca.qme.panel_request_earliest', notice: objection('2010-04-20', { serviceMethod: 'mail', facts: { servedPartyRegion: 'ca' } }),
    expect: { due: '2010-05-06', latest: '2010-05-06', status: 'informational' } },
  // Trigueros v. Gonzalez Ag (2021 WCAB panel), https://print.casetext.com/case/rogelio-trigueros-applicant-v-gonzalez-ag-inc-star-insurance-company-administered-by-meadowbrook-insurance-defendants:
  // notice of May 4, 2020 from "Kansas City, MO"; the panel requested May 20, 2020 (day 16) "is invalid". With +10:
  // 5-14 + 10 = 5-24, the next day 5-25 is Memorial Day 2020 → Tuesday 2020-05-26.
  { name: 'audit A.1: Trigueros facts: out-of-state (+10) → first day 2020-05-26, so day 16 (2020-05-20) was premature',
    rule: 'ca.qme.panel_request_earliest', notice: objection('2020-05-04', { serviceMethod: 'mail', facts: { servedPartyRegion: 'us' } }),
    expect: { due: '2020-05-26', latest: '2020-05-26' } },
  // Served party's address unknown: the safe direction for an "earliest" date is later: +20 (8 CCR 10605(a)(3)).
  // 2026-03-02 + 10 = 03-12; + 20 = 04-01; next day Thursday 2026-04-02. The assumption gives the California date
  // (03-12 + 5 = 03-17, next day Wednesday 03-18).
  { name: 'audit A.1: served party’s address unknown → the longest mail time (+20), and the California date is shown',
    rule: 'ca.qme.panel_request_earliest', notice: objection('2026-03-02', { serviceMethod: 'mail' }),
    expect: { due: '2026-04-02', latest: '2026-04-02', assumption: /longest mail time.*2026-03-18/ } },
  { name: 'audit A.1: service method unknown on an objection → counted as mailed (the later date)',
    rule: 'ca.qme.panel_request_earliest', notice: objection('2026-03-02', { facts: { servedPartyRegion: 'ca' } }),
    expect: { due: '2026-03-18', latest: '2026-03-18', assumption: /counted as mailed/ } },
  { name: 'audit A.1: objection handed over in person → no mail time, first day 11', rule: 'ca.qme.panel_request_earliest',
    notice: objection('2026-03-02', { serviceMethod: 'personal' }), expect: { due: '2026-03-13', latest: '2026-03-13' } },
  // The Medical Unit is closed the day after Thanksgiving (CalHR), so the "earliest" roll does not stop there (A.10):
  // 2026-11-10 + 10 + 5 + 1 = Thanksgiving 11-26 → past Friday 11-27 and the weekend → Monday 2026-11-30.
  { name: 'audit A.1/A.10: first day on Thanksgiving 2026 rolls past the day after Thanksgiving to Monday',
    rule: 'ca.qme.panel_request_earliest', notice: objection('2026-11-10', { serviceMethod: 'mail', facts: { servedPartyRegion: 'ca' } }),
    expect: { due: '2026-11-30', latest: '2026-11-30', stepCode: 'roll_forward' } },
  { name: 'audit A.1: first day on Christmas 2026 rolls to Monday 2026-12-28', rule: 'ca.qme.panel_request_earliest',
    notice: objection('2026-12-09', { serviceMethod: 'mail', facts: { servedPartyRegion: 'ca' } }), expect: { due: '2026-12-28', latest: '2026-12-28' } },
  // Letter dated 03-02, mailed 03-04 in person: from the later date, 03-04 + 10 + 1 = Sunday 03-15 → Monday 03-16.
  { name: 'audit A.1: the latest of the letter dates starts an "earliest" date', rule: 'ca.qme.panel_request_earliest',
    notice: notice('objection_letter', { document_date: '2026-03-02', objection_mailed_date: '2026-03-04' },
      { represented: true, serviceMethod: 'personal' }),
    expect: { due: '2026-03-16', latest: '2026-03-16', start: '2026-03-04' } },

  // ---- 3. ca.imr.request_formulary: due 10 days, latest from 30 (+5) until the 10-day rule is verified (A.5) -------
  // 8 CCR § 9792.10.1(b)(1), https://regulations.justia.com/states/california/title-8/division-1/chapter-4-5/subchapter-1/article-5-5-1/section-9792-10-1:
  // "A request for independent medical review must be filed ... within 30 days of service of the written utilization
  // review determination" (no formulary carve-out). Decision 03-02 + 10 = 03-12; service 03-04 + 30 = 04-03, + 5 mail
  // = Wednesday 04-08.
  { name: 'audit A.5: formulary IMR: due 10 days from the decision, latest 30 + 5 from mailed service',
    rule: 'ca.imr.request_formulary',
    notice: notice('ur_decision', { decision_date: '2026-03-02', service_date: '2026-03-04' }, { outcome: 'denied', medication: true, serviceMethod: 'mail' }),
    expect: { due: '2026-03-12', latest: '2026-04-08', needsConfirmation: true, stepCode: 'rule_note' } },

  // ---- 5a. ca.qme.schedule_rep: ten business days for latest (audit A.6) ------------------------------------------
  // 8 CCR § 31.3(d), https://print.casetext.com/regulation/california-code-of-regulations/title-8-industrial-relations/division-1-department-of-industrial-relations/chapter-1-division-of-workers-compensation-qualified-medical-evaluator-regulations/article-3-assignment-of-qualified-medical-evaluators-evaluation-procedure/section-313-scheduling-appointment-with-panel-qme:
  // "If the represented employee fails to do so within ten (10) business days of the date a QME is selected from the
  // panel, the claims administrator ... may arrange the appointment". The audit's example: selected 2026-11-18, the
  // product gave 11-30, the regulation gives 12-03 (business days 11-19 … 11-25, Thanksgiving skipped, 11-27 counted,
  // 11-30, 12-01, 12-02, 12-03).
  { name: 'audit A.6: QME appointment (represented) selected 2026-11-18: latest 10 business days = 2026-12-03',
    rule: 'ca.qme.schedule_rep', notice: notice('qme_panel', { qme_selected_date: '2026-11-18' }, { represented: true }),
    expect: { due: '2026-11-28', latest: '2026-12-03' } },

  // ---- 5b. ca.report.objection with representation unknown: latest uses 30 days (audit A.7) -----------------------
  // Lab. Code § 4062(a): objection "within 20 days of receipt of the report" if represented, 30 if not
  // (https://www.sullivanattorneys.com/blog/wcab-clarifies-valid-objection-treating-physician-report-4061). The audit's
  // example: received 2026-04-06, unknown → legal latest 05-06 (the product gave 04-27).
  { name: 'audit A.7: report objection, representation unknown: latest 30 days from receipt (2026-05-06, not 04-27)',
    rule: 'ca.report.objection', notice: notice('mmi_report', { received_date: '2026-04-06' }),
    expect: { due: '2026-04-26', latest: '2026-05-06' } },

  // ---- 5d. MPN 60 days, DMHC 6 months and the TD cap: `latest` rolled (CCP § 12a), `due` unrolled (audit A.9) -----
  // Code Civ. Proc. § 12a(a), https://casetext.com/statute/california-codes/california-code-of-civil-procedure/division-preliminary-provisions/section-12a-last-day-for-performing-act-holiday:
  // "If the last day for the performance of any act provided or required by law to be performed within a specified
  // period of time is a holiday, then that period is hereby extended to and including the next day that is not a
  // holiday. For purposes of this section, 'holiday' means all day on Saturdays, all holidays specified in Section 135".
  { name: 'audit A.9: MPN second opinion ending on Presidents’ Day 2027: due stays, latest rolls to Tuesday',
    rule: 'ca.mpn.second_opinion', notice: notice('mpn_second_opinion', { received_date: '2026-12-17' }),
    expect: { due: '2027-02-15', latest: '2027-02-16' } },
  { name: 'audit A.9: DMHC IMR 6 months ending on a Saturday: due from the decision, latest rolls to Monday',
    rule: 'ca.hmo.dmhc_imr_request', notice: notice('health_plan_decision', { decision_date: '2026-09-30', received_date: '2026-10-03' }),
    expect: { due: '2027-03-30', latest: '2027-04-05' } },
  { name: 'audit A.9: TD 5-year limit ending on Saturday 2026-07-04: latest Monday 2026-07-06', rule: 'ca.td.cap',
    notice: notice('injury_claim', { injury_date: '2021-07-04' }), expect: { due: '2026-07-04', latest: '2026-07-06', status: 'informational' } },

  // ---- 6. injury_date alone starts the rules that start from it, and nothing else (audit A.4) ---------------------
  // Lab. Code § 5405, http://jurris.com/california/labor-code/5400-5413/5405-8: "is one year from any of the following:
  // (a) The date of injury." Lab. Code § 4656(c)(2): "104 compensable weeks within a period of five years from the
  // date of injury" (http://ca.elaws.us/law/lab_sec.4656).
  { name: 'audit A.4: injury date alone: the one-year limit (Lab. Code § 5405)', rule: 'ca.application.one_year',
    notice: notice('injury_claim', { injury_date: '2026-02-10' }), expect: { due: '2027-02-10', latest: '2027-02-10' } },
  { name: 'audit A.4: injury date alone: the TD 5-year limit (Lab. Code § 4656(c)(2))', rule: 'ca.td.cap',
    notice: notice('injury_claim', { injury_date: '2026-02-10' }), expect: { due: '2031-02-10', latest: '2031-02-10' } },
  { name: 'audit A.4: an injury date on a UR letter starts no IMR clock', rule: 'ca.imr.request',
    notice: notice('ur_decision', { injury_date: '2026-02-10' }, { outcome: 'denied' }), expect: 'absent' },

  // ---- CalHR 2026–27 re-check: Juneteenth is a working day for California offices --------------------------------
  // AB 1655 (Stats. 2022, ch. 753), https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202120220AB1655:
  // "would authorize state employees to elect to take time off with pay in recognition of Juneteenth" (elective, like
  // Native American Day); the CalHR 2024 list omits it (https://www.indybay.org/newsitems/2024/06/20/18867501.php).
  { name: 'CalHR re-check: an IMR appeal ending on Juneteenth 2026 (Friday) does not roll in California',
    rule: 'ca.imr.appeal', notice: notice('imr_determination', { service_date: '2026-05-20' }, { outcome: 'upheld', serviceMethod: 'personal' }),
    expect: { due: '2026-06-19', latest: '2026-06-19' } },
  { name: 'CalHR re-check: Cesar Chavez Day 2026 (Tuesday) is a CalHR closure: roll to Wednesday', rule: 'ca.imr.appeal',
    notice: notice('imr_determination', { service_date: '2026-03-01' }, { outcome: 'upheld', serviceMethod: 'personal' }),
    expect: { due: '2026-03-31', latest: '2026-04-01' } },
];

// Shared bits of the bundled packs. AS_OF: the date the rules were last checked (rules-research.md, then the legal
// audit ../shared/rules-audit-2026-12.md).
import type { RuleInput } from '../schema';

export const AS_OF = '2026-12-01';

/** Identity helper: type-checks a rule literal against the schema input type. */
export const defineRule = (rule: RuleInput): RuleInput => rule;

// The research's sources (rules-research.md), named once.
export const SRC = {
  reg979210_1: 'https://regulations.justia.com/states/california/title-8/division-1/chapter-4-5/subchapter-1/article-5-5-1/section-9792-10-1',
  lawjoelee: 'http://www.lawjoelee.com/news/2016/11/25/independent-medical-review-disputes-re-utilization-review-determinations',
  pocketlaw4610_5: 'https://getpocketlaw.com/law/state_california/section-4610-5-section-4610-5_b12e4a838ef2',
  pknwImrDelay: 'https://pknwlaw.com/newsletters/2015/q3/imr-delay-now-subject-to-wcab-determination/',
  saclawImr: 'https://saclaw.net/workers-comp-imr-take-long-want',
  reg10575: 'https://www.dir.ca.gov/t8/10575.html',
  matute: 'https://www.workcompacademy.com/?page_id=2646',
  pknwUr: 'https://pknwlaw.com/newsletters/2016/q2/reminder-utilization-review-time-frames/',
  sullivanExpedited: 'https://www.sullivanoncomp.com/blog/expedited-review-of-requests-for-treatment-revisited',
  friedman4600_4: 'https://www.friedmanlawoffices.com/2025/03/the-five-day-rule-a-60-second-seminar-in-workers-compensation-claims-handling',
  lc4062_2: 'https://self-law.org/code/ca/labor-code/4062-2',
  strikeMailbox: 'https://ieatraining.org/striking-a-qualified-medical-evaluator-and-the-mailbox-rule-revisited/',
  lc4062_1: 'https://codes.findlaw.com/ca/labor-code/lab-sect-4062-1.html',
  specialty: 'https://www.rjylaw.com/battle-of-the-qme-specialty/',
  sullivanStrike: 'https://www.sullivanattorneys.com/blog/qme-selection-party-fails-timely-strike?hs_amp=true',
  reg31_5: 'https://www.dir.ca.gov/t8/31_5.html',
  reg38: 'http://dir.ca.gov/t8/38.html',
  lateQme: 'https://highlights.hannabrophy.com/post/102hntx/when-must-a-party-object-to-a-late-qme-report-earlier-than-you-might-think',
  panelRequest: 'https://dclbv.com/newsletters/2014/q3/update-on-the-panel-strike-process/',
  lexis4062: 'https://www.lexisnexis.com/legalnewsroom/workers-compensation/b/ama-guides-impairment-ratings/archive/2012/06/28/california-when-to-object-to-a-treating-physician-s-permanent-disability-determination.aspx?Redirected=true',
  sullivan4061: 'https://www.sullivanattorneys.com/blog/wcab-clarifies-valid-objection-treating-physician-report-4061',
  mpn: 'https://ieatraining.org/requesting-consulting-physicians-within-an-mpn/',
  reg10164: 'https://www.law.cornell.edu/regulations/california/8-CCR-10164',
  deuForm: 'https://forms.justia.com/california/workers-comp/eams-forms/request-for-reconsideration-of-summary-rating-by-44107.html',
  lc4656: 'http://ca.elaws.us/law/lab_sec.4656',
  lc5405: 'http://jurris.com/california/labor-code/5400-5413/5405-8',
  dmhcImr: 'http://www.dmhc.ca.gov/FileaComplaint/ConsumerIndependentMedicalReviewComplaint.aspx',
  dmhcComplaint: 'https://dmhc.ca.gov/FileaComplaint.aspx',
  crs8_42_107_2: 'https://law.justia.com/codes/colorado/2021/title-8/article-42/section-8-42-107-2/',
  crsFindlaw: 'https://codes.findlaw.com/co/title-8-labor-and-industry/co-rev-st-sect-8-42-107-2.html',
  ccr10605: 'https://law.cornell.edu/regulations/california/8-CCR-10605',
  // Added with the legal audit (../shared/rules-audit-2026-12.md), as of 2026-12-01.
  avila: 'https://www.lexisnexis.com/LegalNewsRoom/workers-compensation/b/recent-cases-news-trends-developments/posts/california-ur-imr-process-form-over-substance',
  lc4610_5: 'https://california.public.law/codes/ca_lab_code_section_4610.5',
  lc4610k: 'https://www.lexisnexis.com/LegalNewsRoom/workers-compensation/b/recent-cases-news-trends-developments/posts/california-developing-exception-to-the-ur-decides-all-rule',
  dubon: 'http://casetext.com/case/jose-dubon-applicant-v-world-restoration-inc-and-state-compensation-insurance-fund-defendants-2',
  messele: 'https://print.casetext.com/case/2011-eb-7-2010-tsegay-messele-vs-pitco-foods-inc-california-insurance-company-defendants',
  messeleJustia: 'https://law.justia.com/cases/california/workers-compensation-appeals-board/2011/adj7232076.html',
  newsline46_11: 'http://www.dir.ca.gov/dwc/dwc_newslines/2011/Newsline_46-11.html',
  trigueros: 'https://print.casetext.com/case/rogelio-trigueros-applicant-v-gonzalez-ag-inc-star-insurance-company-administered-by-meadowbrook-insurance-defendants',
  outOfStatePanel: 'https://dclbv.com/?p=732',
  reg31_3: 'https://print.casetext.com/regulation/california-code-of-regulations/title-8-industrial-relations/division-1-department-of-industrial-relations/chapter-1-division-of-workers-compensation-qualified-medical-evaluator-regulations/article-3-assignment-of-qualified-medical-evaluators-evaluation-procedure/section-313-scheduling-appointment-with-panel-qme',
  ccp12a: 'https://casetext.com/statute/california-codes/california-code-of-civil-procedure/division-preliminary-provisions/section-12a-last-day-for-performing-act-holiday',
  dmhcRegSummary: 'https://reg.summaries.guide/2006/03/independent-medical-review-system-28-ccr-13007430/',
  crs8_43_203Chambers: 'https://www.casetext.com/case/in-matter-of-chambers-v-conc-frame-asso',
  crs8_43_203Reyes: 'https://colorado.lexroll.com/in-re-reyes-w-c-no-4-578-951-12222004',
  cairnsClosure: 'https://cairnslegal.com/glossary/closure-case/',
  dickens: 'https://www.pollartmiller.com/claim-closure-when-a-final-admission-is-in-the-claimants-hand-objecting-and-applying-for-hearing-better-be-the-claimants-plan/',
  crs2_4_108: 'https://colorado.public.law/statutes/crs_2-4-108',
  crs24_11_101: 'https://casetext.com/statute/colorado-revised-statutes/title-24-government-state/administration/article-11-holidays/24-11-101-legal-holidays-effect',
  coloradoDowc: 'https://cdle.colorado.gov/dwc/injured-workers',
  dwcGuideEs: 'https://vdocuments.co/guia-para-los-trabajadores-lesionados.html',
} as const;

/** DWC Information & Assistance: free help for California workers (DWC's Spanish guide gives the same number). */
export const IA_PHONE = '1-800-736-7401';
/** DMHC Help Center (health plans). */
export const DMHC_PHONE = '1-888-466-2219';
/** Colorado Division of Workers' Compensation, Customer Service (toll-free; cdle.colorado.gov). */
export const CO_DOWC_PHONE = '1-888-390-7936';

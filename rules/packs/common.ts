// Shared bits of the bundled packs. AS_OF: the date the rules were last checked against rules-research.md.
import type { RuleInput } from '../schema';

export const AS_OF = '2026-11-22';

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
} as const;

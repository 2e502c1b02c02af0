// The bundled California workers' compensation pack (DESIGN.md rule ids plus the wider set of issue 2).
import type { RulePackInput } from '../schema';
import { AS_OF } from './common';
import { imrAppeal, imrDecisionExpected, imrDecisionExpectedExpedited, imrRequest, imrRequestFormulary } from './ca-wc-imr';
import { applicationOneYear, mpnSecondOpinion, reportObjection, summaryRatingReconsideration, tdCap } from './ca-wc-other';
import {
  qmeAppointmentWindow, qmePanelRequestEarliest, qmePanelRequestUnrep, qmeReportDue, qmeScheduleRep, qmeSelect, qmeStrike,
} from './ca-wc-qme';
import { urDecisionDue, urDecisionExpedited, urDecisionOuterLimit } from './ca-wc-ur';

export const CA_WC_PACK: RulePackInput = {
  id: 'ca-wc',
  version: '2026.2',
  jurisdiction: 'US-CA',
  name: { en: 'California workers’ compensation', es: 'Compensación de trabajadores de California' },
  asOf: AS_OF,
  rules: [
    imrRequest, imrRequestFormulary, imrDecisionExpected, imrDecisionExpectedExpedited, imrAppeal,
    urDecisionDue, urDecisionOuterLimit, urDecisionExpedited,
    qmeStrike, qmeSelect, qmeScheduleRep, qmePanelRequestEarliest, qmePanelRequestUnrep, qmeAppointmentWindow, qmeReportDue,
    reportObjection, mpnSecondOpinion, summaryRatingReconsideration, tdCap, applicationOneYear,
  ],
};

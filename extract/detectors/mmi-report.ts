// Treating physician's permanent and stationary (MMI) report, e.g. DWC Form PR-4 (Lab. Code §4062(a): 20 or 30
// days from receipt to object). A progress report that says the worker is not yet P&S is not one.
import { ADDRESSED, PROCESS_ONLY, WORKERS_COMP } from './common';
import type { Detector } from './types';

export const MMI_WORDS = /permanent (?:and|&) stationary|\bP ?& ?S\b|maxim(?:um|al) medical improvement|\bMMI\b|\bPR-4\b|permanente y estacionari|mejor[ií]a m[eé]dica m[aá]xima/i;

export const mmiReport: Detector = {
  kind: 'mmi_report',
  fixtures: ['pr4-ps-report.pdf', 'pr4-ps-report-represented.txt', 'mmi-narrative-report.html'],
  requires: [MMI_WORDS, WORKERS_COMP],
  signals: [
    { id: 'ps', re: /permanent (?:and|&) stationary|\bP ?& ?S\b|permanente y estacionari/i, weight: 0.35 },
    { id: 'mmi', re: /maxim(?:um|al) medical improvement|\bMMI\b|mejor[ií]a m[eé]dica m[aá]xima/i, weight: 0.25 },
    { id: 'pr4', re: /\bPR-4\b|primary treating physician'?s? (?:permanent|final)|treating physician'?s? (?:permanent and stationary|final) report/i, weight: 0.35 },
    { id: 'rating', re: /whole person impairment|\bWPI\b|AMA Guides|impairment rating|future medical (?:care|treatment)|apportionment|permanent (?:work )?restrictions|deterioro de la persona/i, weight: 0.2 },
    { id: 'treating', re: /primary treating physician|\bPTP\b|treating physician|m[eé]dico tratante/i, weight: 0.1 },
    ADDRESSED,
    ...PROCESS_ONLY,
    { id: 'not-yet-ps', re: /\bnot (?:yet )?(?:permanent and stationary|P&S|at MMI)\b|\bno (?:P ?& ?S|permanent and stationary|MMI|PR-4) report(?: yet)?\b|\b(?:expects?|expected|anticipates?|anticipated)\b[^.\n]{0,30}?\b(?:MMI|maxim(?:um|al) medical improvement|P ?& ?S|permanent and stationary)\b|has not (?:yet )?reached (?:MMI|maxim(?:um|al) medical improvement)|\bTTD\b[^.\n]{0,40}continues/i, weight: -0.7 },
  ],
  threshold: 0.6,
  roles: {
    report_date: 'report_date',
    document_date: 'document_date',
    service_date: 'service_date',
    received_date: 'received_date',
    exam_date: 'exam_date',
    injury_date: 'injury_date',
    birth_date: 'birth_date',
  },
  yieldsTo: [],
};

// IMR final determination (Lab. Code §4610.6): the UR decision is upheld or overturned. A letter that only
// acknowledges an IMR application, or a UR letter that explains how to ask for IMR, has no outcome: no notice.
import type { Evidence, Outcome } from '../../model';
import { medication, treatment } from '../facts';
import { ADDRESSED, decisiveMatches, PROCESS_ONLY, WORKERS_COMP } from './common';
import type { DetectContext, Detector, OutcomeResult } from './types';

const UPHELD = [
  /\b(?:is|are|has been|have been|was|were|hereby)\s+(?:hereby\s+|therefore\s+|thus\s+|accordingly\s+)?upheld\b/i,
  /(?<![\w-])UPHELD\b/,
  /\b(?:upholds?|upholding|upheld)\s+(?:the\s+)?(?:UR|utilization review|denial|decision|non-?certification|modification|claims administrator)/i,
  /\b(?:determination|decision|result|outcome)\s{0,8}(?::\s{0,8})?(?:upheld|uphold)\b/i,
  /\b(?:se confirma|se mantiene|fue confirmad[oa]|ha sido confirmad[oa])\b|(?<![\p{L}])CONFIRMAD[OA](?![\p{L}])/iu,
];
const OVERTURNED = [
  /\b(?:is|are|has been|have been|was|were|hereby)\s+(?:hereby\s+|therefore\s+|thus\s+|accordingly\s+)?(?:overturned|reversed)\b/i,
  /(?<![\w-])OVERTURNED\b/,
  /\b(?:overturns?|overturning|overturned|reverses?|reversed)\s+(?:the\s+)?(?:UR|utilization review|denial|decision|non-?certification|modification|claims administrator)/i,
  /\b(?:determination|decision|result|outcome)\s{0,8}(?::\s{0,8})?(?:overturned|overturn)\b/i,
  /\b(?:se revoca|fue revocad[oa]|ha sido revocad[oa])\b|(?<![\p{L}])REVOCAD[OA](?![\p{L}])/iu,
];

export function imrOutcome(ctx: DetectContext): OutcomeResult {
  const find = (res: RegExp[]) => res.flatMap((re) => decisiveMatches(ctx.text, re, 'outcome'));
  const upheld = find(UPHELD);
  const overturned = find(OVERTURNED);
  // Some items upheld and some overturned: the worker can still appeal the upheld items.
  const [outcome, hits]: [Outcome | null, Evidence[]] = upheld.length ? ['upheld', upheld] : overturned.length ? ['overturned', overturned] : [null, []];
  return { outcome, evidence: hits.sort((a, b) => a.start - b.start).slice(0, 3) };
}

const CASE = /\b(?:IMR )?case[ \t]{0,4}(?:number|no\.?|#)\s{0,8}(?::\s{0,8})?([A-Z]{0,3}\d{2}-?\d{3,9}[A-Z0-9-]*)|\bn[uú]mero de caso(?: IMR)?\s{0,8}(?::\s{0,8})?([A-Z]{0,3}\d{2}-?\d{3,9}[A-Z0-9-]*)/i;

export const imrDetermination: Detector = {
  kind: 'imr_determination',
  fixtures: ['imr-upheld-maximus.pdf', 'imr-overturned.pdf', 'imr-upheld-medication.txt', 'imr-final-es.html'],
  requires: [/independent medical review|\bIMR\b|revisi[oó]n m[eé]dica independiente/i, WORKERS_COMP],
  signals: [
    { id: 'final-determination', re: /final determination|determinaci[oó]n final/i, weight: 0.4 },
    { id: 'imr', re: /independent medical review|revisi[oó]n m[eé]dica independiente/i, weight: 0.25 },
    { id: 'imro', re: /\bMaximus\b|IMR organization|independent review organization|\bIMRO\b|organizaci[oó]n de revisi[oó]n/i, weight: 0.15 },
    { id: 'case-number', re: CASE, weight: 0.15 },
    { id: 'appeal', re: /appeal (?:this|the) (?:IMR )?determination|petition appealing|Administrative Director|apelar/i, weight: 0.05 },
    ADDRESSED,
    ...PROCESS_ONLY,
  ],
  threshold: 0.6,
  roles: {
    decision_date: 'decision_date',
    document_date: 'document_date',
    service_date: 'service_date',
    received_date: 'received_date',
    imr_requested_date: 'imr_requested_date',
    injury_date: 'injury_date',
    birth_date: 'birth_date',
  },
  outcome: imrOutcome,
  facts(ctx) {
    const items = treatment(ctx.text);
    const m = CASE.exec(ctx.text);
    const evidence: Evidence[] = [...items.evidence];
    const caseNo = m?.[1] ?? m?.[2];
    if (m && caseNo) {
      const start = m.index + m[0].lastIndexOf(caseNo);
      evidence.push({ fact: 'imrCaseNumber', start, end: start + caseNo.length, text: caseNo });
    }
    return {
      facts: {
        ...(items.value.length ? { treatment: items.value } : {}),
        ...(caseNo ? { imrCaseNumber: caseNo } : {}),
        medication: medication(items.value, ctx.text),
      },
      evidence,
    };
  },
};

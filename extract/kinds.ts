// The notice kinds the extractor reads, the date roles each one can hold, its outcomes, and the order its dates must
// keep (a letter is not written before the events it refers to). Data for extract/detect.ts and scripts/fit.ts.
import type { DateRole, NoticeKind, Outcome } from '../model';
import type { ActCue, LabelClass } from './wordings';

export const DETECTED_KINDS = ['ur_decision', 'imr_determination', 'qme_panel', 'mmi_report', 'mpn_second_opinion'] as const satisfies readonly NoticeKind[];
export type DetectedKind = (typeof DETECTED_KINDS)[number];

/** Roles the role model scores; 'quoted' is a date from another document (never this notice's). */
export const MODEL_ROLES = [
  'document_date', 'decision_date', 'service_date', 'panel_assigned_date', 'exam_date', 'report_date', 'received_date',
  'rfa_received_date', 'imr_requested_date', 'injury_date', 'birth_date',
] as const satisfies readonly DateRole[];
export type ModelRole = (typeof MODEL_ROLES)[number];

const COMMON: ModelRole[] = ['document_date', 'service_date', 'received_date', 'injury_date', 'birth_date'];

/** The roles a notice of each kind can hold. */
export const KIND_ROLES: Record<DetectedKind, readonly ModelRole[]> = {
  ur_decision: [...COMMON, 'decision_date', 'rfa_received_date'],
  imr_determination: [...COMMON, 'decision_date', 'imr_requested_date'],
  qme_panel: [...COMMON, 'panel_assigned_date'],
  mmi_report: [...COMMON, 'report_date', 'exam_date'],
  mpn_second_opinion: COMMON,
};

const COMMON_LABELS: Partial<Record<LabelClass, ModelRole>> = {
  document_date: 'document_date', service_date: 'service_date', received_date: 'received_date', injury_date: 'injury_date', birth_date: 'birth_date',
};

/**
 * What a label means in each kind of notice: "Date of UR decision" is the decision in a UR letter and a date quoted
 * from another document in an IMR determination. A feature of the role model (extract/features.ts withKind).
 */
export const KIND_LABELS: Record<DetectedKind, Partial<Record<LabelClass, ModelRole | 'quoted'>>> = {
  ur_decision: { ...COMMON_LABELS, ur_decision_date: 'decision_date', decision_date: 'decision_date', rfa_received_date: 'rfa_received_date' },
  imr_determination: { ...COMMON_LABELS, decision_date: 'decision_date', imr_requested_date: 'imr_requested_date', ur_decision_date: 'quoted', rfa_received_date: 'quoted' },
  qme_panel: { ...COMMON_LABELS, panel_assigned_date: 'panel_assigned_date' },
  // a report's own "Date:" is the report's date (a cover letter's date is told apart by where it is)
  mmi_report: { ...COMMON_LABELS, document_date: 'report_date', report_date: 'report_date', exam_date: 'exam_date' },
  mpn_second_opinion: { ...COMMON_LABELS },
};

/**
 * The role the act of a date's sentence names, per kind ("the Medical Unit assigned the panel on <date>"): like a
 * label, it gives the shared date model a "this act names this role" feature learned across every act and role.
 */
const COMMON_ACTS: Partial<Record<ActCue, ModelRole>> = { served_after: 'service_date', served_verb: 'service_date', received_verb: 'received_date' };
export const KIND_ACTS: Record<DetectedKind, Partial<Record<ActCue, ModelRole>>> = {
  ur_decision: { ...COMMON_ACTS, decided_after: 'decision_date', received_verb: 'rfa_received_date' },
  imr_determination: { ...COMMON_ACTS, decided_after: 'decision_date' },
  qme_panel: { ...COMMON_ACTS, assigned_verb: 'panel_assigned_date', assigned_after: 'panel_assigned_date' },
  mmi_report: { ...COMMON_ACTS, examined_verb: 'exam_date', signed_verb: 'report_date' },
  mpn_second_opinion: { ...COMMON_ACTS },
};

/** Outcomes, for the kinds that have one; the first is what a mixed letter counts as when nothing else is clear. */
export const KIND_OUTCOMES: Partial<Record<DetectedKind, readonly Outcome[]>> = {
  ur_decision: ['denied', 'modified', 'delayed', 'approved'],
  imr_determination: ['upheld', 'overturned'],
};

/**
 * Dates a notice holds in calendar order: [earlier, later] means the later role's date is never before the earlier's
 * (an IMR determination is decided after the application, a letter is sent on or after its decision).
 */
export const DATE_ORDER: readonly [ModelRole, ModelRole][] = [
  ['rfa_received_date', 'decision_date'],
  ['imr_requested_date', 'decision_date'],
  ['decision_date', 'service_date'],
  ['exam_date', 'report_date'],
  ['report_date', 'service_date'],
  ['report_date', 'received_date'],
  ['panel_assigned_date', 'service_date'],
  ['panel_assigned_date', 'document_date'],
  ['injury_date', 'document_date'],
  ['injury_date', 'decision_date'],
  ['injury_date', 'service_date'],
  ['injury_date', 'panel_assigned_date'],
  ['injury_date', 'report_date'],
];

/**
 * What a document must state (outside "if …" / "you may …" clauses) before a kind is weighed at all, and what rules
 * it out: a few facts of the law, not fitted (a QME panel has a panel number or its evaluators; an MPN second-opinion
 * notice says one was asked for or lists the doctors; a QME's own report is not the panel). Each inner list is
 * any-of, as document features (extract/features.ts documentFeatures): `s:` stated, `n:` three or more times.
 */
/** A feature that rules a kind out, unless one of `unless` is there too. */
type Veto = string | { has: string; unless: readonly string[] };

export const KIND_GATES: Record<DetectedKind, { all: readonly (readonly string[])[]; none?: readonly Veto[] }> = {
  ur_decision: { all: [['s:ur.title', 's:ur.words', 's:ur.rfa'], ['s:wc.context']] },
  imr_determination: { all: [['s:imr.words', 's:imr.final'], ['s:wc.context', 's:imr.case', 's:imr.org', 's:ur.title']] },
  qme_panel: { all: [['s:qme.words', 's:qme.panel'], ['s:qme.number', 's:qme.names', 's:qme.panel']], none: ['n:qme.medical-legal'] },
  // a note that only expects MMI later ("no P&S report yet") is not a report, unless it is a P&S report or a PR-4
  mmi_report: { all: [['s:mmi.ps', 's:mmi.mmi', 's:mmi.pr4'], ['s:wc.context', 's:mmi.pr4']], none: [{ has: 's:mmi.not-yet', unless: ['s:mmi.ps', 's:mmi.pr4'] }] },
  mpn_second_opinion: { all: [['s:mpn.words'], ['s:mpn.opinion', 's:mpn.providers']] },
};

/** Whether a document's features pass a kind's gate. */
export function passesGate(kind: DetectedKind, features: readonly string[]): boolean {
  const set = new Set(features);
  const gate = KIND_GATES[kind];
  const vetoed = (v: Veto) => (typeof v === 'string' ? set.has(v) : set.has(v.has) && !v.unless.some((f) => set.has(f)));
  return gate.all.every((any) => any.some((f) => set.has(f))) && !(gate.none ?? []).some(vetoed);
}

/** When both are found, the first kind is dropped (an IMR determination always quotes the UR decision it reviews). */
export const YIELDS_TO: Partial<Record<DetectedKind, readonly DetectedKind[]>> = {
  ur_decision: ['imr_determination'],
  // a panel list names three evaluators, which reads like a provider list; one letter is never both
  mpn_second_opinion: ['qme_panel'],
};

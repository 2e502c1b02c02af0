// The shared vocabulary as plain constants, with no zod: a contract with external tools (../shared/DESIGN.md), keep
// the strings exact. The page scanner imports these (it must stay small); model/vocabulary.ts builds the schemas.

/** Kinds in DESIGN.md, then kinds the wider rule packs need (extra kinds are allowed by the contract). */
export const NOTICE_KINDS = [
  'ur_decision',
  'imr_determination',
  'qme_panel',
  'mmi_report',
  'mpn_second_opinion',
  // Wider California pack
  'rfa', // Request for Authorization (DWC Form RFA): starts the insurer's UR clock
  'qme_form_105', // unrepresented: QME panel request form furnished by the claims administrator
  'objection_letter', // written objection under LC 4061/4062: earliest date to request a represented panel
  'qme_appointment', // QME appointment request / exam: appointment window, report due
  'summary_rating', // DEU summary rating determination (unrepresented)
  'injury_claim', // date of injury facts: TD cap, one-year application limit
  // Other packs
  'health_plan_decision', // California health plan (DMHC) grievance decision
  'health_plan_grievance', // grievance filed with a health plan
  'co_final_admission', // Colorado Final Admission of Liability
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const UR_OUTCOMES = ['denied', 'modified', 'delayed', 'approved'] as const;
export const IMR_OUTCOMES = ['upheld', 'overturned'] as const;
export type Outcome = (typeof UR_OUTCOMES)[number] | (typeof IMR_OUTCOMES)[number];

/** Date roles from DESIGN.md first; the never-trigger roles last. */
export const DATE_ROLES = [
  'document_date',
  'decision_date',
  'service_date', // proof of service / date mailed
  'panel_assigned_date',
  'exam_date',
  'report_date',
  'received_date', // entered by the user, or stated in the document
  // Extra roles used by the wider rule packs
  'rfa_received_date',
  'treatment_recommended_date',
  'imr_requested_date',
  'form_furnished_date',
  'objection_mailed_date',
  'qme_selected_date',
  'appointment_requested_date',
  'last_benefit_date',
  // Never a trigger for a worker's deadline
  'injury_date',
  'birth_date',
] as const;
export type DateRole = (typeof DATE_ROLES)[number];
export const NEVER_TRIGGER_ROLES: readonly DateRole[] = ['injury_date', 'birth_date'];

export const SERVICE_METHODS = ['mail', 'fax', 'email', 'personal'] as const;
/** null means unknown. */
export type ServiceMethod = (typeof SERVICE_METHODS)[number] | null;

/**
 * Why a deadline needs the user to check its date (DESIGN.md `checkReasons`; the UI translates each):
 * - conflicting_dates: the document holds two plausible dates for the trigger;
 * - low_confidence: the reader is not sure of the trigger;
 * - missing_trigger: the trigger is not on the document (the deadline waits for it, or counts from a stand-in);
 * - substitute_trigger: another date stands in for the legal trigger (the service date for a panel's assignment);
 * - ocr: the date was read by text recognition from a scan;
 * - before_referenced_event: the date is earlier than an event the letter refers to as past;
 * - future_date: the date is after today.
 */
export const CHECK_REASONS = [
  'conflicting_dates', 'low_confidence', 'missing_trigger', 'substitute_trigger', 'ocr', 'before_referenced_event', 'future_date',
] as const;
export type CheckReason = (typeof CHECK_REASONS)[number];

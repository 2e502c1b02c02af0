// A notice found in a document (or entered by hand): the input to deadlinesFor() (app/deadlines.ts).
import { z } from 'zod';
import { AddressRegion, CheckReason, DateRole, IsoDate, Language, NoticeKind, Outcome, ServiceMethod } from './vocabulary';

/** Where a fact came from: character offsets into the TextDocument's text (faces map them back to nodes/PDF items). */
export const Evidence = z.object({
  fact: z.string(), // e.g. 'kind', 'outcome', 'date:service_date', 'serviceMethod', 'claimNumber'
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

/** A date the document holds that could be a role's date. */
export const DateCandidate = z.object({
  role: DateRole,
  date: IsoDate,
  confidence: z.number().min(0).max(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** A date in the days before a later role that stands in for this missing one (only counts when it is a rule's legal trigger). */
  standIn: z.boolean().optional(),
  /** The other day/month reading of the notice's own date for the role (a Spanish "10/05/2026"): the same printed date. */
  otherReading: z.boolean().optional(),
});
export type DateCandidate = z.infer<typeof DateCandidate>;

/**
 * Why a date's reading is uncertain, as a code + params the faces translate (dateNotes holds the English text).
 * Codes: two_digit_year {year2, year}, read_day_month {text}, read_day_month_future {text}, read_month_day {text}, ignored_future {today, dates},
 * other_candidates {dates, picked}, future_date, before_referenced_event, ocr. An unknown code is shown generically.
 */
export const DateNoteDetail = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type DateNoteDetail = z.infer<typeof DateNoteDetail>;

export const NoticeFacts = z.object({
  claimNumber: z.string().optional(),
  treatment: z.array(z.string()).optional(), // treatment requested / denied items
  panelNumber: z.string().optional(),
  qmeNames: z.array(z.string()).optional(),
  imrCaseNumber: z.string().optional(),
  specialty: z.string().optional(),
  language: Language.optional(), // language of the document
  legacyPreIMR: z.boolean().optional(), // pre-2013 UR letter: no IMR clock (rules-research ambiguity 15)
  /** Where the party served with an objection is: its mail time sets the earliest panel request (decision 0005). */
  servedPartyRegion: AddressRegion.optional(),
  /** Some of the notice was read by OCR (ocr/uncertain-dates.ts); kept when the user confirms its dates. */
  readByOcr: z.boolean().optional(),
}).catchall(z.unknown());
export type NoticeFacts = z.infer<typeof NoticeFacts>;

export const Notice = z.object({
  kind: NoticeKind,
  outcome: Outcome.nullable(),
  confidence: z.number().min(0).max(1),
  serviceMethod: ServiceMethod,
  expedited: z.boolean(),
  represented: z.boolean().nullable(), // null: the document does not say
  medication: z.boolean(), // the disputed treatment is a medication (formulary IMR variant)
  dates: z.partialRecord(DateRole, IsoDate),
  /** Dates whose reading is uncertain (ambiguous format, OCR, two candidates): role → reason. */
  dateNotes: z.partialRecord(DateRole, z.string()).default({}),
  /** The same notes as codes + params, one per part of the text (translated at the edge: i18n/date-notes.ts). */
  dateNoteDetails: z.partialRecord(DateRole, z.array(DateNoteDetail)).default({}),
  /** How sure the reader is of each date, 0..1 (its fitted probability; 1 for a date the user entered). */
  dateConfidence: z.partialRecord(DateRole, z.number().min(0).max(1)).default({}),
  /** Why a date needs the user's check, from the reading itself (the rules add missing, substitute, future). */
  dateChecks: z.partialRecord(DateRole, z.array(CheckReason)).default({}),
  /**
   * Other dates on the document that could be a role's date, most probable first (the one in `dates` excluded):
   * the "Check this date" choices, each with where it is so the face can point at it. The safe date counts from the
   * earliest plausible one.
   */
  candidates: z.array(DateCandidate).default([]),
  facts: NoticeFacts.default({}),
  evidence: z.array(Evidence).default([]),
});
export type Notice = z.infer<typeof Notice>;
/** What callers may pass: defaults filled by Notice.parse(). */
export type NoticeInput = z.input<typeof Notice>;

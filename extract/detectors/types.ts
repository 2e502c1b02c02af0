// What a detector is: data (signals, date roles, fixtures) plus small functions (outcome, facts).
import type { DateRole, Evidence, NoticeFacts, NoticeKind, Outcome } from '../../model';
import type { LabelClass } from '../labels';
import type { LabeledDate } from '../roles';

/** A phrase that counts for (weight > 0) or against (weight < 0) a kind. Each signal counts once. */
export interface Signal {
  id: string;
  re: RegExp;
  weight: number;
  /** The signal counts only when the pattern matches at least this many times (default 1). */
  min?: number;
}

/** What every detector sees. `text` has history sections blanked (same offsets as the document). */
export interface DetectContext {
  text: string;
  lang: 'en' | 'es';
  dates: LabeledDate[];
  today?: string;
}

export interface OutcomeResult {
  outcome: Outcome | null;
  evidence: Evidence[];
}

export interface Detector {
  kind: NoticeKind;
  /** Fixture files (tests/fixtures/docs) that hold this kind: the corpus test checks each one is detected. */
  fixtures: readonly string[];
  signals: readonly Signal[];
  /** At least one must match, or the kind is not considered at all (e.g. a workers' comp context). */
  requires: readonly RegExp[];
  /** Minimum score (sum of weights) to report a notice. */
  threshold: number;
  /** Label classes this kind reads, and the notice date role each one becomes. */
  roles: Partial<Record<LabelClass, DateRole>>;
  /** When one of these kinds is also found, this one is dropped (an IMR determination quotes the UR denial). */
  yieldsTo?: readonly NoticeKind[];
  /** The outcome; a kind with an outcome function and no outcome found reports nothing. */
  outcome?: (ctx: DetectContext) => OutcomeResult;
  facts?: (ctx: DetectContext) => { facts: Partial<NoticeFacts>; evidence: Evidence[] };
}

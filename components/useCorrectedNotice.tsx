// Holds the user's corrections of a notice and recomputes its deadlines at once, through app/'s deadlinesFor().
import { useMemo, useState } from 'preact/hooks';
import type { DateRole, Deadline, Notice } from '../model';
import { applyCorrections, mergeCorrections, type NoticeCorrection } from '../app/corrections';
import { deadlinesFor, missingDeadlines, rolesNeeded, type DeadlineContext } from '../app/deadlines';

export interface CorrectedNotice {
  notice: Notice;
  deadlines: Deadline[];
  /** The dates a deadline still waits for ("needs a date"). */
  missing: DateRole[];
  corrections: NoticeCorrection;
  correct: (patch: NoticeCorrection) => void;
}

/** `ctx` must keep its identity between renders (useMemo it) or the deadlines are recomputed each time. */
export function useCorrectedNotice(
  detected: Notice,
  opts: { ctx: DeadlineContext; initial?: NoticeCorrection; onChange?: (c: NoticeCorrection) => void },
): CorrectedNotice {
  const [corrections, setCorrections] = useState<NoticeCorrection>(opts.initial ?? {});
  const notice = useMemo(() => applyCorrections(detected, corrections), [detected, corrections]);
  const deadlines = useMemo(() => deadlinesFor(notice, opts.ctx), [notice, opts.ctx]);
  const missing = useMemo(() => rolesNeeded(missingDeadlines(notice, opts.ctx)), [notice, opts.ctx]);
  const correct = (patch: NoticeCorrection) => {
    const next = mergeCorrections(corrections, patch);
    setCorrections(next);
    opts.onChange?.(next);
  };
  return { notice, deadlines, missing, corrections, correct };
}

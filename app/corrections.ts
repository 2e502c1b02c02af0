// User corrections of a detected notice: a patch over the notice that the card recomputes from at once.
import type { Notice } from '../model';
import type { TrackedNotice } from '../storage/types';

export type NoticeCorrection = TrackedNotice['corrections'];

/** Merges two correction patches; dates merge by role (a later date for a role wins). */
export function mergeCorrections(a: NoticeCorrection, b: NoticeCorrection): NoticeCorrection {
  const out: NoticeCorrection = { ...a, ...b };
  if (a.dates || b.dates) out.dates = { ...a.dates, ...b.dates };
  return out;
}

/** The notice as corrected by the user. */
export function applyCorrections(notice: Notice, corrections: NoticeCorrection = {}): Notice {
  const out: Notice = { ...notice, ...corrections };
  if (corrections.dates) {
    out.dates = { ...notice.dates, ...corrections.dates };
    const notes = { ...notice.dateNotes };
    const roles = Object.keys(corrections.dates) as (keyof typeof notes)[];
    for (const role of roles) delete notes[role];
    out.dateNotes = notes; // a date the user entered or confirmed is no longer uncertain
    const details = { ...notice.dateNoteDetails };
    for (const role of roles) delete details[role];
    out.dateNoteDetails = details;
    const checks = { ...notice.dateChecks };
    const confidence = { ...notice.dateConfidence };
    for (const role of roles) {
      delete checks[role];
      confidence[role] = 1;
    }
    out.dateChecks = checks;
    out.dateConfidence = confidence;
    out.candidates = notice.candidates.filter((c) => !roles.includes(c.role));
  }
  return out;
}

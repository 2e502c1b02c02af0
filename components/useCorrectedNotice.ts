// Holds the user's corrections of a notice and recomputes its deadlines at once.
import { useMemo, useState } from 'preact/hooks';
import { DEFAULT_PROFILE, type Deadline, type Notice, type Profile } from '../model';
import { computeDeadlines, defaultRuleset, type Ruleset } from '../rules';
import { applyCorrections, mergeCorrections, type NoticeCorrection } from './corrections';

export interface CorrectedNotice {
  notice: Notice;
  deadlines: Deadline[];
  corrections: NoticeCorrection;
  correct: (patch: NoticeCorrection) => void;
}

export function useCorrectedNotice(
  detected: Notice,
  opts: { profile?: Profile; ruleset?: Ruleset; today: string; initial?: NoticeCorrection; onChange?: (c: NoticeCorrection) => void },
): CorrectedNotice {
  const [corrections, setCorrections] = useState<NoticeCorrection>(opts.initial ?? {});
  const profile = opts.profile ?? DEFAULT_PROFILE;
  const ruleset = useMemo(() => opts.ruleset ?? defaultRuleset(), [opts.ruleset]);
  const notice = useMemo(() => applyCorrections(detected, corrections), [detected, corrections]);
  const deadlines = useMemo(() => computeDeadlines(notice, profile, ruleset, opts.today), [notice, profile, ruleset, opts.today]);
  const correct = (patch: NoticeCorrection) => {
    const next = mergeCorrections(corrections, patch);
    setCorrections(next);
    opts.onChange?.(next);
  };
  return { notice, deadlines, corrections, correct };
}

// One detected notice beside the PDF: the shared NoticeCard, with corrections that recompute its deadlines at once
// and are stored for the tracked notice (the same 'correct-notice' the in-page banner sends); a check choice that is
// hovered or focused points at its date on the PDF.
import type { UserContext } from '../app/context';
import type { DateChoice } from '../app/choices';
import type { NoticeCorrection } from '../app/corrections';
import { NoticeCard } from '../components/NoticeCard';
import { useCorrectedNotice } from '../components/useCorrectedNotice';
import type { Notice } from '../model';

export interface ViewerNoticeProps {
  notice: Notice;
  /** The user's settings, rule packs and today (the same context as the popup's, so the same dates). */
  ctx: UserContext;
  id: string;
  /** Stores a correction of the detected notice (the card has already recomputed). */
  onCorrect?: (detected: Notice, patch: NoticeCorrection) => void;
  /** Points at a check choice's date on the PDF (null: no longer). */
  onPreview?: (choice: DateChoice | null) => void;
  /** The dates the user confirmed for this notice before (stored): the card starts from them. */
  initial?: NoticeCorrection;
}

export function ViewerNotice({ notice, ctx, id, onCorrect, onPreview, initial }: ViewerNoticeProps) {
  const corrected = useCorrectedNotice(notice, { ctx, initial });
  return (
    <NoticeCard
      id={id}
      notice={corrected.notice}
      deadlines={corrected.deadlines}
      missing={corrected.missing}
      lang={ctx.language}
      ruleset={ctx.ruleset}
      countdown={ctx.settings.countdown}
      onPreviewChoice={onPreview}
      onCorrect={(patch) => {
        corrected.correct(patch);
        onPreview?.(null);
        onCorrect?.(notice, patch);
      }}
    />
  );
}

// One detected notice beside the PDF: the shared NoticeCard, with corrections that recompute its deadlines.
import type { UserContext } from '../app/context';
import { NoticeCard } from '../components/NoticeCard';
import { useCorrectedNotice } from '../components/useCorrectedNotice';
import type { Notice } from '../model';

export interface ViewerNoticeProps {
  notice: Notice;
  /** The user's settings, rule packs and today (the same context as the popup's, so the same dates). */
  ctx: UserContext;
  id: string;
}

export function ViewerNotice({ notice, ctx, id }: ViewerNoticeProps) {
  const corrected = useCorrectedNotice(notice, { ctx });
  return (
    <NoticeCard
      id={id}
      notice={corrected.notice}
      deadlines={corrected.deadlines}
      lang={ctx.language}
      ruleset={ctx.ruleset}
      countdown={ctx.settings.countdown}
      onCorrect={corrected.correct}
    />
  );
}

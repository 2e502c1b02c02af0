// One detected notice beside the PDF: the shared NoticeCard, with corrections that recompute its deadlines.
import { NoticeCard } from '../components/NoticeCard';
import { useCorrectedNotice } from '../components/useCorrectedNotice';
import type { Language, Notice, Profile } from '../model';

export interface ViewerNoticeProps {
  notice: Notice;
  lang: Language;
  profile: Profile;
  today: string;
  countdown?: 'safe' | 'latest';
  id: string;
}

export function ViewerNotice({ notice, lang, profile, today, countdown, id }: ViewerNoticeProps) {
  const corrected = useCorrectedNotice(notice, { profile, today });
  return (
    <NoticeCard
      id={id}
      notice={corrected.notice}
      deadlines={corrected.deadlines}
      lang={lang}
      countdown={countdown}
      onCorrect={corrected.correct}
    />
  );
}

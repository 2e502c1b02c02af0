// The dates the user already confirmed for the notices found at `url` (a reopened PDF, a popup opened again), so
// their cards start from them and do not ask again. One hook for the viewer and the popup's This page.
import { useEffect, useState } from 'preact/hooks';
import type { Notice } from '../model';
import type { NoticeCorrection } from '../app/corrections';

export type LoadStoredCorrections = (url: string, notices: Notice[]) => Promise<(NoticeCorrection | null)[]>;

/** The stored corrections, one per notice of exactly this `notices` list, or null (none stored, or not loaded yet). */
export function useStoredCorrections(url: string | null, notices: Notice[], load?: LoadStoredCorrections): (NoticeCorrection | null)[] | null {
  const [stored, setStored] = useState<{ notices: Notice[]; corrections: (NoticeCorrection | null)[] } | null>(null);
  useEffect(() => {
    if (!url || !notices.length || !load) return;
    void load(url, notices).then((corrections) => {
      if (corrections.some((c) => c)) setStored({ notices, corrections });
    }, () => {});
  }, [url, notices]);
  return stored?.notices === notices ? stored.corrections : null;
}

// Settings, ruleset and tracked notices for the popup, kept live through the store's watchers.
import { useEffect, useState } from 'preact/hooks';
import type { Ruleset } from '../rules';
import type { Settings, TrackedNotice } from '../storage/types';
import type { UiStore } from '../app/store';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

export interface PopupData {
  settings: Settings;
  ruleset: Ruleset;
  tracked: TrackedNotice[];
}

/** [data, retry (reload everything), refreshTracked (re-read the tracked list without a loading state)]. */
export function usePopupData(store: UiStore): [Loaded<PopupData>, () => void, () => Promise<void>] {
  const [data, setData] = useState<Loaded<PopupData>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let alive = true;
    setData({ state: 'loading' });
    Promise.all([store.getSettings(), store.getRuleset(), store.listTracked()])
      .then(([settings, ruleset, tracked]) => alive && setData({ state: 'ready', value: { settings, ruleset, tracked } }))
      .catch((err: unknown) => alive && setData({ state: 'error', message: err instanceof Error ? err.message : String(err) }));
    const offSettings = store.watchSettings((settings) =>
      setData((d) => (d.state === 'ready' ? { state: 'ready', value: { ...d.value, settings } } : d)));
    const offTracked = store.watchTracked((tracked) =>
      setData((d) => (d.state === 'ready' ? { state: 'ready', value: { ...d.value, tracked } } : d)));
    return () => {
      alive = false;
      offSettings();
      offTracked();
    };
  }, [store, attempt]);
  const refreshTracked = () => store.listTracked().then(
    (tracked) => setData((d) => (d.state === 'ready' ? { state: 'ready', value: { ...d.value, tracked } } : d)),
    (err: unknown) => console.error('ClaimClock: could not re-read tracked notices', err),
  );
  return [data, () => setAttempt((n) => n + 1), refreshTracked];
}

// A ticking "now" for countdowns. `now` is injectable so tests fake time.
import { useEffect, useState } from 'preact/hooks';

export type Now = () => Date;
export const systemNow: Now = () => new Date();

/** Re-renders every `intervalMs` with a fresh now(). */
export function useNow(now: Now = systemNow, intervalMs = 60_000): Date {
  const [value, setValue] = useState(() => now());
  useEffect(() => {
    setValue(now());
    const id = setInterval(() => setValue(now()), intervalMs);
    return () => clearInterval(id);
  }, [now, intervalMs]);
  return value;
}

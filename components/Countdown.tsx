// A live countdown to a calendar day: "12 days left", "Due today · 5 h 20 min left today", "Passed 3 days ago".
import type { Language } from '../model';
import { daysBetween, localToday } from '../rules';
import { countdownText as dayCountdown, deadlineCountdownText, t } from '../i18n';
import { systemNow, useNow, type Now } from './time';

export interface CountdownProps {
  /** The day counted down to (YYYY-MM-DD, local calendar day). */
  date: string;
  /** The latest date the law may allow, when the countdown runs to the safe date: past the safe date but not this one, it says "Act today". */
  latest?: string;
  lang: Language;
  now?: Now;
  intervalMs?: number;
  class?: string;
}

export type Urgency = 'past' | 'today' | 'soon' | 'later';

export function urgencyOf(days: number): Urgency {
  if (days < 0) return 'past';
  if (days === 0) return 'today';
  return days <= 7 ? 'soon' : 'later';
}

/** The countdown text for `days` calendar days left, and hours left today when it is due today. */
export function countdownText(days: number, lang: Language, at?: Date): string {
  if (days !== 0 || !at) return dayCountdown(days, lang);
  const end = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1);
  const minutes = Math.max(0, Math.floor((end.getTime() - at.getTime()) / 60_000));
  return `${dayCountdown(0, lang)} · ${t('countdown.hours_left', lang, { h: Math.floor(minutes / 60), m: minutes % 60 })}`;
}

export function Countdown({ date, latest, lang, now = systemNow, intervalMs = 60_000, class: cls }: CountdownProps) {
  const at = useNow(now, intervalMs);
  const today = localToday(at);
  const days = daysBetween(today, date);
  const toLatest = latest ? daysBetween(today, latest) : days;
  const urgency = days < 0 && toLatest >= 0 ? 'today' : urgencyOf(days);
  return (
    <p class={`cc-countdown cc-${urgency}${cls ? ` ${cls}` : ''}`} aria-live="polite" aria-atomic="true" data-days={days}>
      {days < 0 && latest ? deadlineCountdownText(days, toLatest, lang) : countdownText(days, lang, at)}
    </p>
  );
}

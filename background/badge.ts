// The toolbar badge: days left to the nearest open deadline (the safe date, or the latest date if the user chose it).
import { browser } from 'wxt/browser';
import { daysBetween } from '../rules';
import { deadlineCountdownText, t } from '../i18n';
import type { Language } from '../model';
import type { DeadlineRow } from '../app/tracked';
import type { Settings } from '../storage/types';
import { countdownDate } from '../app/tracked';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS = { urgent: '#B3261E', soon: '#8A5300', later: '#2F5D8A' } as const;

/** Pure: rows are open deadlines, soonest first (background/deadlines.ts). */
export function badgeFor(rows: DeadlineRow[], mode: Settings['countdown'], today: string, lang: Language = 'en'): Badge {
  const next = rows[0];
  if (!next) return { text: '', color: BADGE_COLORS.later, title: 'ClaimClock' };
  const days = daysBetween(today, countdownDate(next, mode));
  // an unconfirmed date shows as "12?" until the user checks it (issue 11)
  const text = days > 99 ? '99+' : `${days}${next.deadline.needsCheck ? '?' : ''}`;
  const color = days <= 3 ? BADGE_COLORS.urgent : days <= 7 ? BADGE_COLORS.soon : BADGE_COLORS.later;
  const check = next.deadline.needsCheck ? ` · ${t('check.title', lang)}` : '';
  return { text, color, title: `ClaimClock: ${next.deadline.title[lang]}${next.claim ? ` (${next.claim})` : ''}: ${deadlineCountdownText(days, daysBetween(today, next.deadline.latest), lang)}${check}` };
}

export async function showBadge(badge: Badge): Promise<void> {
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title: badge.title });
}

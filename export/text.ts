// The words of a calendar event for one deadline, in English or Spanish: summary (pathway + claim), the plain
// description (explanation, safe and latest dates, steps, citation) and the reminder text. Shared by the .ics file
// and the Google / Outlook links so every calendar shows the same thing.
import type { CalendarItem } from '../app/calendar';
import { deadlineCountdownText, formatDate, t } from '../i18n';
import { daysBetween } from '../rules/calendar/dates';
import { findRule } from '../rules/compute';
import { defaultRuleset } from '../rules/packs';
import { addCalendarDays } from '../rules/calendar';
import { checkLines } from '../i18n/checks';
import { translateAssumptions, translateStep } from '../i18n/steps';
import type { Language } from '../model';

/** "Ask for Independent Medical Review (IMR) — Claim SMC-0448217" (no claim part when the notice has none). */
export function eventSummary(item: CalendarItem, lang: Language): string {
  const title = item.deadline.title[lang];
  const claim = item.notice.facts.claimNumber;
  return claim ? `${title} — ${t('card.claim', lang, { claim })}` : title;
}

/** The rule's "what to do" text: from the deadline, or (for one stored before it carried it) the bundled rule. */
export function actionText(item: CalendarItem, lang: Language): string | undefined {
  const action = item.deadline.action ?? findRule(defaultRuleset(), item.deadline.rule)?.action;
  return action?.[lang];
}

/** Multi-line plain text: what to do, the safe date, the latest date the law may allow, the steps, the citation. */
export function eventDescription(item: CalendarItem, lang: Language): string {
  const { deadline: d, notice } = item;
  const claim = notice.facts.claimNumber;
  const check = checkLines(d, lang);
  // a date that needs a check says so first: the event may be on the wrong day
  const lines: string[] = check.length ? [`${t('check.title', lang)}: ${t('check.unconfirmed', lang)}`, ...check.map((l) => `- ${l}`), ''] : [];
  lines.push(d.explanation[lang], '');
  lines.push(`${t('countdown.safe_by', lang, { date: formatDate(d.due, lang, 'long') })}.`);
  if (d.latest !== d.due) lines.push(`${t('countdown.latest_label', lang)}: ${formatDate(d.latest, lang, 'long')}`);
  if (claim) lines.push(t('card.claim', lang, { claim }));
  // what to do (which form, where to send it, keep proof) right after the dates: the reminder is what the worker acts on
  const action = actionText(item, lang);
  if (action) lines.push('', `${t('card.what_to_do', lang)}: ${action}`);
  if (d.needsConfirmation) lines.push('', t('card.needs_confirmation', lang));
  lines.push('', `${t('card.citation', lang)}: ${d.citation}`);
  if (d.source) lines.push(`${t('card.source', lang)}: ${d.source}`);
  lines.push('', t('app.disclaimer', lang));
  // the steps and assumptions last: the calendar links shorten the text from the end
  lines.push('', `${t('card.steps', lang)}:`);
  const steps = d.stepDetails.length ? d.stepDetails.map((s) => translateStep(s, lang)) : d.steps;
  for (const step of steps) lines.push(`- ${step}`);
  // What the date rests on (the rules include uncertain readings of the start dates), as the card shows them.
  const assumptions = translateAssumptions(d, lang);
  if (assumptions.length) {
    lines.push('', `${t('card.assumptions', lang)}:`);
    for (const a of assumptions) lines.push(`- ${a}`);
  }
  return lines.join('\n');
}

/** Reminder text for `leadDays` before the safe date, with what to do: "Ask for IMR: 3 days left. Sign the IMR form…". */
export function reminderText(item: CalendarItem, lang: Language, leadDays: number): string {
  const d = item.deadline;
  const check = d.needsCheck ? ` (${t('check.title', lang)})` : '';
  const countdown = deadlineCountdownText(leadDays, leadDays + daysBetween(d.due, d.latest), lang);
  const action = actionText(item, lang);
  return `${d.title[lang]}: ${countdown}${check}${action ? `. ${action}` : ''}`;
}

/** The day after an ISO date (all-day events end, exclusively, on the next day). */
export const nextDay = (iso: string): string => addCalendarDays(iso, 1);

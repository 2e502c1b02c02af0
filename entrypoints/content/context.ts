// The user's settings and rule pack as the content script needs them for countdowns.
import { DEFAULT_SETTINGS, type Settings } from '../../storage/types';
import { computeDeadlines, defaultRuleset } from '../../rules';
import type { Deadline, Notice } from '../../model';
import { resolveLanguage } from '../../i18n';

export interface CountdownContext {
  countdown: { mode: 'safe' | 'latest'; language: 'en' | 'es' };
  deadlinesFor(notice: Notice): Deadline[];
}

export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export async function loadCountdownContext(): Promise<CountdownContext> {
  const settings: Settings = DEFAULT_SETTINGS;
  const ruleset = defaultRuleset();
  const language = resolveLanguage(settings.language, navigator.language);
  return {
    countdown: { mode: settings.countdown, language },
    deadlinesFor: (notice) => computeDeadlines(notice, settings.profile, ruleset, localToday()),
  };
}

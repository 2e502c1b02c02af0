// UI strings in English and Spanish, chosen by the user's setting, not the browser's locale.
// Why not @wxt-dev/i18n / browser.i18n: those always follow the browser's UI language, and a worker must be able to
// pick Spanish in an English browser (or the reverse). Plain typed TS objects work the same in the popup, options,
// viewer, the shadow-root banner, Node tests and the CLI, with a compile-time check that both languages have every key.
import type { Language } from '../model';
import { en, type MessageKey } from './messages/en';
import { es } from './messages/es';

export type { MessageKey };
export type LanguageSetting = Language | 'auto';
export type Params = Record<string, string | number>;

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, es };

/** The message for `key` in `lang`, with {placeholders} filled from params (unknown placeholders are left as is). */
export function t(key: MessageKey, lang: Language, params?: Params): string {
  const template = MESSAGES[lang][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The UI language: the user's choice, or for 'auto' the browser's language when it is Spanish, else English. */
export function resolveLanguage(setting: LanguageSetting, browserLang?: string): Language {
  if (setting === 'en' || setting === 'es') return setting;
  return browserLang?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Is `key` a known message key (for keys built at run time, e.g. 'kind.' + notice.kind). */
export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** t() for a key built at run time; falls back to `fallback` when the key does not exist. */
export function tDynamic(key: string, lang: Language, fallback: string, params?: Params): string {
  return hasKey(key) ? t(key, lang, params) : fallback;
}

export { formatDate, localeFor } from './format';
import { localeFor } from './format';

/** t() for a count: the `${key}.one` form when the language's plural rule says "one" ("1 notice", "1 aviso"). */
export function tCount(key: MessageKey, n: number, lang: Language, params: Params = {}): string {
  const one = `${key}.one`;
  const useOne = new Intl.PluralRules(localeFor(lang)).select(n) === 'one' && hasKey(one);
  return t(useOne ? one : key, lang, { ...params, n, count: n });
}

/** "12 days left", "1 day left", "Due today", "Passed 1 day ago", "Passed 3 days ago" for `days` calendar days left. */
export function countdownText(days: number, lang: Language): string {
  if (days > 1) return t('countdown.days_left', lang, { n: days });
  if (days === 1) return t('countdown.one_day_left', lang);
  if (days === 0) return t('countdown.due_today', lang);
  return days === -1 ? t('countdown.one_day_ago', lang) : t('countdown.days_ago', lang, { n: -days });
}

/**
 * The big countdown text for a deadline, counting down to the safe date (`daysToDue`) with the latest date the law
 * may allow in view (`daysToLatest`). Once the safe date has passed but the latest has not, it never says "Passed N
 * days ago" (a worker may give up while the law may still allow filing): it says "Act today".
 */
export function deadlineCountdownText(daysToDue: number, daysToLatest: number, lang: Language): string {
  if (daysToDue >= 0) return countdownText(daysToDue, lang);
  if (daysToLatest >= 0) return t('countdown.safe_passed', lang);
  return daysToLatest === -1 ? t('countdown.latest_passed_one', lang) : t('countdown.latest_passed', lang, { n: -daysToLatest });
}

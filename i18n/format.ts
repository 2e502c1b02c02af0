// Dates in the user's language. ISO dates are calendar days: format them in UTC so no time zone shifts the day.
import type { Language } from '../model';

export const localeFor = (lang: Language): string => (lang === 'es' ? 'es-US' : 'en-US');

/**
 * 'Wed, Apr 8, 2026' / '8 de abril de 2026' (short), 'Wednesday, April 8, 2026' / 'miércoles, 8 de abril de 2026'
 * (long). Spanish has no abbreviated short form: "mar" could be martes or marzo. Invalid input is returned unchanged.
 */
export function formatDate(iso: string, lang: Language, style: 'short' | 'long' = 'short'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const opts: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : lang === 'es'
        ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
        : { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeFor(lang), opts).format(date);
}

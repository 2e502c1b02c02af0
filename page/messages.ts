// Strings only the in-page banner uses, in both languages (shared wording comes from i18n/).
import type { Language } from '../model';

export const BANNER_MESSAGES = {
  en: {
    region: 'ClaimClock deadlines on this page',
    hide: 'Hide',
    show: 'Show',
    dismiss: 'Dismiss ClaimClock banner',
    highlighted: 'Highlighted on this page:',
    more: 'Open the ClaimClock button for the steps.',
    noDeadline: 'No deadline for you starts from this notice.',
    highlightedList: 'Highlighted on this page',
    safeAndLatest: 'Act by {due}, this day included · latest date the law may allow: {latest}',
    dueOn: 'Act by {due}, this day included',
  },
  es: {
    region: 'Plazos de ClaimClock en esta página',
    hide: 'Ocultar',
    show: 'Mostrar',
    dismiss: 'Cerrar el aviso de ClaimClock',
    highlighted: 'Resaltado en esta página:',
    more: 'Abra el botón de ClaimClock para ver los pasos.',
    noDeadline: 'Este aviso no inicia ningún plazo para usted.',
    highlightedList: 'Resaltado en esta página',
    safeAndLatest: 'Actúe a más tardar el {due} · última fecha que la ley podría permitir: el {latest}',
    dueOn: 'Actúe a más tardar el {due}',
  },
} satisfies Record<Language, Record<string, string>>;

export type BannerStrings = (typeof BANNER_MESSAGES)['en'];

export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => params[k] ?? whole);
}

import { describe, expect, it } from 'vitest';
import { MESSAGES, resolveLanguage, t, tDynamic, formatDate } from '../../../i18n';
import { translateStep } from '../../../i18n/steps';
import { computeDeadlines, defaultRuleset } from '../../../rules';
import { DATE_ROLES, NOTICE_KINDS, Outcome, SERVICE_METHODS } from '../../../model';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has every key in both English and Spanish, none empty', () => {
    const enKeys = Object.keys(MESSAGES.en).sort();
    expect(Object.keys(MESSAGES.es).sort()).toEqual(enKeys);
    for (const key of enKeys) {
      expect(MESSAGES.en[key as keyof typeof MESSAGES.en].trim(), key).not.toBe('');
      expect(MESSAGES.es[key as keyof typeof MESSAGES.es].trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      expect(placeholders(MESSAGES.es[key]), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it('names every notice kind, outcome, date role and service method in both languages', () => {
    const keys = [
      ...NOTICE_KINDS.map((k) => `kind.${k}`),
      ...Outcome.options.map((o) => `outcome.${o}`),
      ...DATE_ROLES.map((r) => `role.${r}`),
      ...SERVICE_METHODS.map((m) => `service.${m}`),
    ];
    for (const key of keys) {
      expect(tDynamic(key, 'en', 'MISSING'), key).not.toBe('MISSING');
      expect(tDynamic(key, 'es', 'MISSING'), key).not.toBe('MISSING');
    }
  });

  it('leaves most Spanish strings different from English (a copy-paste guard)', () => {
    const keys = Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[];
    const same = keys.filter((k) => MESSAGES.es[k] === MESSAGES.en[k]);
    expect(same.length / keys.length).toBeLessThan(0.1);
  });
});

describe('t()', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('countdown.days_left', 'en', { n: 12 })).toBe('12 days left');
    expect(t('countdown.days_left', 'es', { n: 12 })).toBe('Quedan 12 días');
    expect(t('countdown.days_left', 'en')).toBe('{n} days left');
  });
});

describe('resolveLanguage()', () => {
  it('keeps an explicit choice whatever the browser says', () => {
    expect(resolveLanguage('es', 'en-US')).toBe('es');
    expect(resolveLanguage('en', 'es-MX')).toBe('en');
  });
  it('follows a Spanish browser on auto and falls back to English', () => {
    expect(resolveLanguage('auto', 'es-MX')).toBe('es');
    expect(resolveLanguage('auto', 'ES')).toBe('es');
    expect(resolveLanguage('auto', 'fr-FR')).toBe('en');
    expect(resolveLanguage('auto')).toBe('en');
  });
});

describe('formatDate()', () => {
  it('formats a calendar day without shifting it by time zone', () => {
    expect(formatDate('2026-04-08', 'en')).toBe('Wed, Apr 8, 2026');
    expect(formatDate('2026-04-08', 'es')).toMatch(/8.*abr.*2026/);
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});

describe('translateStep()', () => {
  const notice = {
    kind: 'ur_decision', outcome: 'denied', confidence: 1, serviceMethod: 'mail', expedited: false,
    represented: false, medication: false,
    dates: { decision_date: '2026-03-02', service_date: '2026-03-04' },
  } as const;
  const [imr] = computeDeadlines(notice, { represented: false, addressRegion: 'ca' }, defaultRuleset(), '2026-03-10')
    .filter((d) => d.rule === 'ca.imr.request');

  it('keeps the rules’ English text in English', () => {
    expect(imr).toBeDefined();
    imr!.stepDetails.forEach((s) => expect(translateStep(s, 'en')).toBe(s.text));
  });

  it('renders every computed step in Spanish, with no English date-role or unit words left', () => {
    const es = imr!.stepDetails.map((s) => translateStep(s, 'es'));
    const joined = es.join('\n');
    expect(joined).toMatch(/Inicio/);
    expect(joined).toMatch(/días naturales/);
    expect(joined).toMatch(/correo postal/);
    expect(joined).not.toMatch(/calendar days|proof of service|Start:/);
  });
});

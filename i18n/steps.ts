// The rules' computation steps in the user's language, from each step's machine-readable code + params.
// A step we cannot translate (a rule's free-text note) keeps its English text.
import type { Language, Step } from '../model';
import { formatDate } from './format';
import { hasKey, t, tDynamic } from './index';

const str = (v: string | number | undefined) => (v === undefined ? '' : String(v));

function day(v: string | number | undefined, lang: Language): string {
  return formatDate(str(v), lang);
}

function role(v: string | number | undefined, lang: Language, fallback: string): string {
  return tDynamic(`role.${str(v)}`, lang, fallback).toLowerCase();
}

/** English keeps the rules' own text (authoritative); Spanish is rebuilt from code + params. */
export function translateStep(step: Step, lang: Language): string {
  if (lang === 'en') return step.text;
  const p = step.params;
  switch (step.code) {
    case 'start':
      return t(p.target === 'latest' ? 'step.start_latest' : 'step.start', lang, {
        date: day(p.date, lang),
        role: role(p.role, lang, str(p.role)),
      });
    case 'add': {
      const unit = `unit.${str(p.unit)}`;
      return t('step.add', lang, {
        amount: str(p.amount),
        unit: hasKey(unit) ? t(unit, lang) : str(p.unit),
        date: day(p.date, lang),
      });
    }
    case 'mail_extension':
      return t('step.mail_extension', lang, {
        days: str(p.days),
        method: tDynamic(`service.${str(p.method)}`, lang, str(p.method)).toLowerCase(),
        region: tDynamic(`region.step.${str(p.region)}`, lang, str(p.region)),
        date: day(p.date, lang),
      });
    case 'roll_forward':
      return t('step.roll_forward', lang, { from: day(p.from, lang), date: day(p.date, lang) });
    case 'uncertain_holiday':
      return t('step.uncertain_holiday', lang, { date: day(p.date, lang), holiday: str(p.holiday) });
    case 'earliest_start': {
      const roles = str(p.roles).split(',');
      const dates = str(p.dates).split(',');
      const list = roles.map((r, i) => `${role(r, lang, r)} ${day(dates[i], lang)}`).join('; ');
      return t('step.earliest_start', lang, { dates: list });
    }
    case 'note':
      if (p.due !== undefined && p.latest !== undefined) {
        return p.due === p.latest
          ? t('step.summary_same', lang, { due: day(p.due, lang) })
          : t('step.summary', lang, { due: day(p.due, lang), latest: day(p.latest, lang) });
      }
      return step.text;
    default:
      return step.text;
  }
}

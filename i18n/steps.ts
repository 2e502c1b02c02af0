// The rules' computation steps and assumptions in the user's language, from each one's machine-readable code +
// params. English keeps the rules' own text (authoritative); Spanish is rebuilt, so no English reaches a Spanish
// screen: rule notes carry their Spanish in params.es, holidays are named from their ids, units take the right
// plural (Intl.PluralRules: "1 año", "1 día hábil"), and dates use the long form (no "mar" for martes or marzo).
import type { Assumption, Language, Step } from '../model';
import { formatDate, localeFor } from './format';
import { hasKey, t, tDynamic } from './index';

type Value = string | number | undefined;
const str = (v: Value) => (v === undefined ? '' : String(v));

/** Spanish dates in the long form ("martes, 3 de marzo de 2026"): the short form is ambiguous (mar = martes/marzo). */
function day(v: Value, lang: Language): string {
  return formatDate(str(v), lang, lang === 'es' ? 'long' : 'short');
}

/** "Fecha en que se eligió al QME" → "fecha en que se eligió al QME": only the first letter is lowered (acronyms stay). */
function role(v: Value, lang: Language): string {
  const label = tDynamic(`role.${str(v)}`, lang, str(v));
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "1 día hábil", "10 días hábiles": the singular key when the language's plural rule says "one". */
export function unitText(amount: number, unit: string, lang: Language): string {
  const one = `unit.${unit}.one`;
  if (new Intl.PluralRules(localeFor(lang)).select(amount) === 'one' && hasKey(one)) return t(one, lang);
  return tDynamic(`unit.${unit}`, lang, unit);
}

export function holidayName(id: Value, lang: Language, fallback: string): string {
  return tDynamic(`step.holiday.${str(id)}`, lang, fallback);
}

function list(items: string[], lang: Language): string {
  return new Intl.ListFormat(localeFor(lang), { type: 'disjunction' }).format(items);
}

/** One computation step in `lang`. */
export function translateStep(step: Step, lang: Language): string {
  if (lang === 'en') return step.text;
  const p = step.params;
  switch (step.code) {
    case 'start':
      return t(p.target === 'latest' ? 'step.start_latest' : 'step.start', lang, { date: day(p.date, lang), role: role(p.role, lang) });
    case 'add':
      if (p.reason === 'next_day') return t('step.add_next_day', lang, { date: day(p.date, lang) });
      return t('step.add', lang, { amount: str(p.amount), unit: unitText(Number(p.amount), str(p.unit), lang), date: day(p.date, lang) });
    case 'mail_extension': {
      const params = {
        days: str(p.days),
        method: tDynamic(`service.${str(p.method)}`, lang, str(p.method)).toLowerCase(),
        region: tDynamic(`region.step.${str(p.region)}`, lang, str(p.region)),
        date: day(p.date, lang),
      };
      return t(p.assumed ? 'step.mail_extension_assumed' : 'step.mail_extension', lang, params);
    }
    case 'roll_forward':
      return p.fromHoliday
        ? t('step.roll_forward_holiday', lang, { from: day(p.from, lang), holiday: holidayName(p.fromHoliday, lang, str(p.fromHoliday)), date: day(p.date, lang) })
        : t('step.roll_forward', lang, { from: day(p.from, lang), date: day(p.date, lang) });
    case 'uncertain_holiday':
      return t('step.uncertain_holiday', lang, { date: day(p.date, lang), holiday: holidayName(p.holidayId, lang, str(p.holiday)) });
    case 'earliest_start': {
      const roles = str(p.roles).split(',');
      const dates = str(p.dates).split(',');
      const listed = roles.map((r, i) => `${role(r, lang)} ${day(dates[i], lang)}`).join('; ');
      return t(p.from === 'latest' ? 'step.earliest_start_latest' : 'step.earliest_start', lang, { dates: listed });
    }
    case 'candidate_start':
      return t('step.candidate_start', lang, { date: day(p.date, lang), role: role(p.role, lang) });
    case 'note':
      if (p.type === 'earliest') return t('step.summary_earliest', lang, { due: day(p.due, lang) });
      if (p.due !== undefined && p.latest !== undefined) {
        return p.due === p.latest
          ? t('step.summary_same', lang, { due: day(p.due, lang) })
          : t('step.summary', lang, { due: day(p.due, lang), latest: day(p.latest, lang) });
      }
      return step.text;
    case 'rule_note':
      return typeof p.es === 'string' && p.es ? p.es : step.text;
    default:
      return step.text;
  }
}

/** One assumption in `lang`; an unknown code (a newer rules module) falls back to its English text. */
export function translateAssumption(a: Assumption, lang: Language): string {
  if (lang === 'en') return a.text;
  const p = a.params;
  switch (a.code) {
    case 'outcome_unknown':
      return t('step.assumption.outcome_unknown', lang, {
        outcomes: list(str(p.outcomes).split(',').map((o) => tDynamic(`outcome.${o}`, lang, o)), lang),
      });
    case 'represented_unknown_shown':
      return t(p.shownFor === 'unrepresented' ? 'step.assumption.represented_unknown_shown.unrepresented' : 'step.assumption.represented_unknown_shown.represented', lang);
    case 'represented_unknown_shorter': {
      const due = Number(p.due);
      const latest = Number(p.latest);
      const params = {
        due: `${due} ${unitText(due, str(p.unit), lang)}`,
        latest: `${latest} ${unitText(latest, str(p.unit), lang)}`,
        whose: t(p.dueIsFor === 'unrepresented' ? 'step.assumption.whose.unrepresented' : 'step.assumption.whose.represented', lang),
      };
      return t(due === latest ? 'step.assumption.represented_unknown_shorter_same' : 'step.assumption.represented_unknown_shorter', lang, params);
    }
    case 'date_note':
      return t('step.assumption.date_note', lang, { role: role(p.role, lang), date: day(p.date, lang) });
    case 'date_invalid':
      return t('step.assumption.date_invalid', lang, { role: role(p.role, lang), value: str(p.value) });
    case 'service_unknown_no_mail':
      return t('step.assumption.service_unknown_no_mail', lang, { days: str(p.days) });
    case 'service_unknown_assumed_mail':
      return t('step.assumption.service_unknown_assumed_mail', lang, { days: str(p.days) });
    case 'served_region_unknown':
      return t('step.assumption.served_region_unknown', lang, {
        days: str(p.days), region: tDynamic(`region.step.${str(p.region)}`, lang, str(p.region)), caDays: str(p.caDays), caDate: day(p.caDate, lang),
      });
    case 'legal_trigger_missing':
      return t('step.assumption.legal_trigger_missing', lang, {
        missing: list(str(p.missing).split(',').map((r) => role(r, lang)), lang), used: role(p.used, lang),
      });
    case 'legal_trigger_doubtful':
      return t('step.assumption.legal_trigger_doubtful', lang, {
        doubted: role(p.doubted, lang), doubtedDate: day(p.doubtedDate, lang), used: role(p.used, lang), usedDate: day(p.usedDate, lang),
      });
    default:
      return a.text;
  }
}

/** A deadline's assumptions in `lang`: from assumptionDetails when present (older stored deadlines have only text). */
export function translateAssumptions(d: { assumptions: string[]; assumptionDetails?: Assumption[] }, lang: Language): string[] {
  return d.assumptionDetails?.length === d.assumptions.length
    ? d.assumptionDetails.map((a) => translateAssumption(a, lang))
    : d.assumptions;
}

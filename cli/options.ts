// Command-line parsing with node:util parseArgs. Every mistake becomes a UsageError with a plain message.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../rules';
import { Language, type Profile, AddressRegion } from '../model';
import { UsageError } from './io';

const COMMON = {
  json: { type: 'boolean' },
  represented: { type: 'boolean' },
  unrepresented: { type: 'boolean' },
  today: { type: 'string' },
  ics: { type: 'string' },
  lang: { type: 'string' },
  region: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const SCAN_OPTIONS = { ...COMMON, ocr: { type: 'boolean' } } as const;

export const DEADLINES_OPTIONS = {
  ...COMMON,
  kind: { type: 'string' },
  outcome: { type: 'string' },
  date: { type: 'string', multiple: true },
  service: { type: 'string' },
  expedited: { type: 'boolean' },
  medication: { type: 'boolean' },
  'served-region': { type: 'string' },
  claim: { type: 'string' },
} as const;

/** parseArgs with its errors turned into UsageErrors ("Unknown option '--x'"). */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
    throw new UsageError(message);
  }
}

export interface CommonValues {
  json: boolean;
  today: string;
  ics?: string;
  lang: Language;
  profile: Profile;
}

export function checkDate(value: string, what: string): string {
  if (!isIsoDate(value)) throw new UsageError(`${what} must be a real calendar date as YYYY-MM-DD, got "${value}".`);
  return value;
}

export function commonValues(values: Record<string, unknown>, defaultToday: string): CommonValues {
  if (values.represented && values.unrepresented) throw new UsageError('Use either --represented or --unrepresented, not both.');
  const lang = values.lang === undefined ? 'en' : values.lang;
  if (!Language.safeParse(lang).success) throw new UsageError(`--lang must be en or es, got "${String(lang)}".`);
  const region = values.region === undefined ? 'ca' : values.region;
  const parsedRegion = AddressRegion.safeParse(region);
  if (!parsedRegion.success) throw new UsageError(`--region must be ca, us or abroad, got "${String(region)}".`);
  if (values.ics === '') throw new UsageError('--ics needs a file name.');
  return {
    json: Boolean(values.json),
    today: values.today === undefined ? defaultToday : checkDate(String(values.today), '--today'),
    ics: values.ics as string | undefined,
    lang: lang as Language,
    profile: {
      represented: values.represented ? true : values.unrepresented ? false : null,
      addressRegion: parsedRegion.data,
    },
  };
}

// The user's context, the one input every face needs besides the notice: settings (with their defaults), the rule
// packs in use (bundled and imported), today's date and the UI language. Faces load it through loadUserContext()
// with the storage readers (storage/context-sources.ts) or build it from flags (the CLI), then ask deadlinesFor().
import { DEFAULT_SETTINGS, type Settings } from '../storage/types';
import { defaultRuleset, localToday, type Ruleset } from '../rules';
import { resolveLanguage } from '../i18n';
import type { Language } from '../model';

export interface UserContext {
  settings: Settings;
  ruleset: Ruleset;
  /** YYYY-MM-DD in the user's time zone. */
  today: string;
  /** The UI language: the setting, or the browser's for 'auto'. */
  language: Language;
}

export interface ContextSources {
  settings(): Promise<Settings>;
  ruleset(): Promise<Ruleset>;
}

export interface ContextOptions {
  now?: Date;
  browserLanguage?: string;
}

/** Pure: the context for given settings and rules. */
export function userContext(settings: Settings, ruleset: Ruleset, opts: ContextOptions = {}): UserContext {
  return {
    settings,
    ruleset,
    today: localToday(opts.now ?? new Date()),
    language: resolveLanguage(settings.language, opts.browserLanguage),
  };
}

/** The defaults, for a face that could not read storage (the banner must still show). */
export function defaultContext(opts: ContextOptions = {}): UserContext {
  return userContext(DEFAULT_SETTINGS, defaultRuleset(), opts);
}

/**
 * Reads settings and rule packs; either one that cannot be read falls back to its default with a warning, so a
 * damaged storage never stops a face from showing a deadline.
 */
export async function loadUserContext(sources: ContextSources, opts: ContextOptions = {}): Promise<UserContext> {
  const [settings, ruleset] = await Promise.all([
    Promise.resolve().then(sources.settings).catch((err) => fallback('settings', err, DEFAULT_SETTINGS)),
    Promise.resolve().then(sources.ruleset).catch((err) => fallback('rule packs', err, defaultRuleset())),
  ]);
  return userContext(settings, ruleset, opts);
}

function fallback<T>(what: string, err: unknown, value: T): T {
  console.warn(`[ClaimClock] could not read ${what} from storage; using the defaults`, err);
  return value;
}

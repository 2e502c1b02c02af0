// The user's settings and rule pack as the content script needs them for countdowns: read from extension storage,
// falling back to the defaults when storage cannot be read (the banner must still show).
import { DEFAULT_SETTINGS, type Settings } from '../../storage/types';
import { computeDeadlines, defaultRuleset, localToday, type Ruleset } from '../../rules';
import type { Deadline, Notice } from '../../model';
import { resolveLanguage } from '../../i18n';
import { withDefaults } from '../../components/tracked';
import { readSettings } from '../../storage/settings';
import { getRuleset } from '../../storage/rule-packs';

export interface CountdownContext {
  countdown: { mode: 'safe' | 'latest'; language: 'en' | 'es' };
  deadlinesFor(notice: Notice): Deadline[];
}

export { localToday };

export interface ContextSources {
  settings(): Promise<Settings>;
  ruleset(): Promise<Ruleset>;
}

const storageSources: ContextSources = { settings: readSettings, ruleset: getRuleset };

export async function loadCountdownContext(sources: ContextSources = storageSources, browserLanguage = globalThis.navigator?.language): Promise<CountdownContext> {
  const [settings, ruleset] = await Promise.all([
    Promise.resolve().then(sources.settings).catch((err) => fallback('settings', err, DEFAULT_SETTINGS)),
    Promise.resolve().then(sources.ruleset).catch((err) => fallback('rule packs', err, defaultRuleset())),
  ]);
  const language = resolveLanguage(settings.language, browserLanguage);
  return {
    countdown: { mode: settings.countdown, language },
    deadlinesFor: (notice) => computeDeadlines(withDefaults(notice, settings), settings.profile, ruleset, localToday()),
  };
}

function fallback<T>(what: string, err: unknown, value: T): T {
  console.warn(`[ClaimClock] could not read ${what} from storage; using the defaults`, err);
  return value;
}

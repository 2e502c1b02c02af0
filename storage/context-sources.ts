// Where a face's user context comes from in the extension: the validated settings and the rule packs in use.
import type { ContextSources } from '../app/context';
import { getRuleset } from './rule-packs';
import { readSettings } from './settings';

export const storageSources: ContextSources = { settings: readSettings, ruleset: getRuleset };

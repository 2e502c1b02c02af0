// Public API of the rules module (pure: no browser API, no DOM). Implementation lands with issue 2.
export type { Ruleset, RulePack, Rule } from './schema';
export { computeDeadlines } from './compute';
export { defaultRuleset, BUNDLED_PACKS } from './packs';
export { parseRulePack, RulePackError } from './schema';

// Public API of the rules module (pure: no browser API, no DOM).
export {
  Clock, ClockUnit, Localized, MailExtension, Rule, RulePack, Trigger,
  type RuleInput, type RulePackInput, type Ruleset,
} from './schema';
export { parseRulePack, RulePackError } from './parse';
export { allRules, computeDeadlines, findRule, missingInputs, rulesStartingFrom, statusFor } from './compute';
export { defaultRuleset, BUNDLED_PACKS } from './packs';
export * from './calendar';

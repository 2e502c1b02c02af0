// STUB — replaced by the rules work (issue 2).
import type { RulePack, Ruleset } from './schema';
export const BUNDLED_PACKS: RulePack[] = [];
export function defaultRuleset(): Ruleset {
  return { packs: BUNDLED_PACKS };
}

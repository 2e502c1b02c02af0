// STUB — replaced by the rules work (issue 2).
export type Rule = { id: string; citation: string };
export type RulePack = { id: string; version: string; jurisdiction: string; rules: Rule[] };
export type Ruleset = { packs: RulePack[] };
export class RulePackError extends Error {}
export function parseRulePack(_json: unknown): RulePack {
  throw new RulePackError('not implemented');
}

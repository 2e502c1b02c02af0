// Does a rule apply to a notice? Trigger kind, outcome and conditions; unknowns are resolved conservatively and
// explained in an assumption string.
import type { Notice, Profile } from '../../model';
import type { Rule } from '../schema';

export interface Match {
  applies: boolean;
  represented: boolean | null; // notice first (the document names an attorney), then the profile
  assumptions: string[];
}

const NO: Match = { applies: false, represented: null, assumptions: [] };

export function kindsOf(rule: Rule): readonly string[] {
  return Array.isArray(rule.trigger.kind) ? rule.trigger.kind : [rule.trigger.kind];
}

export function matchRule(rule: Rule, notice: Notice, profile: Profile): Match {
  const { trigger } = rule;
  if (!kindsOf(rule).includes(notice.kind)) return NO;
  const assumptions: string[] = [];
  if (trigger.outcomes) {
    if (notice.outcome === null) {
      assumptions.push(`The outcome was not found on the notice: shown in case it is ${trigger.outcomes.join(' or ')}.`);
    } else if (!trigger.outcomes.includes(notice.outcome)) {
      return NO;
    }
  }
  const c = trigger.conditions;
  if (c.medication !== undefined && c.medication !== notice.medication) return NO;
  if (c.expedited !== undefined && c.expedited !== notice.expedited) return NO;
  if (c.legacyPreIMR !== undefined && c.legacyPreIMR !== (notice.facts.legacyPreIMR === true)) return NO;
  const represented = notice.represented ?? profile.represented ?? null;
  if (c.represented) {
    const key = represented === null ? 'unknown' : represented;
    if (!c.represented.includes(key)) return NO;
    const withLawyer = c.represented.includes(true);
    if (key === 'unknown' && withLawyer !== c.represented.includes(false)) {
      assumptions.push(`Representation unknown: shown in case ${withLawyer ? 'you have a lawyer' : 'you do not have a lawyer'}.`);
    }
  }
  return { applies: true, represented, assumptions };
}

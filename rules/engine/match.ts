// Does a rule apply to a notice? Trigger kind, outcome and conditions; unknowns are resolved conservatively and
// explained in an assumption.
import type { Assumption, Notice, Profile } from '../../model';
import type { Rule } from '../schema';
import { outcomeUnknown, representedUnknownShown } from './assumptions';

export interface Match {
  applies: boolean;
  represented: boolean | null; // notice first (the document names an attorney), then the profile
  assumptions: Assumption[];
}

const NO: Match = { applies: false, represented: null, assumptions: [] };

export function kindsOf(rule: Rule): readonly string[] {
  return Array.isArray(rule.trigger.kind) ? rule.trigger.kind : [rule.trigger.kind];
}

export function matchRule(rule: Rule, notice: Notice, profile: Profile): Match {
  const { trigger } = rule;
  if (!kindsOf(rule).includes(notice.kind)) return NO;
  const assumptions: Assumption[] = [];
  if (trigger.outcomes) {
    if (notice.outcome === null) {
      assumptions.push(outcomeUnknown(trigger.outcomes));
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
    if (key === 'unknown' && withLawyer !== c.represented.includes(false)) assumptions.push(representedUnknownShown(withLawyer));
  }
  return { applies: true, represented, assumptions };
}

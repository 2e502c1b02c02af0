// The bundled rule packs. Parsed through the schema at start-up so a bad bundled rule fails loudly (STYLE.md 3).
import { CA_HEALTH_PACK } from './packs/ca-health';
import { CA_WC_PACK } from './packs/ca-wc';
import { COLORADO_PACK } from './packs/colorado';
import { parseRulePack } from './parse';
import type { RulePack, Ruleset } from './schema';

export const BUNDLED_PACKS: RulePack[] = [CA_WC_PACK, CA_HEALTH_PACK, COLORADO_PACK].map((pack) => parseRulePack(pack));

/** All bundled packs. Storage replaces or adds packs the user imports. */
export function defaultRuleset(): Ruleset {
  return { packs: BUNDLED_PACKS };
}

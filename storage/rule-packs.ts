// Rule packs: the bundled packs plus the ones the user imported. An imported pack replaces the bundled pack with the
// same id when it is not older; a pack that fails validation is refused with the validator's message and the rules
// in use stay as they were.
import { BUNDLED_PACKS, parseRulePack, type RulePack, type Ruleset } from '../rules';
import type { RulePackSummary } from '../app/store';
import { KEYS, rulePacksItem, serialized } from './items';
import { quarantine } from './quarantine';
import { DataError } from './errors';
import { mayRepair } from './writer';

/** '2026.10' > '2026.9'; missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Pure: the ruleset in use. Bundled packs keep their order; an imported pack takes its bundled namesake's place. */
export function composeRuleset(imported: RulePack[], bundled: RulePack[] = BUNDLED_PACKS): Ruleset {
  const importedById = new Map(imported.map((p) => [p.id, p]));
  const packs = bundled.map((b) => {
    const mine = importedById.get(b.id);
    return mine && compareVersions(mine.version, b.version) >= 0 ? mine : b;
  });
  for (const p of imported) if (!bundled.some((b) => b.id === p.id)) packs.push(p);
  return { packs };
}

export function summarize(pack: RulePack, imported: boolean): RulePackSummary {
  return { id: pack.id, version: pack.version, name: pack.name, asOf: pack.asOf, ...(imported ? { imported: true } : {}) };
}

/** Imported packs, each validated again on read (a bundled schema change may refuse an old pack: quarantined). */
export async function loadImported(): Promise<RulePack[]> {
  const raw: unknown = await rulePacksItem.getValue();
  const list = Array.isArray(raw) ? raw : [raw];
  const valid: RulePack[] = [];
  const problems: string[] = [];
  for (const pack of list) {
    try {
      valid.push(parseRulePack(pack));
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  if (problems.length && (await mayRepair())) {
    await quarantine(KEYS.rulePacks, `imported rule pack: ${problems[0]}`, raw);
    await rulePacksItem.setValue(valid);
  }
  return valid;
}

export const readImportedPacks = serialized(loadImported);

export async function getRuleset(): Promise<Ruleset> {
  return composeRuleset(await readImportedPacks());
}

export async function getRulePackInfo(): Promise<RulePackSummary[]> {
  const imported = await readImportedPacks();
  return composeRuleset(imported).packs.map((p) => summarize(p, imported.includes(p)));
}

/** Validates a pack (object or JSON text); throws DataError with a plain message when it cannot be used. */
export function validatePack(input: unknown, installed: RulePack[]): RulePack {
  let pack: RulePack;
  try {
    pack = parseRulePack(typeof input === 'string' ? JSON.parse(input) : input);
  } catch (err) {
    const why = err instanceof SyntaxError ? 'the file is not valid JSON' : (err as Error).message;
    throw new DataError(`Rule pack refused (${why}). The rules in use are unchanged.`);
  }
  const current = installed.find((p) => p.id === pack.id);
  if (current && compareVersions(pack.version, current.version) < 0) {
    throw new DataError(`Rule pack refused: version ${pack.version} of ${pack.id} is older than the ${current.version} in use. The rules in use are unchanged.`);
  }
  return pack;
}

/** Pure: the imported list with `pack` added or replacing its namesake. */
export function withPack(imported: RulePack[], pack: RulePack): RulePack[] {
  return [...imported.filter((p) => p.id !== pack.id), pack];
}

export const importRulePack = serialized(async (json: string): Promise<RulePackSummary> => {
  const imported = await loadImported();
  const pack = validatePack(json, composeRuleset(imported).packs);
  await rulePacksItem.setValue(withPack(imported, pack));
  return summarize(pack, true);
});

/** Back to the bundled packs only. */
export const resetRulePacks = serialized(async (): Promise<void> => {
  await rulePacksItem.setValue([]);
});

// Export all data as one JSON file and import it back. An import is validated completely before anything is written:
// a bad file changes nothing and throws a DataError with a plain message.
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, ExportFileSchema, describeIssue } from './schema';
import { readSettings, replaceSettings } from './settings';
import { loadTracked, mergeTracked, readTracked } from './tracked';
import { compareVersions, composeRuleset, loadImported, readImportedPacks, validatePack, withPack } from './rule-packs';
import { appendAllowedSites, readAllowedSites } from './sites';
import { listQuarantine } from './quarantine';
import { rulePacksItem, serialized, trackedItem } from './items';
import { DataError } from './errors';
import type { RulePack } from '../rules';

export async function exportAll(now: Date = new Date()): Promise<string> {
  const [settings, tracked, allowedSites, rulePacks] = await Promise.all([
    readSettings(), readTracked(), readAllowedSites(), readImportedPacks(),
  ]);
  const quarantined = await listQuarantine(); // after the reads, which quarantine what is invalid
  const file = {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    settings,
    tracked,
    allowedSites,
    rulePacks,
    // Copies of corrupt data, so nothing is lost; not imported back.
    ...(quarantined.length ? { quarantined: quarantined.map(({ key, reason, at, value }) => ({ key, reason, at, value })) } : {}),
  };
  return JSON.stringify(file, null, 2);
}

const NOTHING = 'Nothing was imported.';

/** Parses and validates an export file; throws DataError naming the first problem. */
export function parseExportFile(json: string) {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new DataError(`This file is not valid JSON. ${NOTHING}`);
  }
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown; schemaVersion?: unknown }) : {};
  if (format.format !== EXPORT_FORMAT) throw new DataError(`This is not a ClaimClock data file (exported from the options page). ${NOTHING}`);
  if (typeof format.schemaVersion === 'number' && format.schemaVersion > EXPORT_SCHEMA_VERSION) {
    throw new DataError(`This file comes from a newer ClaimClock (data version ${format.schemaVersion}); update the extension first. ${NOTHING}`);
  }
  const parsed = ExportFileSchema.safeParse(data);
  if (!parsed.success) throw new DataError(`${describeIssue(parsed.error, 'This file has an error: ')}. ${NOTHING}`);
  const packs: RulePack[] = [];
  parsed.data.rulePacks.forEach((pack, i) => {
    try {
      packs.push(validatePack(pack, []));
    } catch (err) {
      throw new DataError(`Rule pack ${i + 1} in the file: ${(err as Error).message} ${NOTHING}`);
    }
  });
  return { ...parsed.data, rulePacks: packs };
}

export interface ImportDeps {
  /** Whether the browser still grants host access to the origin (sites without it are not listed as scanned). */
  canScan(origin: string): Promise<boolean>;
}

/** Settings are replaced; notices merge by id; rule packs are added unless older than the one in use; sites join. */
export const importAll = serialized(async (json: string, deps: ImportDeps): Promise<void> => {
  const file = parseExportFile(json);
  let imported = await loadImported();
  for (const pack of file.rulePacks) {
    const current = composeRuleset(imported).packs.find((p) => p.id === pack.id);
    if (!current || compareVersions(pack.version, current.version) >= 0) imported = withPack(imported, pack);
  }
  const sites: string[] = [];
  for (const origin of file.allowedSites) if (await deps.canScan(origin).catch(() => false)) sites.push(origin);
  await replaceSettings(file.settings);
  await trackedItem.setValue(mergeTracked(await loadTracked(), file.tracked));
  await rulePacksItem.setValue(imported);
  await appendAllowedSites(sites);
});

// Export all data as one JSON file and import it back. An import is validated completely before anything is written:
// a bad file changes nothing and throws a DataError with a plain message.
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, ExportFileSchema, describeIssue } from './schema';
import { normalizeSettings, readSettings } from './settings';
import { loadTracked, mergeTracked, readTracked } from './tracked';
import { compareVersions, composeRuleset, loadImported, readImportedPacks, validatePack, withPack } from './rule-packs';
import { loadAllowedSites, readAllowedSites } from './sites';
import { listQuarantine } from './quarantine';
import { serialized, setItemsAtomically } from './items';
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

/** Larger files are refused before parsing: ClaimClock's own export of thousands of notices is a few MB. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** Parses and validates an export file; throws DataError naming the first problem. */
export function parseExportFile(json: string) {
  if (json.length > MAX_IMPORT_BYTES) {
    throw new DataError(`This file is too large to be ClaimClock data (${(json.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB). ${NOTHING}`);
  }
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

/**
 * Settings are replaced; notices merge by id; rule packs are added unless older than the one in use; sites join.
 * Everything is computed first and written in one storage call, so a failure (a full quota) changes nothing.
 */
export const importAll = serialized(async (json: string, deps: ImportDeps): Promise<void> => {
  const file = parseExportFile(json);
  let imported = await loadImported();
  for (const pack of file.rulePacks) {
    const current = composeRuleset(imported).packs.find((p) => p.id === pack.id);
    if (!current || compareVersions(pack.version, current.version) >= 0) imported = withPack(imported, pack);
  }
  const granted: string[] = [];
  for (const origin of file.allowedSites) if (await deps.canScan(origin).catch(() => false)) granted.push(origin);
  const sites = await loadAllowedSites();
  try {
    await setItemsAtomically({
      settings: normalizeSettings(file.settings),
      tracked: mergeTracked(await loadTracked(), file.tracked),
      rulePacks: imported,
      allowedSites: [...sites, ...granted.filter((o) => !sites.includes(o))],
    });
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw new DataError(`The browser could not save the data (${(err as Error)?.message ?? err}). ${NOTHING}`);
  }
});

// Settings: read validated (a corrupt field is quarantined and falls back to its default, the valid fields are kept),
// saved validated (a bad patch is refused with a message naming the field).
import { DEFAULT_SETTINGS, type Settings } from './types';
import { SettingsSchema, describeIssue } from './schema';
import { KEYS, serialized, settingsItem } from './items';
import { quarantine } from './quarantine';
import { DataError } from './errors';
import { mayRepair } from './writer';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps every field of `raw` that is valid on its own; the others get their defaults. */
export function salvageSettings(raw: unknown): Settings {
  const out: Record<string, unknown> = { ...structuredClone(DEFAULT_SETTINGS) };
  if (!isRecord(raw)) return out as unknown as Settings;
  for (const [field, schema] of Object.entries(SettingsSchema.shape)) {
    const parsed = schema.safeParse(raw[field]);
    if (raw[field] !== undefined && parsed.success) out[field] = parsed.data;
  }
  return out as unknown as Settings;
}

/** Fields missing from stored settings (written by an older version) are their defaults, not corruption. */
function withDefaults(raw: unknown): unknown {
  return isRecord(raw) ? { ...DEFAULT_SETTINGS, ...raw } : raw;
}

async function loadSettings(): Promise<Settings> {
  const raw: unknown = await settingsItem.getValue();
  const parsed = SettingsSchema.safeParse(withDefaults(raw));
  if (parsed.success) return parsed.data;
  const salvaged = salvageSettings(raw);
  if (await mayRepair()) {
    await quarantine(KEYS.settings, describeIssue(parsed.error, 'settings: '), raw);
    await settingsItem.setValue(salvaged);
  }
  return salvaged;
}

export const readSettings = serialized(loadSettings);

/** Validated, with lead days as the user means them: no duplicates, furthest first. */
export function normalizeSettings(settings: Settings): Settings {
  const valid = SettingsSchema.parse(settings);
  return { ...valid, reminderLeadDays: [...new Set(valid.reminderLeadDays)].sort((a, b) => b - a) };
}

export const saveSettings = serialized(async (patch: Partial<Settings>): Promise<Settings> => {
  const current = await loadSettings();
  const parsed = SettingsSchema.safeParse({ ...current, ...patch });
  if (!parsed.success) throw new DataError(describeIssue(parsed.error, 'Settings not saved: '));
  const next = normalizeSettings(parsed.data);
  await settingsItem.setValue(next);
  return next;
});

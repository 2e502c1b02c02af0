// Storage migrations: pure functions from one stored version to the next (WXT runs them when an item is defined).
// They never throw on unexpected data: what they cannot read is passed through unchanged, and the validating readers
// quarantine it (quarantine.ts). They are idempotent, since several extension contexts may migrate at once.

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * tracked v1 → v2. v1 records were { id, notice, corrections?, sourceUrl, title, status, firstSeen }; v2 adds
 * `lastSeen` (the last sighting; v1 only knew the first) and `revision` (ICS SEQUENCE, bumped when dates move), and
 * always has `corrections`.
 */
export function trackedV1toV2(value: unknown, now: Date = new Date()): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((record: unknown) => {
    if (!isRecord(record)) return record;
    const firstSeen = typeof record.firstSeen === 'string' ? record.firstSeen : now.toISOString();
    return {
      ...record,
      corrections: isRecord(record.corrections) ? record.corrections : {},
      firstSeen,
      lastSeen: typeof record.lastSeen === 'string' ? record.lastSeen : firstSeen,
      revision: typeof record.revision === 'number' ? record.revision : 0,
    };
  });
}

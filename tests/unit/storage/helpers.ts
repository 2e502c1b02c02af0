// Notices and raw storage access for the storage and background tests (WXT's fakeBrowser holds the data).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Notice, type NoticeInput } from '../../../model';

export const URL_A = 'https://portal.example/claims/1/letters?session=abc';

export function urDenial(overrides: Partial<NoticeInput> = {}): Notice {
  return Notice.parse({
    kind: 'ur_decision', outcome: 'denied', confidence: 0.97, serviceMethod: 'mail', expedited: false,
    represented: false, medication: false,
    dates: { decision_date: '2026-03-02', service_date: '2026-03-04', injury_date: '2025-11-14' },
    facts: { claimNumber: 'ADJ1234567' },
    ...overrides,
  });
}

export function qmePanel(overrides: Partial<NoticeInput> = {}): Notice {
  return Notice.parse({
    kind: 'qme_panel', outcome: null, confidence: 0.9, serviceMethod: null, expedited: false,
    represented: false, medication: false, dates: { panel_assigned_date: '2026-03-20' }, facts: { claimNumber: 'ADJ7654321' },
    ...overrides,
  });
}

/** What storage.local holds under a raw key (as another context or an older version would see it). */
export async function raw(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

export async function setRaw(items: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set(items);
}

export async function quarantineKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('quarantine:'));
}

// What the popup and options pages need from storage (storage/index.ts implements it). Components take this
// interface, so tests pass an in-memory fake (tests/unit/components/fake-store.ts) instead of mocking browser APIs.
import type { Notice } from '../model';
import type { Ruleset } from '../rules';
import type { Settings, TrackedNotice } from '../storage/types';

export interface RulePackSummary {
  id: string;
  version: string;
  name: { en: string; es: string };
  asOf?: string;
  imported?: boolean;
}

export interface StorageHealthReport {
  ok: boolean;
  tracked?: number;
  quarantined: { key: string; reason: string }[];
}

export interface UiStore {
  getSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  watchSettings(cb: (s: Settings) => void): () => void;
  listTracked(): Promise<TrackedNotice[]>;
  updateTracked(id: string, patch: Partial<Pick<TrackedNotice, 'status' | 'corrections'>>): Promise<void>;
  watchTracked(cb: (list: TrackedNotice[]) => void): () => void;
  /** Tracks a notice the user entered by hand (status open); the same notice entered twice is one record. Returns its id. */
  addManualNotice(notice: Notice, title: string): Promise<string>;
  getRuleset(): Promise<Ruleset>;
  getRulePackInfo(): Promise<RulePackSummary[]>;
  importRulePack(json: string): Promise<RulePackSummary>;
  resetRulePack(): Promise<void>;
  listAllowedSites(): Promise<string[]>;
  removeAllowedSite(origin: string): Promise<void>;
  exportAll(): Promise<string>;
  importAll(json: string): Promise<void>;
  deleteAll(): Promise<void>;
  storageHealth(): Promise<StorageHealthReport>;
}

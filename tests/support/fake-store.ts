// An in-memory UiStore for component tests (a hand-written fake: STYLE.md 6).
import { defaultRuleset } from '../../rules';
import { DEFAULT_SETTINGS, type Settings, type TrackedNotice } from '../../storage/types';
import type { RulePackSummary, StorageHealthReport, UiStore } from '../../app/store';
import type { Notice } from '../../model';
import { noticeId } from '../../storage/identity';

export class FakeStore implements UiStore {
  settings: Settings = structuredClone(DEFAULT_SETTINGS);
  tracked: TrackedNotice[] = [];
  sites: string[] = [];
  packs: RulePackSummary[] = [{ id: 'ca-wc', version: '2026.1', name: { en: 'California workers’ comp', es: 'Compensación laboral de California' } }];
  health: StorageHealthReport = { ok: true, tracked: 0, quarantined: [] };
  imported: string[] = [];
  deleted = 0;
  private settingsWatchers = new Set<(s: Settings) => void>();
  private trackedWatchers = new Set<(l: TrackedNotice[]) => void>();

  async getSettings() { return structuredClone(this.settings); }
  async saveSettings(patch: Partial<Settings>) {
    this.settings = { ...this.settings, ...patch };
    this.settingsWatchers.forEach((cb) => cb(structuredClone(this.settings)));
  }
  watchSettings(cb: (s: Settings) => void) { this.settingsWatchers.add(cb); return () => void this.settingsWatchers.delete(cb); }
  async listTracked() { return structuredClone(this.tracked); }
  async updateTracked(id: string, patch: Partial<Pick<TrackedNotice, 'status' | 'corrections'>>) {
    this.tracked = this.tracked.map((n) => (n.id === id ? { ...n, ...patch, revision: n.revision + (patch.corrections ? 1 : 0) } : n));
    this.trackedWatchers.forEach((cb) => cb(structuredClone(this.tracked)));
  }
  watchTracked(cb: (l: TrackedNotice[]) => void) { this.trackedWatchers.add(cb); return () => void this.trackedWatchers.delete(cb); }
  /** Same identity as storage (manual source): entering the same notice twice is one record. */
  async addManualNotice(notice: Notice, title: string) {
    const id = noticeId(notice, 'manual:');
    const at = new Date().toISOString();
    const existing = this.tracked.find((n) => n.id === id);
    const record: TrackedNotice = {
      id, notice, corrections: {}, sourceUrl: `manual:${id}`, title: title.trim() || existing?.title || '', status: 'open',
      firstSeen: existing?.firstSeen ?? at, lastSeen: at, revision: (existing?.revision ?? -1) + 1,
    };
    this.tracked = existing ? this.tracked.map((n) => (n.id === id ? record : n)) : [...this.tracked, record];
    this.trackedWatchers.forEach((cb) => cb(structuredClone(this.tracked)));
    return id;
  }
  async getRuleset() { return defaultRuleset(); }
  async getRulePackInfo() { return this.packs; }
  async importRulePack(json: string) {
    const pack = JSON.parse(json) as RulePackSummary;
    if (!pack.id) throw new Error('not a rule pack: id is missing');
    this.packs = [...this.packs, { ...pack, imported: true }];
    return pack;
  }
  async resetRulePack() { this.packs = this.packs.filter((p) => !p.imported); }
  async listAllowedSites() { return [...this.sites]; }
  async removeAllowedSite(origin: string) { this.sites = this.sites.filter((s) => s !== origin); }
  async exportAll() { return JSON.stringify({ settings: this.settings, tracked: this.tracked }); }
  async importAll(json: string) { this.imported.push(json); }
  async deleteAll() { this.deleted++; this.tracked = []; }
  async storageHealth() { return this.health; }
}

export function trackedNotice(id: string, notice: Notice, status: TrackedNotice['status'] = 'open'): TrackedNotice {
  return {
    id, notice, corrections: {}, sourceUrl: 'https://portal.example/claims/1', title: 'Claim letter', status,
    firstSeen: '2026-03-05T10:00:00Z', lastSeen: '2026-03-05T10:00:00Z', revision: 0,
  };
}

// Contract for stored data (implementation: issue 4). zod schemas live in storage/schema.ts once written.
import type { Language, Notice, Profile } from '../model';

export type NoticeStatus = 'open' | 'done' | 'dismissed';

/** A notice the user tracks. The same notice seen twice (same id) is one record. */
export interface TrackedNotice {
  id: string; // stable: see storage/identity.ts (kind + claim number + trigger dates + source origin/path)
  notice: Notice; // as detected
  corrections: Partial<Pick<Notice, 'dates' | 'serviceMethod' | 'represented' | 'expedited' | 'medication' | 'outcome'>>;
  sourceUrl: string;
  title: string;
  status: NoticeStatus;
  firstSeen: string; // ISO timestamp
  lastSeen: string;
  /** Bumped on every change that moves a date: ICS SEQUENCE. */
  revision: number;
}

export interface Settings {
  profile: Profile; // representation + address region
  language: Language | 'auto';
  countdown: 'safe' | 'latest'; // which date the countdown and badge show (default 'safe')
  reminderLeadDays: number[]; // default [7, 3, 1, 0]
  defaultServiceMethod: 'unknown' | 'mail' | 'fax' | 'email' | 'personal';
  pdfViewer: boolean; // open PDF links in ClaimClock's viewer automatically (default false: needs webNavigation, decision 0007)
}

export const DEFAULT_SETTINGS: Settings = {
  profile: { represented: null, addressRegion: 'ca' },
  language: 'auto',
  countdown: 'safe',
  reminderLeadDays: [7, 3, 1, 0],
  defaultServiceMethod: 'unknown',
  pdfViewer: false,
};

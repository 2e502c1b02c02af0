// zod schemas for everything ClaimClock keeps in extension storage and in its export file (contract: ./types.ts).
import { z } from 'zod';
import { Language, Notice, Profile } from '../model';
import type { Settings, TrackedNotice } from './types';

export const NoticeStatus = z.enum(['open', 'done', 'dismissed']);

/** The user's corrections: a patch over the detected notice (app/corrections.ts applies it). */
export const Corrections = Notice.pick({
  dates: true, serviceMethod: true, represented: true, expedited: true, medication: true, outcome: true,
}).partial();

export const IsoTimestamp = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO timestamp');

export const TrackedNoticeSchema = z.object({
  id: z.string().min(1),
  notice: Notice,
  corrections: Corrections.default({}),
  sourceUrl: z.string(),
  title: z.string(),
  status: NoticeStatus,
  firstSeen: IsoTimestamp,
  lastSeen: IsoTimestamp,
  revision: z.number().int().nonnegative(),
});

export const LeadDays = z.array(z.number().int().min(0).max(365)).max(10);

export const SettingsSchema = z.object({
  profile: Profile,
  language: z.union([Language, z.literal('auto')]),
  countdown: z.enum(['safe', 'latest']),
  reminderLeadDays: LeadDays,
  defaultServiceMethod: z.enum(['unknown', 'mail', 'fax', 'email', 'personal']),
  pdfViewer: z.boolean(),
});

/** An origin the user allowed: 'https://portal.example.com' (no path). */
export const Origin = z.string().refine((s) => {
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === s;
  } catch {
    return false;
  }
}, 'expected a web origin such as https://portal.example.com');

export const EXPORT_FORMAT = 'claimclock-export';
export const EXPORT_SCHEMA_VERSION = 1;

/** The export file. Rule packs are validated separately by rules/parse.ts (its messages name the bad rule). */
export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.number().int().min(1).max(EXPORT_SCHEMA_VERSION),
  exportedAt: IsoTimestamp,
  settings: SettingsSchema,
  tracked: z.array(TrackedNoticeSchema),
  allowedSites: z.array(Origin).default([]),
  rulePacks: z.array(z.unknown()).default([]),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

// The schemas must produce exactly the contract types (a compile-time check, no runtime cost).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _settingsMatch: Same<z.infer<typeof SettingsSchema>, Settings> = true;
const _trackedMatch: Same<z.infer<typeof TrackedNoticeSchema>, TrackedNotice> = true;
void _settingsMatch;
void _trackedMatch;

/** "reminderLeadDays.0: Too small…" → one plain line naming the field. */
export function describeIssue(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return `${prefix}invalid data`;
  const path = issue.path.map(String).join('.');
  return `${prefix}${path ? `${path}: ` : ''}${issue.message}`;
}

// Every message between the extension's contexts, as one typed map: the request each type carries, the reply it gets
// and who may send it. Senders use send() / sendToTab() (messaging/client.ts), receivers listen() (messaging/handle.ts);
// both are typed from this map, so no call site casts. Zod-free and browser-free: the page probe imports it.
import type { DateRole, Deadline, Language, Notice } from '../model';
import type { DocumentErrorCode } from '../extract/errors';
import type { TextDocument } from '../extract/text-document';
import type { DateChoice } from '../app/choices';
import type { NoticeCorrection } from '../app/corrections';
import type { RulePackSummary, StorageHealthReport } from '../app/store';
import type { Settings, TrackedNotice } from '../storage/types';

/** What the page's scanner found, for the popup's "This page". */
export interface PageNotices {
  url: string;
  title: string;
  notices: Notice[];
  /** Plain-language message when the page could not be read (too large to read automatically). */
  error?: string;
  /** Milliseconds the last scan took (for the benchmark). */
  scanMs?: number;
}

/** What a banner needs to show a page's countdowns: the deadlines of each notice, from the user's context. */
export interface PageDeadlines {
  /** Per notice, with the user's stored corrections applied. */
  deadlines: Deadline[][];
  /** Per notice, per deadline: the dates to choose from when it needs a check (app/choices.ts). */
  choices?: DateChoice[][][];
  /** Per notice: the dates a deadline waits for ("needs a date"). */
  missing?: DateRole[][];
  countdown: 'safe' | 'latest';
  language: Language;
  today: string;
}

export type SiteAccessResult = { ok: true } | { ok: false; error: string };

export type TrackedPatch = Partial<Pick<TrackedNotice, 'status' | 'corrections'>>;

/**
 * Who may send a message, as the receiver sees it (messaging/handle.ts):
 * - page: one of the extension's own pages (popup, options, viewer);
 * - content: one of the extension's content scripts (the probe or the scanner) in a web page's top frame.
 */
export type SenderKind = 'page' | 'content';

interface Def<Req, Rep, From extends SenderKind> {
  request: Req;
  reply: Rep;
  from: From;
}

export interface Protocol {
  /**
   * A page or the viewer found notices: the worker stores them. From the viewer, only for a file the user picked,
   * or notices the user chose to track (`byUser`), or a PDF the extension's own redirect opened (`viewerKey`,
   * background/viewer-key.ts).
   */
  'notices-found': Def<{ url: string; title: string; notices: Notice[]; viewerKey?: string; byUser?: boolean }, { ids: string[]; skipped: number }, SenderKind>;
  /** The popup asks a tab's scanner what it found (the content script answers). */
  'get-page-notices': Def<Record<string, never>, PageNotices, 'page'>;
  /** The popup asks the worker to read the active tab now (activeTab + the scanner file). */
  'scan-tab': Def<{ tabId: number }, PageNotices, 'page'>;
  /** The probe found claim-page words on an allowed site: the worker injects the scanner into that tab. */
  'page-relevant': Def<Record<string, never>, { injected: boolean }, 'content'>;
  /**
   * The scanner read a page that looks like a claim page: the worker finds its notices (extract/ lives in the worker,
   * not in every page), with the user's today. `error`: the page could not be read within the budget.
   */
  'detect-page': Def<{ doc: TextDocument }, { notices: Notice[]; error?: DocumentErrorCode }, 'content'>;
  /** The scanner asks for the deadlines of the notices it found, from the user's settings and rule packs. */
  'page-deadlines': Def<{ notices: Notice[]; url?: string }, PageDeadlines, 'content'>;
  /** The user confirmed or entered a date for a notice seen at `url`: the worker stores it as a correction. */
  'correct-notice': Def<{ url: string; notice: Notice; patch: NoticeCorrection }, { stored: boolean; id?: string }, SenderKind>;
  /** The viewer reopened a file: the dates the user already confirmed for its notices (null: none stored). */
  'stored-corrections': Def<{ url: string; notices: Notice[] }, (NoticeCorrection | null)[], 'page'>;
  /** After the permission was granted: scan the origin on every visit. */
  'allow-site': Def<{ origin: string }, SiteAccessResult, 'page'>;
  'disallow-site': Def<{ origin: string }, SiteAccessResult, 'page'>;
  /** The popup reads the PDF the active tab shows (activeTab): its bytes, base64 (background/read-pdf-tab.ts). */
  'read-pdf-tab': Def<{ tabId: number }, { url: string; title: string; data: string }, 'page'>;
  /** Opens a PDF in ClaimClock's viewer with this session's viewer key: in the given tab, or a new one. */
  'open-viewer': Def<{ url: string; tabId?: number }, { opened: boolean }, 'page'>;
  /** Dates moved in a way the storage watchers cannot see (a test): recompute badge and alarms. */
  'refresh-reminders': Def<Record<string, never>, { ok: true }, 'page'>;
  // Writes: the worker is the one writer of stored data (storage/writer.ts); pages ask it.
  'store:update-tracked': Def<{ id: string; patch: TrackedPatch }, null, 'page'>;
  'store:add-manual': Def<{ notice: Notice; title: string }, { id: string }, 'page'>;
  'store:save-settings': Def<{ patch: Partial<Settings> }, Settings, 'page'>;
  'store:import-rule-pack': Def<{ json: string }, RulePackSummary, 'page'>;
  'store:reset-rule-packs': Def<Record<string, never>, null, 'page'>;
  'store:remove-site': Def<{ origin: string }, null, 'page'>;
  'store:import-all': Def<{ json: string }, null, 'page'>;
  'store:delete-all': Def<Record<string, never>, null, 'page'>;
  'store:health': Def<Record<string, never>, StorageHealthReport, 'page'>;
}

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T]['request'];
export type ReplyOf<T extends MessageType> = Protocol[T]['reply'];
/** On the wire: the type and the request's fields in one object. */
export type Envelope<T extends MessageType = MessageType> = { type: T } & RequestOf<T>;
/** On the wire, back: the value, or a plain-language error. */
export type ReplyEnvelope<T extends MessageType = MessageType> = { ok: true; value: ReplyOf<T> } | { ok: false; error: string };

/** Who may send each type: checked by the receiver before any handler runs. */
export const ALLOWED_FROM: { [T in MessageType]: readonly SenderKind[] } = {
  'notices-found': ['page', 'content'],
  'get-page-notices': ['page'],
  'scan-tab': ['page'],
  'page-relevant': ['content'],
  'detect-page': ['content'],
  'page-deadlines': ['content'],
  'correct-notice': ['page', 'content'],
  'stored-corrections': ['page'],
  'allow-site': ['page'],
  'disallow-site': ['page'],
  'read-pdf-tab': ['page'],
  'open-viewer': ['page'],
  'refresh-reminders': ['page'],
  'store:update-tracked': ['page'],
  'store:add-manual': ['page'],
  'store:save-settings': ['page'],
  'store:import-rule-pack': ['page'],
  'store:reset-rule-packs': ['page'],
  'store:remove-site': ['page'],
  'store:import-all': ['page'],
  'store:delete-all': ['page'],
  'store:health': ['page'],
};

export const isMessageType = (t: unknown): t is MessageType => typeof t === 'string' && Object.prototype.hasOwnProperty.call(ALLOWED_FROM, t);

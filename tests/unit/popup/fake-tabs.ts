// A fake TabBridge and CalendarExport for popup tests.
import { vi } from 'vitest';
import type { ActiveTab, TabBridge } from '../../../popup/deps';
import type { PageNotices } from '../../../messaging/protocol';
import type { CalendarExport } from '../../../app/calendar';

export function fakeTabs(opts: { tab?: ActiveTab | null; page?: PageNotices | null; scan?: PageNotices | Error; allow?: { ok: boolean; error?: string }; allowed?: boolean } = {}) {
  const tab = opts.tab === undefined ? { id: 7, url: 'https://portal.example/letters/1', title: 'Letter' } : opts.tab;
  return {
    activeTab: vi.fn(async () => tab),
    pageNotices: vi.fn(async () => (opts.page === undefined ? null : opts.page)),
    scan: vi.fn(async () => {
      if (opts.scan instanceof Error) throw opts.scan;
      return opts.scan ?? { url: tab?.url ?? '', title: 'Letter', notices: [] };
    }),
    allowSite: vi.fn(async () => opts.allow ?? { ok: true }),
    isSiteAllowed: vi.fn(async () => opts.allowed ?? false),
    readPdf: vi.fn(async () => {
      if (opts.scan instanceof Error) throw opts.scan;
      return opts.scan ?? { url: tab?.url ?? '', title: 'Letter', notices: [] };
    }),
    openViewer: vi.fn(),
    openOptions: vi.fn(),
  } satisfies TabBridge;
}

export const fakeCalendar = (): CalendarExport & { ics: ReturnType<typeof vi.fn> } => ({
  ics: vi.fn(() => 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'),
  googleUrl: (item) => `https://calendar.google.com/?rule=${item.deadline.rule}`,
  outlookUrl: (item) => `https://outlook.live.com/?rule=${item.deadline.rule}`,
});

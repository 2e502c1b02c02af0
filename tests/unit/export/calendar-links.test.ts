import { describe, expect, it } from 'vitest';
import { calendarExport } from '../../../export';
import { nextDay } from '../../../export/text';
import { imrItem } from './items';

describe('calendar links', () => {
  it('opens Google Calendar with an all-day event on the safe date, ending the next day', () => {
    const url = new URL(calendarExport.googleUrl(imrItem(), 'en'));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20260401/20260402');
    expect(url.searchParams.get('text')).toBe('Ask for Independent Medical Review (IMR) — Claim SMC-0448217');
    expect(url.searchParams.get('details')).toContain('Latest date the law may allow: Wednesday, April 8, 2026');
    expect(url.searchParams.get('details')).toContain('Lab. Code § 4610.5(h)(1)');
  });

  it('opens Outlook.com compose with an all-day event', () => {
    const url = new URL(calendarExport.outlookUrl(imrItem(), 'es'));
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/calendar/0/deeplink/compose');
    expect(url.searchParams.get('path')).toBe('/calendar/action/compose');
    expect(url.searchParams.get('rru')).toBe('addevent');
    expect(url.searchParams.get('startdt')).toBe('2026-04-01');
    expect(url.searchParams.get('enddt')).toBe('2026-04-02');
    expect(url.searchParams.get('allday')).toBe('true');
    expect(url.searchParams.get('subject')).toBe('Pida una Revisión Médica Independiente (IMR) — Reclamo SMC-0448217');
  });

  it('keeps the link short even when the description is long', () => {
    const item = imrItem();
    const long = { ...item, deadline: { ...item.deadline, explanation: { en: 'word '.repeat(2000), es: 'palabra '.repeat(2000) } } };
    const details = new URL(calendarExport.googleUrl(long, 'en')).searchParams.get('details')!;
    expect(details.length).toBeLessThanOrEqual(1500);
    expect(details.endsWith('…')).toBe(true);
  });

  it('ends all-day events on the next day across month, year and leap-day boundaries', () => {
    expect(nextDay('2026-04-30')).toBe('2026-05-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2028-02-29')).toBe('2028-03-01');
  });
});

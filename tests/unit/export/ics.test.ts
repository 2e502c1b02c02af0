// The .ics text is checked with an independent parser (ical.js), not with the library that wrote it.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarExport, createCalendarExport } from '../../../export';
import { deadlinesToIcs, eventUid } from '../../../export/ics';
import { foldLine } from '../../../export/fold';
import { imrItem, itemsFor, urDenialNotice } from './items';

const NOW = new Date('2026-03-10T12:00:00Z');

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent');
}

function single(ics: string) {
  const [vevent] = events(ics);
  if (!vevent) throw new Error('no VEVENT');
  return vevent;
}

describe('ICS export', () => {
  it('writes an all-day event on the safe date, ending the next day', () => {
    const ics = deadlinesToIcs([imrItem()], 'en', { now: NOW });
    const vevent = single(ics);
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-04-01');
    expect(end.isDate).toBe(true);
    expect(end.toString()).toBe('2026-04-02');
    expect(ics).toMatch(/\r\nDTSTART;VALUE=DATE:20260401\r\n/);
    expect(ics).toMatch(/\r\nDTSTAMP:20260310T120000Z\r\n/);
  });

  it('keeps the UID stable across exports and different for each rule', () => {
    const a = events(deadlinesToIcs(itemsFor(urDenialNotice()), 'en', { now: NOW }));
    const b = events(deadlinesToIcs(itemsFor(urDenialNotice()), 'en', { now: new Date() }));
    const uids = a.map((e) => e.getFirstPropertyValue('uid'));
    expect(uids.length).toBeGreaterThanOrEqual(1);
    expect(b.map((e) => e.getFirstPropertyValue('uid'))).toEqual(uids);
    expect(eventUid(imrItem())).toBe('notice-1.ca.imr.request@claimclock');
    const other = { ...imrItem(), deadline: { ...imrItem().deadline, rule: 'ca.imr.request_formulary' } };
    expect(eventUid(other)).not.toBe(eventUid(imrItem()));
    expect(eventUid({ ...imrItem(), noticeId: 'notice-2' })).not.toBe(eventUid(imrItem()));
  });

  it('bumps SEQUENCE with the tracked notice revision', () => {
    expect(single(deadlinesToIcs([imrItem(1)], 'en')).getFirstPropertyValue('sequence')).toBe(1);
    expect(single(deadlinesToIcs([imrItem(4)], 'en')).getFirstPropertyValue('sequence')).toBe(4);
  });

  it('adds display reminders 7, 3 and 1 days before and on the day, at 9:00', () => {
    const alarms = single(deadlinesToIcs([imrItem()], 'en')).getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(4);
    const triggers = alarms.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 3600);
    expect(triggers).toEqual([-(7 * 24 - 9), -(3 * 24 - 9), -(24 - 9), 9]);
    for (const a of alarms) {
      expect(a.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(a.getFirstPropertyValue('description'))).toMatch(/^Ask for Independent Medical Review \(IMR\): /);
    }
    expect(alarms.map((a) => String(a.getFirstPropertyValue('description')))).toContainEqual(
      expect.stringMatching(/^Ask for Independent Medical Review \(IMR\): 3 days left\. Sign the IMR form .*It must arrive by this date\./),
    );
  });

  it('takes the reminder lead days as a parameter (and ignores duplicates and negatives)', () => {
    const ics = deadlinesToIcs([imrItem()], 'en', { leadDays: [14, 0, 0, -2] });
    const triggers = single(ics).getAllSubcomponents('valarm')
      .map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 3600);
    expect(triggers).toEqual([-(14 * 24 - 9), 9]);
    expect(ics).not.toMatch(/TRIGGER:-?PT\r\n/);
    const custom = createCalendarExport({ leadDays: [2] }).ics([imrItem()], 'en');
    expect(single(custom).getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it('puts the pathway and the claim number in the summary, in English or Spanish', () => {
    expect(single(calendarExport.ics([imrItem()], 'en')).getFirstPropertyValue('summary'))
      .toBe('Ask for Independent Medical Review (IMR) — Claim SMC-0448217');
    const es = single(calendarExport.ics([imrItem()], 'es'));
    expect(es.getFirstPropertyValue('summary')).toBe('Pida una Revisión Médica Independiente (IMR) — Reclamo SMC-0448217');
    expect(String(es.getFirstPropertyValue('description'))).toMatch(/Última fecha que la ley podría permitir: miércoles, 8 de abril de 2026/);
    expect(String(es.getFirstPropertyValue('description'))).toMatch(/Cómo se calculó esta fecha/);
  });

  it('describes the steps, the latest date and the citation', () => {
    const description = String(single(calendarExport.ics([imrItem()], 'en')).getFirstPropertyValue('description'));
    expect(description).toContain('Act by Wednesday, April 1, 2026, this day included.');
    expect(description).toContain('What to do: Sign the IMR form that came with the letter (DWC Form IMR).');
    expect(description).toContain('Latest date the law may allow: Wednesday, April 8, 2026');
    expect(description).toContain('- Start: 2026-03-02 (decision date)');
    expect(description).toContain('Rule: Lab. Code § 4610.5(h)(1)');
    expect(description.split('\n').length).toBeGreaterThan(8);
  });

  it('lists the assumptions, including an uncertain start date', () => {
    const item = imrItem(1, { serviceMethod: null, dateNotes: { decision_date: 'Read by OCR from a scanned page' } });
    const description = String(single(calendarExport.ics([item], 'en')).getFirstPropertyValue('description'));
    expect(description).toMatch(/Assumptions:\n- The decision date \(2026-03-02\) may be misread: Read by OCR from a scanned page\n/);
    expect(description).toMatch(/\n- Service method unknown: /);
  });

  it('escapes commas, semicolons, backslashes and newlines in text, and reads back the same text', () => {
    const item = imrItem(1, { facts: { claimNumber: 'A,B;C\\D' } });
    const tricky = { ...item, deadline: { ...item.deadline, explanation: { en: 'One, two; three\nfour \\ five', es: 'x' } } };
    const ics = deadlinesToIcs([tricky], 'en');
    expect(ics).toContain('A\\,B\\;C\\\\D');
    const vevent = single(ics);
    expect(vevent.getFirstPropertyValue('summary')).toBe('Ask for Independent Medical Review (IMR) — Claim A,B;C\\D');
    expect(String(vevent.getFirstPropertyValue('description'))).toMatch(/^One, two; three\nfour \\ five\n/);
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(String(alarm.getFirstPropertyValue('description'))).toMatch(/^Ask for Independent Medical Review \(IMR\): 7 days left\. Sign/);
  });

  it('escapes a lone carriage return like a line break, so it cannot end a property early', () => {
    const item = imrItem(1);
    const tricky = { ...item, deadline: { ...item.deadline, explanation: { en: 'one\rDTSTART:20000101\r\ntwo', es: 'x' } } };
    const ics = deadlinesToIcs([tricky], 'en');
    expect(ics).not.toMatch(/\r(?!\n)/);
    expect(ics).not.toMatch(/^DTSTART:2000/m);
    expect(String(single(ics).getFirstPropertyValue('description'))).toMatch(/^one\nDTSTART:20000101\ntwo\n/);
  });

  it('folds every line at 75 octets with CRLF, even in Spanish, without splitting a character or an escape', () => {
    const ics = calendarExport.ics(itemsFor(urDenialNotice()), 'es');
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(40)}\\n${'x'.repeat(60)}`);
    for (const l of folded.split('\r\n')) {
      expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
      expect(l.endsWith('\\')).toBe(false);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(40)}\\n${'x'.repeat(60)}`);
  });

  it('exports several deadlines as one calendar, and only one reminder for informational dates', () => {
    const notice = urDenialNotice({ dates: { decision_date: '2026-03-02', service_date: '2026-03-04', imr_requested_date: '2026-03-20' } });
    const items = itemsFor(notice);
    expect(items.length).toBeGreaterThanOrEqual(2);
    const all = events(calendarExport.ics(items, 'en'));
    expect(all).toHaveLength(items.length);
    const expected = all.find((e) => String(e.getFirstPropertyValue('uid')).includes('ca.imr.decision_expected'))!;
    expect(expected.getAllSubcomponents('valarm')).toHaveLength(1);
    expect(new ICAL.Component(ICAL.parse(calendarExport.ics(items, 'en'))).getFirstPropertyValue('prodid')).toMatch(/ClaimClock/);
  });
});

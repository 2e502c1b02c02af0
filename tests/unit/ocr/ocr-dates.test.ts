// Dates that survive OCR: the confusions of issue 12, and the readings that must be refused.
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../extract/dates';
import { repairNumericToken, repairOcrDates } from '../../../ocr/ocr-dates';
import { normalizeOcrText } from '../../../ocr/normalize';

const NOW = new Date('2026-06-01T00:00:00Z');
const fix = (text: string) => repairOcrDates(text, NOW).text;

describe('repairOcrDates', () => {
  it('reads slashes that came out as 7 or 1 ("0372172025")', () => {
    expect(fix('Date mailed: 0372172025')).toBe('Date mailed: 03/21/2025');
    expect(fix('Date mailed: 03/2172025')).toBe('Date mailed: 03/21/2025');
    expect(fix('Served 1171472026 by mail')).toBe('Served 11/14/2026 by mail');
  });
  it('reads letters for digits (O/0, l/I/1, S/5, B/8)', () => {
    expect(fix('Date: O3/O4/2O26')).toBe('Date: 03/04/2026');
    expect(fix('Date: l1/l7/2026')).toBe('Date: 11/17/2026');
    expect(fix('Date: 1I/1S/2026')).toBe('Date: 11/15/2026');
    expect(fix('Date: 0B/2B/2026')).toBe('Date: 08/28/2026');
  });
  it('reads ") an" as Jan, before the day or between day and year', () => {
    expect(fix('Date of decision: ) an 15, 2026')).toBe('Date of decision: Jan 15, 2026');
    expect(fix('Served 15-) an-2026')).toBe('Served 15-Jan-2026');
    expect(fix('] anuary 5, 2026')).toBe('] january 5, 2026'); // the J lost: one letter off
    expect(parseDates(fix('on ) an. 6, 2026'))[0]?.iso).toBe('2026-01-06');
  });
  it('reads a month name one letter off', () => {
    expect(fix('On Octoner 6, 2026, I served')).toBe('On October 6, 2026, I served');
    expect(fix('Fecha: 12 de muyo de 2026')).toBe('Fecha: 12 de muyo de 2026'); // "muyo" is one letter from mayo, but not before a day
    expect(fix('Septernber 28, 2026')).toBe('Septernber 28, 2026'); // two letters off: left alone
    expect(fix('Augusl 13, 2026')).toBe('August 13, 2026');
  });
  it('reads back a year a fax misread (6 as 8 or 0) as the nearest year that fits the page', () => {
    expect(fix('assigned on August 11, 2028. Date of injury: March 27, 2026')).toBe('assigned on August 11, 2026. Date of injury: March 27, 2026');
    // a year that can be the letter's is never rewritten (injuries and births are long ago), so a repair near it
    // that does not fit the page is refused
    expect(fix('On Octoner 6, 2020, I served; letter of October 2, 2026')).toBe('On Octoner 6, 2020, I served; letter of October 2, 2026');
    expect(fix('Date of injury 10/20/2020, letter 10/20/2026')).toBe('Date of injury 10/20/2020, letter 10/20/2026');
    expect(fix('Date of birth 12/11/1979, letter 10/20/2026')).toBe('Date of birth 12/11/1979, letter 10/20/2026');
  });
  it('reads back a 2 that a fax turned into a 7 in the year, when only that reading fits', () => {
    expect(fix('Letter 08/17/2026. The UR decision of July 2, 2076.')).toBe('Letter 08/17/2026. The UR decision of July 2, 2026.');
    expect(fix('Date of injury 11/30/7025; letter 10/14/2026')).toBe('Date of injury 11/30/2025; letter 10/14/2026');
    expect(fix('Date of UR decision: 0804/2076')).toBe('Date of UR decision: 0804/2076'); // a lost slash: not a date shape
    expect(fix('Dare mailed: 02127126')).toBe('Dare mailed: 02/27/26');
    expect(fix('UR Denial Date: 0B/27/2026')).toBe('UR Denial Date: 08/27/2026');
  });
  it('leaves dates that were read right, and numbers that are not dates, alone', () => {
    expect(fix('Date: 03/04/2026 and 3/4/26')).toBe('Date: 03/04/2026 and 3/4/26');
    expect(fix('Claim 0372172025-A, phone 5595550104, CM26-0391177')).toBe('Claim 0372172025-A, phone 5595550104, CM26-0391177');
    expect(fix('$1,171.25 and 2017-2025')).toBe('$1,171.25 and 2017-2025');
    expect(fix('Ian 15 copies')).toBe('Ian 15 copies');
  });
  it('refuses a reading that is not a calendar date', () => {
    expect(repairNumericToken('0273172026', [2026], NOW)).toBeNull(); // 02/31
    expect(repairNumericToken('1372172026', [2026], NOW)).toBeNull(); // month 13
  });
  it('refuses a reading far from the years of the other dates on the page', () => {
    expect(fix('Letter date 03/04/2026. Ref 0372171998')).toBe('Letter date 03/04/2026. Ref 0372171998');
    expect(fix('Letter date 03/04/2026. Mailed 0370472026')).toBe('Letter date 03/04/2026. Mailed 03/04/2026');
    // no other date on the page: near the current year
    expect(repairNumericToken('0372171998', [], NOW)).toBeNull();
    expect(repairNumericToken('0372172025', [], NOW)).toBe('03/21/2025');
  });
});

describe('normalizeOcrText', () => {
  it('repairs dates as part of cleaning the OCR text', () => {
    expect(normalizeOcrText('| served this on 0372172026')).toBe('I served this on 03/21/2026');
  });
});

import { describe, expect, it } from 'vitest';
import {
  addBusinessDays, addCalendarDays, addCalendarMonths, addCalendarYears, addWorkingDays, CALIFORNIA_CALENDAR, calendarFor,
  californiaHolidays, COLORADO_CALENDAR, coloradoHolidays, daysBetween, govCode6700OnlyDays, isBusinessDay, isIsoDate,
  isWorkingDay, rollForward, rollForwardOn,
} from '../../../rules';

// CalHR holidays 2025–2027 with observed dates, checked by hand against a calendar.
// [observed date, name, where a deadline landing on it may be done (roll-forward), stops on an uncertain day?]
const HOLIDAYS: Record<number, [string, string, string, boolean][]> = {
  2025: [
    ['2025-01-01', "New Year's Day", '2025-01-02', false],
    ['2025-01-20', 'Martin Luther King Jr. Day', '2025-01-21', false],
    ['2025-02-17', "Presidents' Day", '2025-02-18', false],
    ['2025-03-31', 'Cesar Chavez Day', '2025-04-01', false],
    ['2025-05-26', 'Memorial Day', '2025-05-27', false],
    ['2025-07-04', 'Independence Day', '2025-07-07', false],
    ['2025-09-01', 'Labor Day', '2025-09-02', false],
    ['2025-11-11', 'Veterans Day', '2025-11-12', false],
    ['2025-11-27', 'Thanksgiving Day', '2025-11-28', true],
    ['2025-11-28', 'Day after Thanksgiving', '2025-11-28', true],
    ['2025-12-25', 'Christmas Day', '2025-12-26', false],
  ],
  2026: [
    ['2026-01-01', "New Year's Day", '2026-01-02', false],
    ['2026-01-19', 'Martin Luther King Jr. Day', '2026-01-20', false],
    ['2026-02-16', "Presidents' Day", '2026-02-17', false],
    ['2026-03-31', 'Cesar Chavez Day', '2026-04-01', false],
    ['2026-05-25', 'Memorial Day', '2026-05-26', false],
    // Independence Day 2026 is a Saturday: CalHR gives holiday credit, no Friday closure.
    ['2026-09-07', 'Labor Day', '2026-09-08', false],
    ['2026-11-11', 'Veterans Day', '2026-11-12', false],
    ['2026-11-26', 'Thanksgiving Day', '2026-11-27', true],
    ['2026-11-27', 'Day after Thanksgiving', '2026-11-27', true],
    ['2026-12-25', 'Christmas Day', '2026-12-28', false],
  ],
  2027: [
    ['2027-01-01', "New Year's Day", '2027-01-04', false],
    ['2027-01-18', 'Martin Luther King Jr. Day', '2027-01-19', false],
    ['2027-02-15', "Presidents' Day", '2027-02-16', false],
    ['2027-03-31', 'Cesar Chavez Day', '2027-04-01', false],
    ['2027-05-31', 'Memorial Day', '2027-06-01', false],
    ['2027-07-05', 'Independence Day', '2027-07-06', false], // Sunday July 4 → observed Monday
    ['2027-09-06', 'Labor Day', '2027-09-07', false],
    ['2027-11-11', 'Veterans Day', '2027-11-12', false],
    ['2027-11-25', 'Thanksgiving Day', '2027-11-26', true],
    ['2027-11-26', 'Day after Thanksgiving', '2027-11-26', true],
    // Christmas 2027 is a Saturday: no Friday closure.
  ],
};

describe('californiaHolidays', () => {
  for (const [year, rows] of Object.entries(HOLIDAYS)) {
    it(`lists the CalHR holidays of ${year} with observed dates`, () => {
      expect(californiaHolidays(Number(year)).map((h) => [h.date, h.name])).toEqual(rows.map(([d, n]) => [d, n]));
    });
    for (const [date, name, rolled, uncertain] of rows) {
      it(`rolls a deadline on ${name} ${date} to ${rolled}${uncertain ? ' (stops on an uncertain day)' : ''}`, () => {
        const roll = rollForward(date);
        expect(roll.date).toBe(rolled);
        expect(roll.stoppedOnUncertain !== undefined).toBe(uncertain);
        expect(isBusinessDay(date)).toBe(false);
      });
    }
  }

  it('marks only the day after Thanksgiving as uncertain for WCAB filing', () => {
    const uncertain = [2025, 2026, 2027].flatMap((y) => californiaHolidays(y)).filter((h) => h.uncertainForFiling);
    expect(uncertain.map((h) => h.date)).toEqual(['2025-11-28', '2026-11-27', '2027-11-26']);
  });

  it('keeps the actual date of a holiday observed on another day', () => {
    const july = californiaHolidays(2027).find((h) => h.name === 'Independence Day');
    expect(july).toMatchObject({ date: '2027-07-05', actualDate: '2027-07-04' });
  });

  it('observes Veterans Day on the preceding Friday when November 11 is a Saturday (2028)', () => {
    const vet = californiaHolidays(2028).find((h) => h.name === 'Veterans Day');
    expect(vet).toMatchObject({ date: '2028-11-10', actualDate: '2028-11-11' });
  });

  it('observes a Sunday New Year on Monday (2023)', () => {
    expect(californiaHolidays(2023)[0]).toMatchObject({ date: '2023-01-02', name: "New Year's Day" });
  });
});

describe('Gov. Code 6700-only days', () => {
  it('are business days, flagged uncertain for filing', () => {
    const days = govCode6700OnlyDays(2026);
    expect(days.map((d) => d.name)).toEqual(expect.arrayContaining(['Lincoln Day', 'Columbus Day', 'Native American Day', 'Lunar New Year']));
    for (const d of days) {
      expect(d.uncertainForFiling).toBe(true);
    }
    expect(isBusinessDay('2026-10-12')).toBe(true); // Columbus Day, a Monday
    expect(isBusinessDay('2026-02-12')).toBe(true); // Lincoln Day, a Thursday
    expect(days.find((d) => d.name === 'Native American Day')?.date).toBe('2026-09-25');
  });
});

describe('rollForward', () => {
  it('moves a Saturday to Monday and names what it skipped', () => {
    expect(rollForward('2026-04-04')).toEqual({
      from: '2026-04-04', date: '2026-04-06', calendar: 'us-ca',
      skipped: [{ date: '2026-04-04', reason: 'Saturday' }, { date: '2026-04-05', reason: 'Sunday' }],
    });
  });

  it('leaves a business day alone', () => {
    expect(rollForward('2026-04-08')).toEqual({ from: '2026-04-08', date: '2026-04-08', skipped: [], calendar: 'us-ca' });
  });

  it('skips a weekend and an observed Monday holiday together (July 4, 2027)', () => {
    expect(rollForward('2027-07-03').date).toBe('2027-07-06');
  });
});

describe('business days', () => {
  it('counts day 1 as the next business day', () => {
    expect(addBusinessDays('2026-04-03', 1)).toBe('2026-04-06'); // Friday → Monday
    expect(addBusinessDays('2026-04-06', 5)).toBe('2026-04-13');
  });

  it('skips Thanksgiving and the day after (Lab. Code 4600.4(b) adopts the CalHR list)', () => {
    expect(addBusinessDays('2026-11-25', 5)).toBe('2026-12-04');
  });

  it('starting on a weekend counts from the next business day', () => {
    expect(addBusinessDays('2026-04-04', 1)).toBe('2026-04-06');
  });
});

describe('calendar day arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('clamps months and years to the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addCalendarYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('is not shifted by daylight saving time in California', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(addCalendarDays('2026-03-07', 2)).toBe('2026-03-09');
      expect(addCalendarDays('2026-10-31', 2)).toBe('2026-11-02');
      expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
      expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    } finally {
      process.env.TZ = saved;
    }
  });

  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('CalHR re-check for 2026 and 2027 (rules audit 2026-12)', () => {
  // AB 1655 (2022) made Juneteenth a Gov. Code § 6700 holiday that state employees may ELECT to take; offices stay
  // open, and the CalHR 2024 list omits it. Juneteenth 2026 is a Friday, 2027 a Saturday.
  it('keeps Juneteenth a working day for California offices', () => {
    expect(isBusinessDay('2026-06-19')).toBe(true);
    expect(californiaHolidays(2026).map((h) => h.id)).not.toContain('juneteenth');
    expect(californiaHolidays(2027).map((h) => h.id)).not.toContain('juneteenth');
    expect(govCode6700OnlyDays(2026).find((d) => d.id === 'juneteenth')?.date).toBe('2026-06-19');
  });

  it('gives every holiday a stable id for translation', () => {
    expect(californiaHolidays(2026).map((h) => h.id)).toEqual([
      'new_year', 'mlk', 'presidents', 'cesar_chavez', 'memorial', 'labor', 'veterans', 'thanksgiving', 'day_after_thanksgiving', 'christmas',
    ]);
  });
});

describe('working days by mode', () => {
  it("'filing' stops a roll on the day after Thanksgiving; 'office' (the Medical Unit is closed) rolls past it", () => {
    expect(rollForwardOn('2026-11-26', CALIFORNIA_CALENDAR, 'filing')).toMatchObject({ date: '2026-11-27', stoppedOnUncertain: { id: 'day_after_thanksgiving' } });
    expect(rollForwardOn('2026-11-26', CALIFORNIA_CALENDAR, 'office')).toMatchObject({ date: '2026-11-30' });
    expect(rollForwardOn('2026-11-26', CALIFORNIA_CALENDAR, 'office').stoppedOnUncertain).toBeUndefined();
  });

  it("counts the day after Thanksgiving as a business day in 'filing' mode only", () => {
    expect(addWorkingDays('2026-11-25', 1, CALIFORNIA_CALENDAR, 'filing')).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-25', 1, CALIFORNIA_CALENDAR, 'office')).toBe('2026-11-30');
    expect(isWorkingDay('2026-11-27', CALIFORNIA_CALENDAR, 'filing')).toBe(true);
    expect(isWorkingDay('2026-11-27', CALIFORNIA_CALENDAR, 'office')).toBe(false);
  });
});

describe('Colorado legal holidays (C.R.S. § 24-11-101) and roll (C.R.S. § 2-4-108)', () => {
  // § 24-11-101(1): New Year's; 3rd Monday of January; 3rd Monday of February (Washington-Lincoln); last Monday of May;
  // June 19; July 4; 1st Monday of September; 1st Monday of October (Frances Xavier Cabrini); November 11; 4th Thursday
  // of November; December 25. § 24-11-101(2): a Sunday holiday is observed on Monday; no Saturday rule.
  it('lists 2026 with observed dates (July 4 is a Saturday: not moved)', () => {
    expect(coloradoHolidays(2026).map((h) => [h.date, h.id])).toEqual([
      ['2026-01-01', 'new_year'], ['2026-01-19', 'mlk'], ['2026-02-16', 'presidents'], ['2026-05-25', 'memorial'],
      ['2026-06-19', 'juneteenth'], ['2026-09-07', 'labor'], ['2026-10-05', 'cabrini'], ['2026-11-11', 'veterans'],
      ['2026-11-26', 'thanksgiving'], ['2026-12-25', 'christmas'],
    ]);
  });

  it('lists 2027 with a Sunday July 4 observed on Monday and a Saturday Juneteenth and Christmas left out', () => {
    expect(coloradoHolidays(2027).map((h) => [h.date, h.id])).toEqual([
      ['2027-01-01', 'new_year'], ['2027-01-18', 'mlk'], ['2027-02-15', 'presidents'], ['2027-05-31', 'memorial'],
      ['2027-07-05', 'independence'], ['2027-09-06', 'labor'], ['2027-10-04', 'cabrini'], ['2027-11-11', 'veterans'],
      ['2027-11-25', 'thanksgiving'],
    ]);
  });

  it('has no Cesar Chavez Day, day after Thanksgiving or Columbus Day closure', () => {
    const ids = [2025, 2026, 2027, 2028].flatMap((y) => coloradoHolidays(y).map((h) => h.id));
    expect(ids).not.toContain('cesar_chavez');
    expect(ids).not.toContain('day_after_thanksgiving');
    expect(ids).not.toContain('columbus');
    expect(calendarFor('US-CO')).toBe(COLORADO_CALENDAR);
    expect(calendarFor('US-CA')).toBe(CALIFORNIA_CALENDAR);
  });

  it('rolls on the Colorado calendar, not CalHR', () => {
    expect(rollForwardOn('2026-06-19', COLORADO_CALENDAR).date).toBe('2026-06-22'); // Juneteenth (Friday)
    expect(rollForwardOn('2026-03-31', COLORADO_CALENDAR).date).toBe('2026-03-31'); // Cesar Chavez Day: open in Colorado
    expect(rollForwardOn('2026-11-27', COLORADO_CALENDAR).date).toBe('2026-11-27'); // day after Thanksgiving: open
    expect(rollForwardOn('2026-10-05', COLORADO_CALENDAR).date).toBe('2026-10-06'); // Cabrini Day
  });
});

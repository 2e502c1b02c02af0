import { describe, expect, it } from 'vitest';
import { countdownText } from '../../../i18n';
import { daysBetween } from '../../../rules';
import { summarize } from '../../../page/summary';
import { Notice, type Deadline } from '../../../model';

const notice = Notice.parse({
  kind: 'ur_decision', outcome: 'denied', confidence: 1, serviceMethod: 'mail', expedited: false, represented: null,
  medication: false, dates: { service_date: '2026-03-04' },
});
const deadline = (over: Partial<Deadline>): Deadline => ({
  rule: 'ca.imr.request', type: 'deadline', actor: 'worker', title: { en: 'Request IMR', es: 'Solicite la IMR' },
  explanation: { en: '', es: '' }, citation: 'Lab. Code § 4610.5(h)(1)', source: '', start: '2026-03-04', startRole: 'service_date',
  due: '2026-04-03', latest: '2026-04-08', status: 'upcoming', daysLeft: 0, steps: [], stepDetails: [], needsConfirmation: false,
  assumptions: [], needsCheck: false, checkReasons: [], checkRoles: [], ...over,
});

describe('summarize', () => {
  it('counts down to the safe date and shows both dates', () => {
    const s = summarize(notice, [deadline({})], 'safe', '2026-03-24');
    expect(s).toMatchObject({ heading: 'Utilization review (UR) decision — denied', action: 'Request IMR', countdown: '10 days left' });
    expect(s.dates).toBe('Act by Friday, April 3, 2026, this day included · latest date the law may allow: Wednesday, April 8, 2026');
    expect(s.help).toBeNull();
    expect(s.citation).toBe('Lab. Code § 4610.5(h)(1)');
  });

  it('counts down to the latest date when the user chose it, in Spanish when asked', () => {
    const s = summarize(notice, [deadline({})], 'latest', '2026-03-24', 'es');
    expect(s.countdown).toBe('Quedan 15 días');
    expect(s.action).toBe('Solicite la IMR');
    expect(s.dates).toBe('Actúe a más tardar el viernes, 3 de abril de 2026 · última fecha que la ley podría permitir: el miércoles, 8 de abril de 2026');
  });

  it('prefers the nearest upcoming deadline over past ones and ignores expected dates', () => {
    const s = summarize(notice, [
      deadline({ rule: 'past', due: '2026-03-01', latest: '2026-03-01' }),
      deadline({ rule: 'exp', type: 'expected', due: '2026-03-25', latest: '2026-03-25', title: { en: 'Expected', es: '' } }),
      deadline({ rule: 'soon', due: '2026-03-30', latest: '2026-03-30', title: { en: 'Soon', es: '' } }),
    ], 'safe', '2026-03-24');
    expect(s.action).toBe('Soon');
    expect(s.dates).toBe('Act by Monday, March 30, 2026, this day included');
  });

  it('says plainly when no deadline starts', () => {
    const s = summarize({ ...notice, outcome: 'approved' }, [], 'safe', '2026-03-24');
    expect(s.countdown).toBeNull();
    expect(s.action).toMatch(/No deadline/);
    expect(s.needsDate).toBeNull();
  });

  it('asks for the date a deadline waits for instead of saying no deadline applies', () => {
    const s = summarize({ ...notice, kind: 'mpn_second_opinion', outcome: null, dates: {} }, [], 'safe', '2026-03-24', 'en', { missing: ['received_date'] });
    expect(s.action).toBe('Needs a date');
    expect(s.action).not.toMatch(/No deadline/);
    expect(s.needsDate).toEqual([{ role: 'received_date', label: expect.any(String) }]);
  });

  it('says a date needs a check, with the dates to choose from, and what to do once it has passed', () => {
    const d = deadline({ due: '2026-03-20', latest: '2026-03-20', needsCheck: true, checkReasons: ['conflicting_dates'], checkRoles: ['service_date'],
      ifPassed: { en: 'Call the I&A officer at 1-800-736-7401.', es: 'Llame al funcionario de I&A.' } });
    const s = summarize(notice, [d], 'safe', '2026-03-24', 'en', { choices: [[{ role: 'service_date', date: '2026-03-04', start: 10, end: 20 }]] });
    expect(s.status).toBe('past');
    expect(s.check?.lines[0]).toMatch(/more than one date/);
    expect(s.check?.choices).toEqual([{ label: expect.stringMatching(/March 4, 2026/), choice: expect.objectContaining({ start: 10 }) }]);
    expect(s.ifPassed).toMatch(/1-800-736-7401/);
  });

  it('past the safe date with the latest still ahead: "act today" in the today colour, as the popup shows it', () => {
    const s = summarize(notice, [deadline({ due: '2026-03-20', latest: '2026-03-27' })], 'safe', '2026-03-24', 'en');
    expect(s.countdown).not.toMatch(/Passed/);
    expect(s.status).toBe('today');
    expect(s.help).toMatch(/1-800-736-7401/);
  });
});

describe('date words', () => {
  it('counts calendar days across a DST change and words the countdown in both languages', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect([countdownText(0, 'en'), countdownText(1, 'en'), countdownText(5, 'en'), countdownText(-1, 'en'), countdownText(-3, 'en')]).toEqual(['Due today', '1 day left', '5 days left', 'Passed 1 day ago', 'Passed 3 days ago']);
    expect(countdownText(5, 'es')).toBe('Quedan 5 días');
  });
});

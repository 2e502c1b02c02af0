// `claimclock deadlines`: golden values from tests/unit/rules/golden (not recomputed here), usage errors, --ics.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../../cli/usage';
import { DeadlinesJson } from './contract';
import { run, tempDir } from './harness';

const fx = tempDir();
afterAll(() => fx.dispose());

const UR_MAIL = ['deadlines', '--kind', 'ur_decision', '--outcome', 'denied', '--date', 'decision_date=2026-03-02',
  '--date', 'service_date=2026-03-04', '--service', 'mail', '--today', '2026-03-10'];

describe('claimclock deadlines', () => {
  it('prints the deadlines array alone for a UR denial served by mail (golden: due 2026-04-01, latest 2026-04-08)', async () => {
    const r = await run([...UR_MAIL, '--json'], fx.dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    DeadlinesJson.parse(out);
    expect(out.map((d: { rule: string }) => d.rule)).toEqual(['ca.imr.request']);
    expect(out[0]).toMatchObject({
      rule: 'ca.imr.request', due: '2026-04-01', latest: '2026-04-08', start: '2026-03-02',
      status: 'upcoming', daysLeft: 22, type: 'deadline',
    });
    expect(out[0].citation).toMatch(/^Lab\. Code § 4610\.5\(h\)\(1\)/);
    expect(out[0].steps.join('\n')).toMatch(/\+5 days for mail service/);
  });

  it('follows the golden cases for service in person and for QME panels by representation', async () => {
    const personal = JSON.parse((await run([...UR_MAIL.slice(0, -4), '--service', 'personal', '--json'], fx.dir)).stdout);
    expect(personal[0]).toMatchObject({ due: '2026-04-01', latest: '2026-04-03' });
    const panel = ['deadlines', '--kind', 'qme_panel', '--date', 'panel_assigned_date=2026-06-09', '--service', 'mail', '--json'];
    const represented = JSON.parse((await run([...panel, '--represented'], fx.dir)).stdout);
    expect(represented.find((d: { rule: string }) => d.rule === 'ca.qme.strike')).toMatchObject({ due: '2026-06-19', latest: '2026-06-24' });
    const unrep = ['deadlines', '--kind', 'qme_panel', '--date', 'panel_assigned_date=2026-07-01', '--service', 'mail', '--unrepresented', '--json'];
    const rules = JSON.parse((await run(unrep, fx.dir)).stdout);
    expect(rules.map((d: { rule: string }) => d.rule)).not.toContain('ca.qme.strike');
    expect(rules.find((d: { rule: string }) => d.rule === 'ca.qme.select')).toMatchObject({ due: '2026-07-11', latest: '2026-07-13' });
  });

  it('adds the formulary variant for a medication and honours --expedited', async () => {
    const med = JSON.parse((await run([...UR_MAIL, '--medication', '--json'], fx.dir)).stdout);
    expect(med.find((d: { rule: string }) => d.rule === 'ca.imr.request_formulary')).toMatchObject({ due: '2026-03-12', latest: '2026-04-08' }); // latest from 30 days + 5 for mail (audit A.5)
    const fast = ['deadlines', '--kind', 'ur_decision', '--outcome', 'denied', '--date', 'imr_requested_date=2026-04-01', '--expedited', '--json'];
    const out = JSON.parse((await run(fast, fx.dir)).stdout);
    expect(out.find((d: { rule: string }) => d.rule === 'ca.imr.decision_expected_expedited')).toMatchObject({ due: '2026-04-04' });
  });

  it('takes --served-region for the earliest panel request after an objection: farther is later, unknown is the farthest', async () => {
    const base = ['deadlines', '--kind', 'objection_letter', '--date', 'objection_mailed_date=2026-03-02', '--service', 'mail', '--represented', '--json'];
    const earliest = async (extra: string[]) => JSON.parse((await run([...base, ...extra], fx.dir)).stdout).find((d: { rule: string }) => d.rule === 'ca.qme.panel_request_earliest').due as string;
    const [ca, us, unknown] = [await earliest(['--served-region', 'ca']), await earliest(['--served-region', 'us']), await earliest([])];
    expect(ca < us).toBe(true);
    expect(us <= unknown).toBe(true);
    const bad = await run([...base, '--served-region', 'mars'], fx.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--served-region must be ca, us or abroad/);
  });

  it('prints a table by default', async () => {
    const r = await run(UR_MAIL, fx.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^RULE\s+DUE \(SAFE\)\s+LATEST\s+DAYS LEFT\s+CITATION\nca\.imr\.request\s+2026-04-01\s+2026-04-08\s+22\s+Lab\. Code/);
  });

  it('returns an empty array and a note when the notice starts no clock', async () => {
    const r = await run(['deadlines', '--kind', 'ur_decision', '--outcome', 'approved', '--date', 'decision_date=2026-03-02', '--json'], fx.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const ics = await run(['deadlines', '--kind', 'ur_decision', '--outcome', 'approved', '--date', 'decision_date=2026-03-02', '--ics', 'none.ics'], fx.dir);
    expect(ics.code).toBe(0);
    expect(ics.stderr).toMatch(/No deadlines to put in a calendar: none\.ics was not written/);
    expect(existsSync(join(fx.dir, 'none.ics'))).toBe(false);
  });

  it('writes --ics that ical.js reads: all-day on the safe date, reminders, UID stable across runs', async () => {
    const r = await run([...UR_MAIL, '--json', '--ics', 'd.ics'], fx.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1); // stdout stays pure JSON
    const read = () => new ICAL.Component(ICAL.parse(readFileSync(join(fx.dir, 'd.ics'), 'utf8'))).getFirstSubcomponent('vevent')!;
    const event = read();
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-04-01');
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-04-02');
    expect(event.getFirstPropertyValue('summary')).toBe('Ask for Independent Medical Review (IMR)');
    expect(String(event.getFirstPropertyValue('description'))).toMatch(/Latest date the law may allow: Wednesday, April 8, 2026/);
    expect(event.getAllSubcomponents('valarm')).toHaveLength(4);
    const uid = event.getFirstPropertyValue('uid');
    await run([...UR_MAIL, '--ics', 'd.ics'], fx.dir);
    expect(read().getFirstPropertyValue('uid')).toBe(uid);
  });

  it('names the calendar event after the claim given with --claim', async () => {
    await run([...UR_MAIL, '--ics', 'claim.ics', '--claim', 'SMC-0448217'], fx.dir);
    const event = new ICAL.Component(ICAL.parse(readFileSync(join(fx.dir, 'claim.ics'), 'utf8'))).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe('Ask for Independent Medical Review (IMR) — Claim SMC-0448217');
  });

  it('says plainly when the calendar file cannot be written (exit 1)', async () => {
    const r = await run([...UR_MAIL, '--ics', 'no/such/dir/d.ics'], fx.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/could not write the calendar file no\/such\/dir\/d\.ics \(ENOENT\)/);
  });

  it.each([
    [['deadlines', '--kind', 'ur_denial', '--date', 'decision_date=2026-03-02'], /Unknown notice kind "ur_denial"/],
    [['deadlines', '--date', 'decision_date=2026-03-02'], /--kind is required/],
    [['deadlines', '--kind', 'ur_decision', '--date', 'mailed=2026-03-02'], /Unknown date role "mailed"/],
    [['deadlines', '--kind', 'ur_decision', '--date', 'decision_date=2026-02-30'], /real calendar date as YYYY-MM-DD, got "2026-02-30"/],
    [['deadlines', '--kind', 'ur_decision', '--date', 'decision_date=03/02/2026'], /YYYY-MM-DD/],
    [['deadlines', '--kind', 'ur_decision', '--date', '2026-03-02'], /--date expects ROLE=YYYY-MM-DD/],
    [['deadlines', '--kind', 'ur_decision'], /at least one --date/],
    [['deadlines', '--kind', 'ur_decision', '--date', 'injury_date=2025-08-19'], /never start a deadline/],
    [['deadlines', '--kind', 'ur_decision', '--outcome', 'rejected', '--date', 'decision_date=2026-03-02'], /Unknown outcome "rejected"/],
    [['deadlines', '--kind', 'ur_decision', '--service', 'pigeon', '--date', 'decision_date=2026-03-02'], /Unknown service method "pigeon"/],
    [['deadlines', '--kind', 'ur_decision', '--date', 'decision_date=2026-03-02', '--lang', 'fr'], /--lang must be en or es/],
    [['deadlines', '--kind', 'ur_decision', '--date', 'decision_date=2026-03-02', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['deadlines', '--kind'], /--kind/],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('refuses %j with a clear message and exit code 2', async (argv, message) => {
    const r = await run(argv, fx.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the usage with --help (exit 0) and without a command (exit 2)', async () => {
    for (const argv of [['--help'], ['-h'], ['scan', '--help'], ['deadlines', '--help']]) {
      const r = await run(argv, fx.dir);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout).toBe(USAGE);
    }
    const none = await run([], fx.dir);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/claimclock scan FILE/);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultRuleset } from '../../../rules';
import { DEFAULT_SETTINGS, type Settings, type TrackedNotice } from '../../../storage/types';
import { BADGE_COLORS, badgeFor } from '../../../background/badge';
import { openDeadlines, type DeadlineSnapshot } from '../../../background/deadlines';
import { parseReminderName, reminderNotice, reminderPlan, reminderName, syncReminders } from '../../../background/reminders';
import { qmePanel, urDenial } from '../storage/helpers';

// UR denial served 2026-03-04 (decision 03-02): IMR request safe date 2026-04-01 (30 days from the earliest date),
// latest later (mail + service). QME panel assigned 2026-03-20, unrepresented: select by 2026-03-30.
const TODAY = '2026-03-10';
const NOW = new Date(2026, 2, 10, 12, 0); // local noon on TODAY

function tracked(id: string, notice = urDenial(), status: TrackedNotice['status'] = 'open'): TrackedNotice {
  return { id, notice, corrections: {}, sourceUrl: 'https://portal.example/x', title: 'Letter', status, firstSeen: '2026-03-05T10:00:00Z', lastSeen: '2026-03-05T10:00:00Z', revision: 0 };
}
const rowsFor = (list: TrackedNotice[], settings: Settings = DEFAULT_SETTINGS, today = TODAY) => openDeadlines(list, { settings, ruleset: defaultRuleset(), today });

describe('badge', () => {
  it('shows the days left to the nearest open deadline (safe date by default)', () => {
    const rows = rowsFor([tracked('ur'), tracked('qme', qmePanel())]);
    expect(rows[0]!.deadline.rule).toBe('ca.qme.select');
    const badge = badgeFor(rows, 'safe', TODAY);
    expect(badge.text).toBe(String(rows[0]!.deadline.daysLeft));
    expect(badge.title).toMatch(/^ClaimClock: .+ \(ADJ7654321\): \d+ days left$/);
  });

  it('counts down to the latest date when the user chose it', () => {
    const latest = { ...DEFAULT_SETTINGS, countdown: 'latest' as const };
    const rows = rowsFor([tracked('ur')], latest);
    const safe = badgeFor(rowsFor([tracked('ur')]), 'safe', TODAY).text;
    expect(Number(badgeFor(rows, 'latest', TODAY).text)).toBeGreaterThan(Number(safe));
  });

  it('ignores notices marked done or dismissed, and deadlines already past', () => {
    expect(badgeFor(rowsFor([tracked('ur', urDenial(), 'done'), tracked('qme', qmePanel(), 'dismissed')]), 'safe', TODAY).text).toBe('');
    expect(badgeFor(rowsFor([tracked('ur')], DEFAULT_SETTINGS, '2026-05-01'), 'safe', '2026-05-01').text).toBe('');
  });

  it('turns red in the last three days and says "Due today" on the day', () => {
    const rows = rowsFor([tracked('ur')], DEFAULT_SETTINGS, '2026-04-01');
    expect(badgeFor(rows, 'safe', '2026-04-01')).toMatchObject({ text: '0', color: BADGE_COLORS.urgent, title: expect.stringMatching(/Due today$/) });
  });

  it('speaks Spanish in the tooltip when the user chose Spanish', () => {
    expect(badgeFor(rowsFor([tracked('ur')]), 'safe', TODAY, 'es').title).toMatch(/quedan|Quedan/);
  });
});

describe('reminder plan', () => {
  it('plans one alarm per lead day at 9:00 local time before each open deadline', () => {
    const rows = rowsFor([tracked('ur')]);
    const due = rows[0]!.deadline.due; // 2026-04-01
    const plan = reminderPlan(rows, [7, 3, 1, 0], 'safe', NOW);
    expect(plan.map((p) => [p.lead, new Date(p.when).toString()])).toEqual([
      [7, new Date(2026, 2, 25, 9).toString()],
      [3, new Date(2026, 2, 29, 9).toString()],
      [1, new Date(2026, 2, 31, 9).toString()],
      [0, new Date(2026, 3, 1, 9).toString()],
    ]);
    expect(plan.every((p) => p.date === due && p.trackedId === 'ur' && p.rule === 'ca.imr.request')).toBe(true);
  });

  it('skips lead days already past and notices that are not open', () => {
    const rows = rowsFor([tracked('ur'), tracked('qme', qmePanel(), 'done')]);
    const late = new Date(2026, 2, 30, 10); // after the 3-day reminder, before the 1-day one
    expect(reminderPlan(rows, [7, 3, 1, 0], 'safe', late).map((p) => p.lead)).toEqual([1, 0]);
  });

  it('follows the lead days the user chose, without duplicates', () => {
    const plan = reminderPlan(rowsFor([tracked('ur')]), [10, 2, 2], 'safe', NOW);
    expect(plan.map((p) => p.lead)).toEqual([10, 2]);
  });

  it('names alarms so a fired one can be traced back to its deadline', () => {
    const name = reminderName('ur_decision-abc', 'ca.imr.request', 3);
    expect(parseReminderName(name)).toEqual({ trackedId: 'ur_decision-abc', rule: 'ca.imr.request', lead: 3 });
    expect(parseReminderName('claimclock-daily')).toBeNull();
  });

  it('writes the notification from the current data, and none when the notice is no longer open', () => {
    const ctx = { settings: DEFAULT_SETTINGS, ruleset: defaultRuleset(), today: '2026-03-29', language: 'en' as const };
    const snapshot: DeadlineSnapshot = { ctx, rows: rowsFor([tracked('ur')]) };
    const notice = reminderNotice(reminderName('ur', 'ca.imr.request', 3), snapshot);
    expect(notice).toEqual({ title: expect.stringMatching(/Independent Medical Review.*: \d+ days left/), message: expect.stringMatching(/^Act by .*2026, this day included · ADJ1234567\nSign the IMR form .* claims administrator too\.\nLetter$/) });
    expect(reminderNotice(reminderName('gone', 'ca.imr.request', 3), snapshot)).toBeNull();
  });
});

describe('reminder alarms', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replaces stale reminder alarms with the plan and leaves other alarms alone', async () => {
    await fakeBrowser.alarms.create('claimclock-daily', { when: Date.now() + 1000 });
    await fakeBrowser.alarms.create(reminderName('old', 'ca.imr.request', 7), { when: Date.now() + 1000 });
    const plan = reminderPlan(rowsFor([tracked('ur')]), [3, 0], 'safe', NOW);
    await syncReminders(plan);
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual(['claimclock-daily', reminderName('ur', 'ca.imr.request', 0), reminderName('ur', 'ca.imr.request', 3)]);
  });
});

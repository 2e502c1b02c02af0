// CalendarItems built with the real rules (a UR denial served by mail, as in the golden DESIGN example).
import type { CalendarItem } from '../../../app/calendar';
import { Notice, type NoticeInput } from '../../../model';
import { computeDeadlines, defaultRuleset } from '../../../rules';

export function urDenialNotice(extra: Partial<NoticeInput> = {}): Notice {
  return Notice.parse({
    kind: 'ur_decision', outcome: 'denied', confidence: 0.97, serviceMethod: 'mail', expedited: false,
    represented: null, medication: false,
    dates: { decision_date: '2026-03-02', service_date: '2026-03-04' },
    facts: { claimNumber: 'SMC-0448217' },
    ...extra,
  });
}

export function itemsFor(notice: Notice, noticeId = 'notice-1', revision = 1): CalendarItem[] {
  return computeDeadlines(notice, { represented: null, addressRegion: 'ca' }, defaultRuleset(), '2026-03-10')
    .map((deadline) => ({ noticeId, revision, notice, deadline }));
}

/** The IMR request item of a mailed UR denial: due 2026-04-01, latest 2026-04-08. */
export function imrItem(revision = 1, extra: Partial<NoticeInput> = {}): CalendarItem {
  const item = itemsFor(urDenialNotice(extra), 'notice-1', revision).find((i) => i.deadline.rule === 'ca.imr.request');
  if (!item) throw new Error('no ca.imr.request deadline');
  return item;
}

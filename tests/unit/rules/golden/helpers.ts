// Golden cases: hand-computed expected dates for each rule (calendar checked by hand, not copied from the code).
import type { DateRole, DeadlineStatus, NoticeInput, NoticeKind, Profile, Step } from '../../../../model';

export interface Expected {
  due: string;
  latest: string;
  start?: string;
  status?: DeadlineStatus;
  daysLeft?: number;
  assumption?: RegExp;
  stepCode?: Step['code'];
  needsConfirmation?: boolean;
}

export interface GoldenCase {
  name: string;
  rule: string;
  notice: NoticeInput;
  profile?: Partial<Profile>;
  today?: string;
  expect: Expected | 'absent';
}

/** A notice with neutral defaults: outcome unknown, service method unknown, not expedited, representation unknown. */
export function notice(
  kind: NoticeKind,
  dates: Partial<Record<DateRole, string>>,
  extra: Partial<NoticeInput> = {},
): NoticeInput {
  return {
    kind, outcome: null, confidence: 1, serviceMethod: null, expedited: false, represented: null, medication: false,
    dates, ...extra,
  };
}

// deadlinesFor(): the one place a notice becomes deadlines. Every face (popup, banner, viewer, badge, reminders,
// calendar, CLI) calls it with the user's context, so the same letter can never show two different dates.
import type { DateRole, Deadline, Notice, NoticeInput } from '../model';
import { Notice as NoticeSchema } from '../model';
import { computeDeadlines, findRule, missingInputs } from '../rules';
import type { Settings } from '../storage/types';
import type { UserContext } from './context';

export type DeadlineContext = Pick<UserContext, 'settings' | 'ruleset' | 'today'>;

/** The notice with the options page's default service method when the document did not say. */
export function withDefaults(notice: Notice, settings: Pick<Settings, 'defaultServiceMethod'>): Notice {
  if (notice.serviceMethod !== null || settings.defaultServiceMethod === 'unknown') return notice;
  return { ...notice, serviceMethod: settings.defaultServiceMethod };
}

/** Every deadline the notice starts for this user, soonest first. */
export function deadlinesFor(notice: Notice | NoticeInput, ctx: DeadlineContext): Deadline[] {
  const parsed = NoticeSchema.parse(notice);
  return computeDeadlines(withDefaults(parsed, ctx.settings), ctx.settings.profile, ctx.ruleset, ctx.today);
}

/** Deadlines (not "expected" or "earliest" dates) that apply to the notice but lack the date they start from. */
export function missingDeadlines(notice: Notice | NoticeInput, ctx: Omit<DeadlineContext, 'today'>): { rule: string; needs: DateRole[] }[] {
  const parsed = withDefaults(NoticeSchema.parse(notice), ctx.settings);
  return missingInputs(parsed, ctx.settings.profile, ctx.ruleset).filter((m) => findRule(ctx.ruleset, m.rule)?.type === 'deadline');
}

/** The dates those deadlines wait for, each once, in the rules' order (what "needs a date" asks for). */
export const rolesNeeded = (missing: readonly { needs: readonly DateRole[] }[]): DateRole[] => [...new Set(missing.flatMap((m) => m.needs))];

// STUB — replaced by the rules work (issue 2).
import type { Deadline, NoticeInput, Profile } from '../model';
import type { Ruleset } from './schema';
export function computeDeadlines(_notice: NoticeInput, _profile: Profile, _ruleset: Ruleset, _today: string): Deadline[] {
  return [];
}

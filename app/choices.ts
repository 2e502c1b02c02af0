// The dates a deadline that needs a check could start from: the notice's own date for each role to check and the
// document's other candidates, each with where it is on the document (offsets into the TextDocument's text) so a face
// can point at it. One list for the popup card, the viewer panel and the in-page banner.
import type { DateRole, Deadline, Notice } from '../model';
import type { NoticeCorrection } from './corrections';

export interface DateChoice {
  role: DateRole;
  date: string;
  /** The text on the document the date was read from. */
  text?: string;
  /** Where it is in the document's text, when known (evidence or candidate offsets). */
  start?: number;
  end?: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_CHOICES = 6;

export function choicesFor(notice: Notice, d: Pick<Deadline, 'needsCheck' | 'checkRoles'>): DateChoice[] {
  if (!d.needsCheck) return [];
  const out: DateChoice[] = [];
  const seen = new Set<string>();
  const add = (c: DateChoice) => {
    const key = `${c.role} ${c.date}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  for (const role of d.checkRoles) {
    const own = notice.dates[role];
    if (own && ISO.test(own)) {
      const ev = notice.evidence.find((e) => e.fact === `date:${role}` && e.end > e.start);
      add({ role, date: own, ...(ev ? { text: ev.text, start: ev.start, end: ev.end } : {}) });
    }
    for (const c of notice.candidates) {
      if (c.role === role) add({ role, date: c.date, text: c.text, ...(c.end > c.start ? { start: c.start, end: c.end } : {}) });
    }
  }
  return out.slice(0, MAX_CHOICES);
}

/** The correction a choice makes: that date for that role. */
export const choiceCorrection = (c: Pick<DateChoice, 'role' | 'date'>): NoticeCorrection => ({ dates: { [c.role]: c.date } });

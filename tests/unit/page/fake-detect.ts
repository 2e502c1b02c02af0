// A hand-written stand-in for extract/detect(), shared by the page and content tests: finds "DENIED" and a
// "Date mailed: Month D, YYYY" line in the text, with evidence offsets like the real detector.
import type { TextDocument } from '../../../extract';
import { Notice } from '../../../model';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function fakeDetect(doc: TextDocument): Notice[] {
  const denied = /\bDENIED\b/.exec(doc.text);
  if (!denied) return [];
  const mailed = /Date mailed:\s*([A-Z][a-z]+) (\d{1,2}), (\d{4})/.exec(doc.text);
  const evidence = [{ fact: 'outcome', start: denied.index, end: denied.index + denied[0].length, text: denied[0] }];
  const dates: Record<string, string> = {};
  if (mailed) {
    const start = mailed.index + mailed[0].indexOf(mailed[1]!);
    const iso = `${mailed[3]}-${String(MONTHS.indexOf(mailed[1]!.toLowerCase()) + 1).padStart(2, '0')}-${mailed[2]!.padStart(2, '0')}`;
    dates.service_date = iso;
    evidence.push({ fact: 'date:service_date', start, end: mailed.index + mailed[0].length, text: doc.text.slice(start, mailed.index + mailed[0].length) });
  }
  return [
    Notice.parse({
      kind: 'ur_decision', outcome: 'denied', confidence: 0.9, serviceMethod: 'mail', expedited: false, represented: null,
      medication: false, dates, evidence,
    }),
  ];
}

export const DENIAL_HTML = `<main><h1>Notice of Utilization Review Decision</h1>
<p>Your request for physical therapy has been <b>DENIED</b>.</p>
<p>Date mailed: March 4, 2026</p><p>Date of injury: January 2, 2025</p></main>`;

// RFC 5545 §3.1 content lines: at most 75 octets, continued on lines that start with one space. The `ics` package
// folds at 75 *characters*, which is too long for Spanish text and dashes in UTF-8, so its output is unfolded and
// folded again here: by octets, never inside a UTF-8 character, never between a backslash and the character it escapes.

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

export function foldLine(line: string, limit = 75): string {
  const units = line.match(/\\[\s\S]|[\s\S]/gu) ?? [];
  const out: string[] = [];
  let current = '';
  let size = 0;
  let max = limit;
  for (const unit of units) {
    const n = octets(unit);
    if (size + n > max) {
      out.push(current);
      current = '';
      size = 0;
      max = limit - 1; // the leading space of a continuation line counts
    }
    current += unit;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Unfolds every content line of an iCalendar text and folds it again by octets; lines end with CRLF. */
export function refold(ics: string): string {
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l) => foldLine(l)).join('\r\n') + '\r\n';
}

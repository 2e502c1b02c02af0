// Old rows in a history table are not new notices: blank out sections headed "Letter history", "Earlier letters",
// "Previous notices", "Historial"… (the heading and the table or list under it) before detection. Blanking keeps
// every offset valid: the text has the same length and the same line breaks.

const HISTORY_HEADING = /^[ \t]{0,12}(?:(?:claim |letter |notice |document |correspondence |decision |ur |activity |case )?history|earlier (?:letters|notices|decisions|documents)|previous (?:letters|notices|decisions|documents|correspondence)|past (?:letters|notices|decisions|documents|correspondence)|prior (?:letters|notices|decisions)|archived? (?:letters|notices|documents)|(?:letters|notices|documents) history|older (?:letters|notices)|historial(?: de [\p{L} ]{1,40}?)?|cartas anteriores|avisos anteriores|decisiones anteriores)[ \t]{0,8}(?::[ \t]{0,8})?$/gimu;

export interface Masked {
  text: string;
  ranges: { start: number; end: number }[];
}

/** The text with history sections replaced by spaces (line breaks kept). */
export function maskHistory(text: string): Masked {
  const ranges: { start: number; end: number }[] = [];
  HISTORY_HEADING.lastIndex = 0;
  for (let m = HISTORY_HEADING.exec(text); m; m = HISTORY_HEADING.exec(text)) {
    const start = m.index;
    let pos = m.index + m[0].length + 1;
    let rows = 0;
    // the section runs while its lines look like table rows or list items (tabs, dates, bullets)
    while (pos < text.length) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      const line = text.slice(pos, end);
      const rowLike = line.includes('\t') || /^[ \t]{0,12}(?:[•\-*·]|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})/.test(line);
      if (!line.trim() && rows === 0) {
        pos = end + 1;
        continue;
      }
      if (!rowLike) break;
      rows++;
      pos = end + 1;
    }
    const end = Math.min(text.length, pos);
    if (rows > 0) ranges.push({ start, end });
    HISTORY_HEADING.lastIndex = Math.max(end, m.index + 1);
  }
  if (!ranges.length) return { text, ranges };
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + text.slice(r.start, r.end).replace(/[^\n]/g, ' ');
    at = r.end;
  }
  return { text: out + text.slice(at), ranges };
}

/** Where an e-mail reply quotes older mail: "-----Original Message-----", "On … wrote:", "> " lines, a second header. */
const QUOTE_START = [
  /^[ \t]{0,12}-{2,12}[ \t]{0,4}Original Message[ \t]{0,4}-{2,12}[ \t]{0,8}$/im,
  /^[ \t]{0,12}On [^\n]{5,160}\bwrote:[ \t]{0,8}$/im,
  /^[ \t]{0,12}El [^\n]{5,160}\bescribi[oó]:[ \t]{0,8}$/im,
  /^[ \t]{0,12}>/m,
];
// Outlook's reply header ("From: … Sent: …"); not "Date:", which a fax cover sheet in front of a letter also has
const MAIL_HEADER = /^[ \t]{0,12}(?:From|De):[^\n]{0,400}\n(?:[^\n]{0,400}\n){0,2}?[ \t]{0,12}(?:Sent|Enviado):/gim;

/**
 * The text with the quoted part of an e-mail reply blanked (same length and line breaks): the newest message is
 * the notice, older mail it quotes is not. A forwarded letter is not a quote (no marker above matches it).
 */
export function maskQuoted(text: string): Masked {
  let start = text.length;
  for (const re of QUOTE_START) {
    const m = re.exec(text);
    if (m && m.index > 0 && m.index < start) start = m.index;
  }
  MAIL_HEADER.lastIndex = 0;
  const headers = [...text.matchAll(MAIL_HEADER)];
  if (headers.length > 1 && headers[1]!.index! < start) start = headers[1]!.index!;
  if (start >= text.length) return { text, ranges: [] };
  return { text: text.slice(0, start) + text.slice(start).replace(/[^\n]/g, ' '), ranges: [{ start, end: text.length }] };
}

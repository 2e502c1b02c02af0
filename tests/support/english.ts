// English tell-tale words in a text meant to be Spanish: words that are common in English and never Spanish words,
// so a hit means an English string reached a Spanish screen. Names that stay English on purpose (brands, form
// names, citations, the I&A program's English name the letters use) are removed first.

const TELLTALE = new Set([
  'the', 'and', 'with', 'your', 'you', 'is', 'are', 'was', 'were', 'of', 'to', 'for', 'from', 'this', 'that', 'not', 'it',
  'day', 'days', 'date', 'dates', 'left', 'passed', 'due', 'latest', 'safe', 'act', 'by', 'today', 'found', 'notice',
  'notices', 'deadline', 'deadlines', 'served', 'service', 'mailed', 'read', 'ignored', 'could', 'after', 'before',
  'check', 'letter', 'claim', 'page', 'pages', 'needs', 'wrote', 'rule', 'rules', 'steps', 'outcome', 'treatment',
  'highlighted', 'sent', 'received', 'other', 'here', 'only', 'may', 'file', 'open', 'scan', 'unknown', 'calendar',
  'event', 'events', 'business', 'order', 'ago', 'least', 'one', 'more', 'than', 'what', 'when', 'which', 'how',
]);

/** Kept in English on purpose: product and brand names, form names, citations, the letters' own acronyms. */
const KEEP: RegExp[] = [
  /ClaimClock/g, /Google Calendar/g, /Outlook/g, /\bEnglish\b/g, /Juneteenth/g, /Martin Luther King Jr\./g,
  /DWC Form IMR/g, /MTUS Drug Formulary/g, /Information & Assistance/g, /Lab\. Code[^;)]*/g, /\d+ CCR[^;)]*/g,
  /\{\w+\}/g, /\bP&S\b/g, /--ocr/g, /\.ics\b/g, /\.json\b/g,
];

export function englishWords(text: string): string[] {
  let s = text;
  for (const re of KEEP) s = s.replace(re, ' ');
  const words = s.toLowerCase().match(/[a-záéíóúüñ]+(?:'[a-z]+)?/g) ?? [];
  return [...new Set(words.filter((w) => TELLTALE.has(w)))];
}

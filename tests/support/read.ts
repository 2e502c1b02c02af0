// What the reader sees around each date of a short text (tests of the reader: its labels, the acts of the sentence
// a date is in, its section), before any model weighs it.
import { textDocumentFromString } from '../../extract';
import { dateFeatures } from '../../extract/features';
import { buildLayout } from '../../extract/layout';
import { readDates } from '../../extract/roles';

export function readings(text: string, lang?: 'en' | 'es') {
  const layout = buildLayout(textDocumentFromString(text, 'test.txt'));
  return readDates(layout, { lang }).map((d) => ({
    iso: d.iso,
    label: d.label?.cls ?? null,
    acts: [...d.acts].sort(),
    sections: [...d.sections].sort(),
    features: dateFeatures(d, layout),
  }));
}

/** [date, what says what it is]: the act of its sentence (served, decided) or else its label, for one-line checks. */
export const readAs = (text: string, lang?: 'en' | 'es') =>
  readings(text, lang).map((d) => [d.iso, d.acts.some((a) => a.startsWith('served')) ? 'served' : d.acts.includes('decided_after') ? 'decided' : d.label]);

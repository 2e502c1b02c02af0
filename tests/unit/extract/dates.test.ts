import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../extract';

const isos = (text: string, lang?: 'en' | 'es') => parseDates(text, { lang }).map((d) => d.iso);

describe('parseDates', () => {
  it.each([
    ['March 4, 2026', '2026-03-04'],
    ['Mar. 4th, 2026', '2026-03-04'],
    ['Mar 4 2026', '2026-03-04'],
    ['Wednesday, March 4, 2026', '2026-03-04'],
    ['MARCH 4, 2026', '2026-03-04'],
    ['Sept. 30, 2025', '2025-09-30'],
    ['03/04/2026', '2026-03-04'],
    ['3/4/2026', '2026-03-04'],
    ['3/4/26', '2026-03-04'],
    ['03-04-2026', '2026-03-04'],
    ['03.04.2026', '2026-03-04'],
    ['04-Mar-2026', '2026-03-04'],
    ['4 March 2026', '2026-03-04'],
    ['04-Mar-26', '2026-03-04'],
    ['2026-03-04', '2026-03-04'],
    ['2026/03/04', '2026-03-04'],
    ['03 / 04 / 2026', '2026-03-04'],
    ['03 | 04 | 2026', '2026-03-04'],
    ['03\t04\t2026', '2026-03-04'],
    ['4 de marzo de 2026', '2026-03-04'],
    ['marzo 4, 2026', '2026-03-04'],
    ['1º de abril de 2026', '2026-04-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(isos(`Date: ${text}.`)).toEqual([iso]);
  });

  it('reads a date split over a line break', () => {
    expect(isos('mailed on Tuesday, April\n28, 2026, postage prepaid')).toEqual(['2026-04-28']);
    expect(isos('Decision date: March 4,\n2026')).toEqual(['2026-03-04']);
    expect(isos('served on 03/04/\n2026')).toEqual(['2026-03-04']);
  });

  it('reads numeric dates in the order the document writes them', () => {
    // a date that can only be day/month makes the ambiguous ones day/month too
    expect(isos('Fecha del aviso: 09/02/2026. Consulta del 29/01/2026.', 'es')).toEqual(['2026-02-09', '2026-01-29']);
    expect(isos('Date: 13/01/2026, sent 02/03/2026')).toEqual(['2026-01-13', '2026-03-02']);
    // a spelled-out date that matches only one reading decides it
    expect(isos('Fecha: 09/02/2026 … enviado el 9 de febrero de 2026', 'es')).toEqual(['2026-02-09', '2026-02-09']);
    // both orders on one page: US order, and the one that cannot be month/day is not read at all
    expect(isos('Date: 13/01/2026, sent 01/20/2026, 02/03/2026')).toEqual(['2026-01-20', '2026-02-03']);
  });

  it.each(['02/30/2026', '00/10/2026', '04/31/2026', 'February 29, 2026', '2026-02-30', '31-Apr-2026', '1.5.26'])(
    'rejects the impossible or unsafe %j',
    (text) => {
      expect(isos(`Date: ${text}`)).toEqual([]);
    },
  );

  it('accepts 29 February in a leap year only', () => {
    expect(isos('02/29/2028')).toEqual(['2028-02-29']);
    expect(isos('02/29/2027')).toEqual([]);
  });

  it('reads two-digit years up to 50 in this century and later ones in the last, and says so', () => {
    const [recent, birth] = parseDates('DOI 3/4/26 DOB 2/14/64');
    expect(recent!.iso).toBe('2026-03-04');
    expect(birth!.iso).toBe('1964-02-14');
    expect(recent!.ambiguity).toMatch(/two-digit year/);
  });

  it('flags numeric dates that could be day/month in a Spanish document', () => {
    const [d] = parseDates('Fecha: 04/03/2026', { lang: 'es' });
    expect(d!.iso).toBe('2026-04-03');
    expect(d!.ambiguity).toMatch(/day\/month/);
    expect(parseDates('Fecha: 04/23/2026', { lang: 'es' })[0]!.ambiguity).toBeUndefined();
  });

  it('does not read phone numbers, claim numbers, times or amounts as dates', () => {
    expect(isos('Call (916) 555-0187, claim WC 03-04-26-5512, ref 2026-0304-8812, $1,204.36 at 8:00 a.m., ICD S16.1XXA')).toEqual([]);
  });

  it('keeps offsets that point at the date text', () => {
    const text = 'Notice dated March 4, 2026 and mailed 03/05/2026.';
    for (const d of parseDates(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(parseDates(text).map((d) => d.text)).toEqual(['March 4, 2026', '03/05/2026']);
  });

  it('returns the dates in document order without overlaps', () => {
    const ds = parseDates('04-Mar-2026, 2026-03-05 and March 6, 2026; 3/7/26');
    expect(ds.map((d) => d.iso)).toEqual(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07']);
    for (let i = 1; i < ds.length; i++) expect(ds[i]!.start).toBeGreaterThanOrEqual(ds[i - 1]!.end);
  });
});

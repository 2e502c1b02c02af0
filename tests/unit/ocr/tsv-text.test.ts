// OCR words into lines and cells (issue 12, item 1): a wide gap between two words of a line is a cell (a tab), as in
// a text PDF's table row; blocks are apart; rows that are not words are ignored.
import { describe, expect, it } from 'vitest';
import { textFromTsv } from '../../../ocr/tsv-text';

/** A TSV row of tesseract's: level 5 is a word; left and width in pixels (10 px a character here). */
const word = (block: number, par: number, line: number, n: number, left: number, text: string) =>
  [5, 1, block, par, line, n, left, 100 * line, text.length * 10, 20, 95, text].join('\t');

describe('textFromTsv', () => {
  it('keeps a table row\'s cells apart and a sentence\'s words together', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t1224\t1584\t-1\t',
      word(1, 1, 1, 1, 100, 'Date'), word(1, 1, 1, 2, 150, 'Panel'), word(1, 1, 1, 3, 210, 'Assigned'),
      word(1, 1, 1, 4, 600, '11/17/2026'),
      word(1, 1, 2, 1, 100, 'You'), word(1, 1, 2, 2, 140, 'have'), word(1, 1, 2, 3, 190, '10'), word(1, 1, 2, 4, 220, 'days.'),
      word(2, 1, 1, 1, 100, 'PROOF'), word(2, 1, 1, 2, 160, 'OF'), word(2, 1, 1, 3, 190, 'SERVICE'),
    ].join('\n');
    expect(textFromTsv(tsv)).toBe('Date Panel Assigned\t11/17/2026\nYou have 10 days.\n\nPROOF OF SERVICE');
  });

  it('is null when there is no word (tesseract\'s own text is used then)', () => {
    expect(textFromTsv('')).toBeNull();
    expect(textFromTsv(null)).toBeNull();
    expect(textFromTsv('1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t\n5\t1\t1\t1\t1\t1\tx\t0\t10\t10\t90\tword')).toBeNull();
  });
});

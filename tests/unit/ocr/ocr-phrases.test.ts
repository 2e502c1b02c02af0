// OCR-tolerant wordings (issue 12, item 4): near-misses of the key labels and cues are written back in their own
// spelling on OCR text, and nothing else is.
import { describe, expect, it } from 'vitest';
import { boundedDistance, repairOcrPhrases } from '../../../ocr/phrases';
import { normalizeOcrText } from '../../../ocr/normalize';

describe('repairOcrPhrases', () => {
  it.each([
    ['PROGF OF SERVICE', 'PROOF OF SERVICE'],
    ['L served the foregoing', 'I served the foregoing'],
    ['Dare mailed: 02/27/2026', 'Date mailed: 02/27/2026'],
    ['Tate of birth: 01/02/1980', 'Date of birth: 01/02/1980'],
    ['Date Panei Assigned: 11/17/2026', 'Date Panel Assigned: 11/17/2026'],
    ['Fecha de envio: 01/10/2026', 'Fecha de envío: 01/10/2026'],
  ])('%s → %s', (ocr, fixed) => {
    expect(repairOcrPhrases(ocr)).toBe(fixed);
  });

  it.each([
    'The decision is served on the parties.', // "is served" is not "I served"
    'Date emailed: 02/27/2026', // e-mail never becomes mail (mail adds days)
    'Served by e-mail on 02/27/2026',
    'The following three Qualified Medical Evaluators were selected', // plural is right
    'Dates of service 03/11/2025 through 08/15/2025',
    'PROOF OF SERVICE',
    'We received your letter.',
  ])('leaves "%s" alone', (text) => {
    expect(repairOcrPhrases(text)).toBe(text);
  });

  it('does not join a wording across lines', () => {
    expect(repairOcrPhrases('Proof of\nservlce')).toBe('Proof of\nservlce');
  });

  it('runs as part of normalizeOcrText', () => {
    expect(normalizeOcrText('PROGF OF SERVICE\nL served this decision on 03/04/2026.')).toBe('PROOF OF SERVICE\nI served this decision on 03/04/2026.');
  });
});

describe('boundedDistance', () => {
  it('is the edit distance up to the bound, and bound + 1 beyond it', () => {
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedDistance('proof of service', 'progf of servlce', 2)).toBe(2);
    expect(boundedDistance('same', 'same', 1)).toBe(0);
    expect(boundedDistance('a', 'abcd', 2)).toBe(3);
  });
});

describe('repairOcrPhrases never changes what a wording means', () => {
  it.each([
    'The treatment is now medically necessary.', // "now" is not "not": an approval stays one
    'It is not yet medically necessary.',
    'Date of revision: 03/04/2026', // two letters off in one word: another label
    'Date Panel Reassigned: 11/17/2026',
    'A served copy is enclosed.',
    'We uphold the decision.',
  ])('leaves "%s" alone', (text) => {
    expect(repairOcrPhrases(text)).toBe(text);
  });

  it('still reads a lone I misread as 1, l or |', () => {
    expect(repairOcrPhrases('1 served the notice')).toBe('I served the notice');
    expect(repairOcrPhrases('| served the notice')).toBe('I served the notice');
  });
});

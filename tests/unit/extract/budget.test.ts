// The reading budget: detect() stops with a plain 'over_budget' error instead of running on, both for text over the
// size limit and when the clock runs out between steps.
import { describe, expect, it } from 'vitest';
import { detect, DocumentError, MAX_DETECT_CHARS, textDocumentFromString, userMessage } from '../../../extract';

const LETTER = 'NOTICE OF UTILIZATION REVIEW DECISION\nClaim Number: SMC-0448217\nDate of UR Decision: 03/02/2026\nWe reviewed the Request for Authorization under the workers\' compensation MTUS. The request is not certified.\n';

describe('the reading budget', () => {
  it('refuses text longer than the limit before doing any work', () => {
    const doc = textDocumentFromString('x'.repeat(MAX_DETECT_CHARS + 1), 'huge.txt');
    expect(() => detect(doc)).toThrow(DocumentError);
    try {
      detect(doc);
    } catch (e) {
      expect((e as DocumentError).code).toBe('over_budget');
    }
  });

  it('stops when the clock passes the budget between steps', () => {
    let t = 0;
    const now = () => (t += 50); // every look at the clock costs 50 ms
    expect(() => detect(textDocumentFromString(`${LETTER}${'Date mailed: 03/04/2026\n'.repeat(50)}`, 'a.txt'), { budgetMs: 120, now })).toThrow(/too large to read automatically/);
  });

  it('reads normally within the budget', () => {
    const [n] = detect(textDocumentFromString(LETTER, 'a.txt'), { budgetMs: 5000 });
    expect(n?.kind).toBe('ur_decision');
  });

  it('says what happened in both languages', () => {
    expect(userMessage('over_budget', 'en')).toMatch(/too large to read automatically/);
    expect(userMessage('over_budget', 'es')).toMatch(/demasiado grande/);
  });
});

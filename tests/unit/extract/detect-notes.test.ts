import { describe, expect, it } from 'vitest';
import { detect, textDocumentFromString } from '../../../extract';

const LETTER = [
  'NOTICE OF UTILIZATION REVIEW DECISION',
  'Claims Administrator: Sierra Mutual Casualty Company · Claim Number: SMC-0448217',
  'Date of UR Decision: 03/02/2026',
  'The requested lumbar MRI is not certified (denied).',
  'You may request Independent Medical Review (IMR) within 30 days of service of this decision.',
  'PROOF OF SERVICE BY MAIL',
  'On March 4, 2026, I served the foregoing by placing a true copy in the United States mail.',
].join('\n');

describe('date notes', () => {
  it('marks no date uncertain when nothing is odd and no today is given', () => {
    const [notice] = detect(textDocumentFromString(LETTER, 'letter.txt'));
    expect(notice?.dates.service_date).toBe('2026-03-04');
    expect(notice?.dateNotes).toEqual({});
  });

  it('says so when a labelled date after today was set aside', () => {
    const text = `${LETTER}\nDate of UR Decision: 12/30/2026`;
    const [notice] = detect(textDocumentFromString(text, 'letter.txt'), { today: '2026-11-24' });
    expect(notice?.dates.decision_date).toBe('2026-03-02');
    expect(notice?.dateNotes.decision_date).toMatch(/ignored a date after today \(2026-11-24\)/);
  });
});

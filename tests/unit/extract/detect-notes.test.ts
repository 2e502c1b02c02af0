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

describe('a proof of service whose date was not read', () => {
  const noDate = LETTER.replace('On March 4, 2026, I served', 'I served');

  it('marks the service date as missing, and the deadline it starts asks for it', async () => {
    const [n] = detect(textDocumentFromString(noDate, 'letter.txt'), { today: '2026-12-31' });
    expect(n!.dates.service_date).toBeUndefined();
    expect(n!.dateChecks.service_date).toEqual(['missing_trigger']);
    const { computeDeadlines, defaultRuleset } = await import('../../../rules');
    const { DEFAULT_PROFILE } = await import('../../../model');
    const imr = computeDeadlines(n!, DEFAULT_PROFILE, defaultRuleset(), '2026-03-05').find((d) => d.rule === 'ca.imr.request')!;
    expect(imr).toMatchObject({ needsCheck: true });
    expect(imr.checkReasons).toContain('missing_trigger');
    expect(imr.checkRoles).toContain('service_date');
  });

  it('leaves a letter with no proof of service alone', () => {
    const [n] = detect(textDocumentFromString(noDate.replace(/PROOF OF SERVICE BY MAIL\nI served[^\n]*/, ''), 'letter.txt'), { today: '2026-12-31' });
    expect(n!.dateChecks.service_date).toBeUndefined();
  });
});

describe('a Spanish letter\'s ambiguous numeric date', () => {
  const carta = (decision: string) => [
    'Estimada Sra. Quiroga:', 'Número de reclamo: MLC-26-008815', 'Fecha de la lesión: 03/03/2026', 'DECISIÓN DE REVISIÓN DE UTILIZACIÓN', `Fecha de la decisión: ${decision}`,
    'Su médico pidió autorización para una resonancia magnética. La solicitud ha sido denegada por no ser médicamente necesaria.',
    'Si no está de acuerdo, puede pedir una Revisión Médica Independiente (IMR) dentro de 30 días.',
  ].join('\n');
  const read = (decision: string, today = '2026-11-20') => detect(textDocumentFromString(carta(decision), 'carta.txt'), { today })[0]!;

  it('offers the day/month reading as a choice and asks which it is', () => {
    const n = read('10/05/2026');
    expect(n.dates.decision_date).toBe('2026-10-05');
    expect(n.candidates).toContainEqual(expect.objectContaining({ role: 'decision_date', date: '2026-05-10' }));
    expect(n.dateChecks.decision_date).toContain('conflicting_dates');
  });

  it('counts the safe date from the earlier reading, months apart as they may be', async () => {
    const { computeDeadlines, defaultRuleset } = await import('../../../rules');
    const { DEFAULT_PROFILE } = await import('../../../model');
    const d = computeDeadlines(read('10/05/2026'), DEFAULT_PROFILE, defaultRuleset(), '2026-11-20').find((x) => x.rule === 'ca.imr.request')!;
    expect(d.start).toBe('2026-05-10');
    expect(d.needsCheck).toBe(true);
  });

  it('takes the day/month reading when the US one is after today (a letter that just came)', () => {
    const n = read('10/05/2026', '2026-05-20');
    expect(n.dates.decision_date).toBe('2026-05-10');
    expect(n.dateChecks.decision_date).toContain('conflicting_dates');
    expect(n.dateChecks.decision_date).not.toContain('future_date');
  });

  it('offers no other reading when there is none (a day over 12) or it would be after today', () => {
    expect(read('10/25/2026', '2026-11-20').dateChecks.decision_date ?? []).not.toContain('conflicting_dates');
    const future = read('09/11/2026', '2026-10-01'); // 9 November would be after today
    expect(future.candidates.some((c) => c.date === '2026-11-09')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { labelDates } from '../../../extract';
import { readAs, readings } from '../../support/read';

const labels = (text: string, lang?: 'en' | 'es') => labelDates(text, { lang }).map((d) => [d.iso, d.label]);

describe('labelDates', () => {
  it('labels dates from the label before them on their line', () => {
    const text = [
      'Date of Injury: 08/19/2025',
      'Date of Birth: 04/02/1979',
      'DOB 11/30/1968',
      'Date RFA Received: 02/24/2026',
      'Date of UR Decision: 03/02/2026',
      'Determination Date\t05/12/2026',
      'Date Panel Assigned: 05/04/2026',
      'Date of Report: 07/09/2026',
      'Mailing date: April 21, 2026',
      'Date of service: 01/12/2026',
    ].join('\n');
    expect(labels(text)).toEqual([
      ['2025-08-19', 'injury_date'],
      ['1979-04-02', 'birth_date'],
      ['1968-11-30', 'birth_date'],
      ['2026-02-24', 'rfa_received_date'],
      ['2026-03-02', 'ur_decision_date'],
      ['2026-05-12', 'decision_date'],
      ['2026-05-04', 'panel_assigned_date'],
      ['2026-07-09', 'report_date'],
      ['2026-04-21', 'service_date'],
      ['2026-01-12', 'visit'],
    ]);
  });

  it('gives a tie to the specific label, not the bare "Date:"', () => {
    expect(labels('RFA date:\t06/01/2026\nUR Decision Date:\t06/08/2026\nPermanent and Stationary Date: 07/06/2026')).toEqual([
      ['2026-06-01', 'rfa_received_date'],
      ['2026-06-08', 'ur_decision_date'],
      ['2026-07-06', 'mmi_date'],
    ]);
  });

  it('never labels a date of injury, birth date, claim number or visit as a trigger', () => {
    const text = 'Claim #: WC 03-04-26-5512\nD/Injury: 06/22/2011\nPatient seen on 02/09/2026 (date of service 02/23/2026)\nDOI 3/4/25';
    const got = labelDates(text);
    expect(got.map((d) => d.label)).toEqual(['injury_date', 'visit', 'visit', 'injury_date']);
  });

  it('reads the proof-of-service date written before "I served"', () => {
    const text = 'PROOF OF SERVICE BY MAIL\nOn March 4, 2026, I served the foregoing Notice on the persons below by mail.';
    expect(readAs(text)).toEqual([['2026-03-04', 'served']]);
  });

  it('takes "Date of Service" inside a proof of service, or of this decision, as the service date', () => {
    // "Date of service" is a visit's date on a bill; inside a proof of service the section says which it is
    expect(readings('PROOF OF SERVICE\nDate of service: 03/05/2026')).toMatchObject([{ iso: '2026-03-05', label: 'visit', sections: expect.arrayContaining(['proof_of_service']) }]);
    expect(labels('Date of Service of this Decision (MM/DD/YYYY)\n03 / 19 / 2026')).toEqual([['2026-03-19', 'service_date']]);
  });

  it('reads a label on the line above a row of boxes, across a format hint', () => {
    expect(labels('Date of UR Decision\n(MM / DD / YYYY)\n04 / 06 / 2026')).toEqual([['2026-04-06', 'ur_decision_date']]);
  });

  it('follows a sentence wrapped by the PDF layout', () => {
    const text = 'I served this decision by depositing copies in the United\nStates mail at Sacramento, California, on Tuesday, April\n28, 2026.';
    expect(labels(text)).toEqual([['2026-04-28', 'service_date']]);
  });

  it('sees a bare date near the top of a letter as standing alone at the top', () => {
    // no label: the layout says it stands alone at the top of the first page (the model weighs that as a letter date)
    expect(readings('Sierra Mutual\n3800 Watt Avenue\n\nApril 27, 2026\n\nDear Ms. Kowalski:')[0]!.features).toEqual(expect.arrayContaining(['nolabel', 'alone', 'top', 'page1']));
    expect(readings('Fresno, California, 4 de marzo de 2026\nEstimado Sr.', 'es')[0]!.features).toEqual(expect.arrayContaining(['nolabel', 'alone', 'top']));
  });

  it('labels table cells by their column header; a bare "Date" column is history, not the letter date', () => {
    const text = 'Date\tLetter\tOutcome\n03/02/2026\tUR decision\tDenied\n\nDate of service\tCPT\n03/02/2026\t99214';
    expect(labels(text)).toEqual([
      ['2026-03-02', 'other'],
      ['2026-03-02', 'visit'],
    ]);
  });

  it('reads "On <date>, the reviewer … determined" as the decision date', () => {
    expect(readAs('On April 14, 2026, our physician reviewer, Janet Morse, M.D., hand surgeon, determined that the surgery is not necessary.')).toEqual([['2026-04-14', 'decided']]);
    expect(readAs('On May 14, 2026 you told us you disagree with your doctor.')).toEqual([['2026-05-14', null]]);
  });

  it('reads a bare "Date:" row in a proof of service as a date inside the proof of service', () => {
    expect(readings('PROOF OF SERVICE\nI served the notice on the employee.\nDate:\tApril 15, 2026\nMethod:\tU.S. Mail')).toMatchObject([{ iso: '2026-04-15', label: 'document_date', sections: expect.arrayContaining(['proof_of_service']) }]);
  });

  it("reads an insurer's RECEIVED stamp as the date received", () => {
    expect(labels('RECEIVED\nJUN 12 2026\nPACIFIC CREST INS. CO.')).toEqual([['2026-06-12', 'received_date']]);
    expect(labels('RECEIVED  JUN 12 2026')).toEqual([['2026-06-12', 'received_date']]);
  });

  it('labels Spanish dates', () => {
    const text = 'Fecha de la lesión: 12 de septiembre de 2025\nFecha de nacimiento: 3 de agosto de 1980\nFecha de la decisión: 3 de marzo de 2026\nFecha de envío: 4 de marzo de 2026';
    expect(labels(text, 'es')).toEqual([
      ['2025-09-12', 'injury_date'],
      ['1980-08-03', 'birth_date'],
      ['2026-03-03', 'decision_date'],
      ['2026-03-04', 'service_date'],
    ]);
  });

  it('keeps the label text and where it is, for evidence', () => {
    const text = 'Employee: R. Delgado\nDate of UR Decision: 03/02/2026';
    const [d] = labelDates(text);
    expect(d!.labelText).toBe('Date of UR Decision');
    expect(text.slice(d!.labelStart!, d!.labelStart! + d!.labelText!.length)).toBe('Date of UR Decision');
  });
});

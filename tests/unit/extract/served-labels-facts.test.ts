// detect() and labelDates(): the sentence that says a notice was served, date labels, facts and detectors (rules
// first added after the fifth held-out batch). Each test uses wording of its own, so it checks the rule, not a letter.
import { describe, expect, it } from 'vitest';
import { detect, labelDates, textDocumentFromString } from '../../../extract';
import { KIND_LABELS } from '../../../extract/kinds';
import { claimNumber, represented, serviceMethod } from '../../support/facts';
import { readAs, readings } from '../../support/read';

const run = (text: string) => detect(textDocumentFromString(text, 'test.txt'), { today: '2026-12-31' });
const labels = (text: string, lang?: 'en' | 'es') => labelDates(text, { lang }).map((d) => [d.iso, d.label]);

describe('service date from the sentence that says the notice was served', () => {
  it('reads "I served … by mail at <city> on <date>" however far the verb is from the date', () => {
    expect(readAs('PROOF OF SERVICE\nI served the decision on the worker and on the doctor by depositing it with\nfirst-class postage in the U.S. mail at Oakland, California, on\nOctober 3, 2026.')).toEqual([['2026-10-03', 'served']]);
    expect(readAs('Proof of service: I mailed this letter to the employee at the address of record, postage prepaid, on 10/05/2026.')).toEqual([['2026-10-05', 'served']]);
  });

  it('reads "Executed at <city>, on <date>" in a proof of service, not in a physician\'s declaration before it', () => {
    // the act is read in both; only the second is inside a proof of service, which is what the model weighs
    const [declaration] = readings('I declare under penalty of perjury that this report is true. Executed at Fresno, California, on 08/06/2026.');
    const [proof] = readings('PROOF OF SERVICE\nI served the report by mail. Executed at Fresno, California, on 08/07/2026.');
    expect(declaration!.sections).not.toContain('proof_of_service');
    expect(proof).toMatchObject({ iso: '2026-08-07', acts: expect.arrayContaining(['served_verb']), sections: expect.arrayContaining(['proof_of_service']) });
  });

  it('reads "on <date> this notice was deposited in the mail" (the verb after the date)', () => {
    expect(readAs('CERTIFICATE OF MAILING\nI certify that on 11/02/2026 the attached determination was deposited in the mail.')).toEqual([['2026-11-02', 'served']]);
  });

  it('reads a Spanish "se envió por correo … el <fecha>" in a "comprobante de entrega"', () => {
    expect(readAs('COMPROBANTE DE ENTREGA\nLa decisión se envió por correo certificado al trabajador el 3 de noviembre de 2026.', 'es')).toEqual([['2026-11-03', 'served']]);
  });

  it('does not take "on <date>" in a sentence with no service verb, or a request sent on a date outside a proof of service', () => {
    expect(labels('The physician examined you on 09/14/2026 and wrote a report.')).toEqual([['2026-09-14', null]]);
    expect(labels('Your doctor sent the request on 09/14/2026.')).toEqual([['2026-09-14', null]]);
  });
});

describe('labels', () => {
  it('a UR denial date quoted in an IMR letter is the UR decision, not the letter date', () => {
    expect(labels('UR Denial Date: 04/06/2026\nDate of the utilization review non-certification: 04/07/2026')).toEqual([
      ['2026-04-06', 'ur_decision_date'],
      ['2026-04-07', 'ur_decision_date'],
    ]);
  });

  it('certification and completed-review dates are decision dates', () => {
    expect(labels('Certification date\t06/30/2026\nReview completed: 02/26/26 by the reviewer\nApproval date: 07/02/2026')).toEqual([
      ['2026-06-30', 'decision_date'],
      ['2026-02-26', 'decision_date'],
      ['2026-07-02', 'decision_date'],
    ]);
  });

  it('"Date of this exam" is the exam date', () => {
    expect(labels('Date of this examination: 08/03/2026')).toEqual([['2026-08-03', 'exam_date']]);
  });

  it('a panel issued or assigned "on <date>" in a sentence, and "Date Replacement Panel Issued"', () => {
    expect(labels('The Medical Unit assigned replacement panel No. 8200114 on 05/11/2026.\nYour panel (no. 8200115) was issued on 05/12/2026.\nDate Replacement Panel Issued: 05/13/2026')).toEqual([
      ['2026-05-11', 'panel_assigned_date'],
      ['2026-05-12', 'panel_assigned_date'],
      ['2026-05-13', 'panel_assigned_date'],
    ]);
  });

  it('"received this report on <date>" is the date received, even over a line break', () => {
    expect(labels('The adjuster received the doctor\'s\nreport on 09/08/2026.')).toEqual([['2026-09-08', 'received_date']]);
  });

  it('"dated <date>" after a report is the report date, after a letter the letter date', () => {
    // the reader sees "dated" in both; the notice kind says what the document is (a report's date is its report date)
    expect(labels('We enclose the final report from Dr. Ana Ruiz, dated 08/28/2026, for your review.')).toEqual([['2026-08-28', 'document_date']]);
    expect(labels('Your letter dated 08/28/2026 was received.')).toEqual([['2026-08-28', 'document_date']]);
    expect(KIND_LABELS.mmi_report.document_date).toBe('report_date');
    expect(KIND_LABELS.ur_decision.document_date).toBe('document_date');
  });
});

describe('facts', () => {
  it('service method from a checked box before a bare method word ("[X] Fax")', () => {
    expect(serviceMethod('PROOF OF SERVICE\nHow served: [ ] Mail  [ ] Fax  [X] E-mail  [ ] Personal').value).toBe('email');
    expect(serviceMethod('PROOF OF SERVICE\nManner: ☐ U.S. Mail ☒ Fax').value).toBe('fax');
    expect(serviceMethod('PROOF OF SERVICE\nManner: [ ] Mail [ ] Fax').value).toBe(null);
  });

  it('instructions for both represented and unrepresented workers say nothing about this worker', () => {
    const both = 'Represented employees: each side strikes one name.\nUnrepresented employees: choose one evaluator.';
    expect(represented(both).value).toBe(null);
    expect(represented(`Requested by: Applicant attorney\n${both}`).value).toBe(true);
    expect(represented('Unrepresented employee: Mary Poe').value).toBe(false);
  });

  it('a claim number on the line under a "Claim" label (portal summaries), only when it looks like a code', () => {
    expect(claimNumber('Claim\nABC-26-00417\nStatus\nOpen').value).toBe('ABC-26-00417');
    expect(claimNumber('Claim\nStatus 2026').value).toBe(undefined);
  });
});

describe('detectors', () => {
  // since b11 the kind model gives this six-line note 0.38 (threshold 0.4): an approval starts no clock, so what
  // must hold is that it is never read as anything that does
  it('never reads an approval from a claims adjuster ("Notice of Certification") as a denial', () => {
    const found = run('Notice of Certification\nClaim ABC-26-00417\nGood news: the request for a knee brace has been approved.\nCertification date: 07/08/2026\nNo Independent Medical Review is needed.\nAnna Lee, Claims Adjuster');
    expect(found.filter((n) => n.outcome !== 'approved')).toEqual([]);
    for (const n of found) expect(n.dates.decision_date).toBe('2026-07-08');
  });

  it('finds a retrospective review decision', () => {
    const [n] = run('RE: Retrospective Review Decision\nClaim: ABC-26-00417   Date of Injury: 01/02/2026\nPhysical therapy, 12 visits: NOT CERTIFIED (MTUS).\nReview completed: 03/03/2026\nYou may request an Independent Medical Review within 30 days of service of this letter.\nDate mailed: 03/04/2026');
    expect(n).toMatchObject({ kind: 'ur_decision', outcome: 'denied' });
    expect(n!.dates).toMatchObject({ decision_date: '2026-03-03', service_date: '2026-03-04' });
  });

  it('finds a delay stated as "Our decision is delayed" on a TPA portal', () => {
    const [n] = run('ACME TPA\nInjury date 01/12/2026\nUtilization Review: records needed\nNotice date: 05/12/2026\nDear Mr. Roe,\nOur decision is delayed until we receive the MRI report.\nYou may ask for Independent Medical Review of a delay.');
    expect(n).toMatchObject({ kind: 'ur_decision', outcome: 'delayed' });
    expect(n!.dates.document_date).toBe('2026-05-12');
  });

  it('"a <treatment> has been approved" is a decision; "a request that is denied" is still a hypothetical', () => {
    const [n] = run('NOTICE OF UTILIZATION REVIEW DECISION\nClaim number: ABC-26-00417\nDate of injury: 01/02/2026\nYour physician\'s request for a cane has been approved. A request that is denied can go to Independent Medical Review.');
    expect(n).toMatchObject({ kind: 'ur_decision', outcome: 'approved' });
  });

  it('"Good news" is not a news article', () => {
    expect(run('NOTICE OF UTILIZATION REVIEW DECISION\nClaim number: ABC-26-00417\nDate of injury: 01/02/2026\nGood news: your request for authorization has been certified.')).toMatchObject([{ outcome: 'approved' }]);
  });

  it('finds an MPN second-opinion list titled "Second opinion: MPN provider list" after the worker disagreed', () => {
    const [n] = run('Second opinion: MPN provider list\nDate sent: 06/16/2026 by email\nYou told us you disagree with your treating physician\'s diagnosis. Here are MPN physicians:\nA. Bee, M.D.\tSacramento\nC. Dee, M.D.\tFolsom\nMake an appointment within 60 days of receiving this list.');
    expect(n).toMatchObject({ kind: 'mpn_second_opinion', serviceMethod: 'email' });
  });

  it("a replacement panel's own number, not the original panel's", () => {
    const [n] = run('DWC Medical Unit — QME\nOriginal Panel No. 7000001\nReplacement Panel No. 7000002\nDate Replacement Panel Issued: 04/15/2026\nJohn Roe, D.C.\nJane Poe, D.C.\nAl Moe, D.C.');
    expect(n).toMatchObject({ kind: 'qme_panel', facts: { panelNumber: '7000002' } });
    expect(n!.dates.panel_assigned_date).toBe('2026-04-15');
  });
});

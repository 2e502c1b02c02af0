// detect(): UR and IMR outcome wordings, pages that only talk about notices, MPN lists, e-mail replies, dates and
// labels, an enclosed QME panel, facts (rules first added after the sixth held-out batch). Wordings of their own.
import { describe, expect, it } from 'vitest';
import { detect, htmlToTextDocument, labelDates, parseDates, textDocumentFromString } from '../../../extract';
import { claimNumber, represented, serviceMethod, treatment } from '../../support/facts';
import { buildLayout } from '../../../extract/layout';
import { readAs, readings } from '../../support/read';
import { readForModels } from '../../../extract/read';

const run = (text: string) => detect(textDocumentFromString(text, 'test.txt'), { today: '2026-12-31' });
const labels = (text: string, lang?: 'en' | 'es') => labelDates(text, { lang }).map((d) => [d.iso, d.label]);
const kinds = (text: string) => run(text).map((n) => `${n.kind}:${n.outcome ?? ''}`);

const UR_BODY = 'Claim number: ABC-26-1001\nDate of injury: 01/05/2026\nUTILIZATION REVIEW DETERMINATION\nRequest for Authorization: cervical MRI.\n';

describe('UR outcome wordings', () => {
  it('"the reviewer did not certify this request" and "decided not to approve" are denials', () => {
    expect(kinds(`${UR_BODY}Our physician reviewer did not certify the MRI. You may request IMR within 30 days.`)).toEqual(['ur_decision:denied']);
    expect(kinds(`${UR_BODY}The reviewer decided not to approve the request. You may request IMR within 30 days.`)).toEqual(['ur_decision:denied']);
  });

  it('"If the reviewer does not certify…" is a hypothetical, not a denial', () => {
    const found = run(`${UR_BODY}The request was approved. If the reviewer does not certify a future request, you may request IMR within 30 days.`);
    expect(found.map((n) => n.outcome)).toEqual(['approved']);
  });

  it('Spanish "decidió no certificar" is a denial', () => {
    expect(kinds('Número de reclamo: ABC-26-1001\nFecha de la lesión: 05/01/2026\nRevisión de utilización\nEl médico revisor decidió no certificar la solicitud de fisioterapia. Puede solicitar una Revisión Médica Independiente dentro de 30 días.')).toEqual(['ur_decision:denied']);
  });

  it('reads the checked box of a form, not the unchecked choices', () => {
    const rights = '\nIf you disagree, you may request Independent Medical Review within 30 days.';
    expect(kinds(`${UR_BODY}Result: [ ] Certified [ ] Modified [ ] Non-certified [x] Delayed${rights}`)).toEqual(['ur_decision:delayed']);
    expect(kinds(`${UR_BODY}Result: ☐ Approved ☒ Modified ☐ Denied${rights}`)).toEqual(['ur_decision:modified']);
  });

  it('"decided on <date> to modify the request" is a modification even when some items are "not certified"', () => {
    expect(kinds(`${UR_BODY}The reviewer decided on 03/02/2026 to modify the request: 4 of the 10 sessions are not certified.`)).toEqual(['ur_decision:modified']);
  });

  it('a denial of the claim itself (liability) is not a UR decision', () => {
    expect(run('NOTICE OF DENIAL OF CLAIM\nClaim number: ABC-26-1001\nWe have completed our investigation. Your claim is denied because the injury did not arise out of employment. This is not a utilization review decision. No medical treatment will be authorized.')).toEqual([]);
  });

  it('"this is not a denial of your claim" in a UR letter does not count against it', () => {
    expect(kinds(`${UR_BODY}The request is denied as not medically necessary. This is not a denial of your claim. You may request IMR within 30 days.`)).toEqual(['ur_decision:denied']);
  });
});

describe('IMR outcome', () => {
  it('"the UR decision is therefore upheld / thus overturned"', () => {
    const letter = (verdict: string) => `INDEPENDENT MEDICAL REVIEW FINAL DETERMINATION\nIMR Case Number: CM26-0001234\nClaim number: ABC-26-1001\nDate of injury: 01/05/2026\nThe reviewer found the treatment appropriate. The utilization review decision is ${verdict}.`;
    expect(kinds(letter('therefore upheld'))).toEqual(['imr_determination:upheld']);
    expect(kinds(letter('thus overturned'))).toEqual(['imr_determination:overturned']);
  });
});

describe('pages that only talk about notices', () => {
  it('a newsletter with statistics finds nothing', () => {
    expect(run('Workers\' comp newsletter\nIndependent Medical Review final determinations this year upheld the utilization review decision in 90% of cases. QME panel requests rose; a panel assigned on a Monday gives 10 days to strike. Employer groups commented.')).toEqual([]);
  });

  it('a note that expects MMI later, or says there is no P&S report yet, is not a P&S report', () => {
    expect(run('Case note. Claim number: ABC-26-1001. Date of injury 01/05/2026. The treating physician anticipates maximal medical improvement next spring.')).toEqual([]);
    expect(run('Case note. Claim number: ABC-26-1001. Date of injury 01/05/2026. Primary treating physician visit; no P&S report yet. MMI not discussed.')).toEqual([]);
  });
});

describe('MPN second-opinion lists', () => {
  it('"you disagree with the diagnosis of your treating doctor" with a list is a second-opinion list', () => {
    expect(kinds('Medical Provider Network (MPN)\nClaim number: ABC-26-1001\nYou let us know that you disagree with the treatment plan from your treating physician. Second opinion: call one of these MPN doctors within 60 days of receiving this list:\nAnn Lee, M.D.\nBo Park, M.D.')).toEqual(['mpn_second_opinion:']);
  });

  it('"If you disagree with the diagnosis of your doctor…" alone is an employee notice, not a list', () => {
    expect(run('Medical Provider Network (MPN) employee notice\nIf you disagree with the diagnosis of your doctor, you may ask for a second opinion.')).toEqual([]);
  });

  it('Spanish "no está de acuerdo con el diagnóstico" and "lista de médicos para una segunda opinión"', () => {
    expect(kinds('Red de Proveedores Médicos (MPN)\nNúmero de reclamo: ABC-26-1001\nUsted no está de acuerdo con el tratamiento de su médico. Llame a uno de estos médicos para una segunda opinión dentro de 60 días.\nDra. Ana Ruiz\nDr. Luis Mora')).toEqual(['mpn_second_opinion:']);
  });
});

describe('e-mail replies', () => {
  it('finds where the quoted older mail starts', () => {
    const text = 'Newest message\n\nOn Mon, Mar 2, 2026 at 9:00 AM Ana wrote:\n> old text';
    const quoted = buildLayout(textDocumentFromString(text, 'm.txt')).sections.find((s) => s.kind === 'quoted_mail');
    expect(quoted).toMatchObject({ start: text.indexOf('On Mon'), end: text.length });
  });

  it('takes the outcome and dates from the newest message, not the quoted approval', () => {
    const mail = `From: Adjuster\nSent: Friday, March 6, 2026 10:00 AM\nTo: Worker\n\n${UR_BODY}Decision date: 03/05/2026. The request is denied. You may request IMR within 30 days.\n\n-----Original Message-----\nFrom: Adjuster\nSent: Monday, January 5, 2026 9:00 AM\nDecision date: 01/02/2026. Your MRI request has been APPROVED.`;
    const [n] = run(mail);
    expect(n?.outcome).toBe('denied');
    expect(n?.dates.decision_date).toBe('2026-03-05');
  });

  it('still reads a notice that is only in the quoted part (a reply that forwards nothing new)', () => {
    const mail = `Thanks, got it.\n\n> ${UR_BODY.replace(/\n/g, '\n> ')}The request is denied. You may request IMR within 30 days.`;
    expect(kinds(mail)).toEqual(['ur_decision:denied']);
  });

  it('reads the forwarded letter of a forward, even when the covering note talks about UR and IMR', () => {
    const note = 'Below is the utilization review letter the insurer sent. We have started the Independent Medical Review application for you.';
    const letter = `${UR_BODY}Decision date: 10/21/2026. The request is denied. You may request IMR within 30 days.`;
    const mail = (subject: string) => `From: Paralegal\nSent: Tuesday, October 27, 2026 10:42 AM\nSubject: ${subject}\n\n${note}\n\n-----Original Message-----\nFrom: Adjuster\nSent: Friday, October 23, 2026 4:12 PM\n\n${letter}`;
    expect(kinds(mail('FW: UR letter'))).toEqual(['ur_decision:denied']);
    expect(run(mail('FW: UR letter'))[0]?.dates.decision_date).toBe('2026-10-21');
    // not a forward: a reply whose newest message names UR and IMR is read without the mail it quotes
    for (const subject of ['Re: UR letter', 'UR letter FW: copy', 'FWD letter']) {
      const text = mail(subject);
      expect(readForModels(textDocumentFromString(text, 'm.txt')).scope.end, subject).toBe(text.indexOf('-----Original Message-----'));
    }
  });

  it('"This e-mail is your service copy" is service by e-mail', () => {
    expect(serviceMethod('This e-mail is your service copy of the decision.').value).toBe('email');
  });
});

describe('dates and labels', () => {
  it('reads "the 5th day of October, 2026", and "Signed this …" as the report date (a signing inside a proof of service)', () => {
    expect(parseDates('Executed this 5th day of October, 2026').map((d) => d.iso)).toEqual(['2026-10-05']);
    expect(labels('Signed this 5th day of October, 2026, at Fresno.')).toEqual([['2026-10-05', 'report_date']]);
    expect(readings('PROOF OF SERVICE\nI mailed the report to the parties.\nSigned on 10/06/2026')).toMatchObject([{ iso: '2026-10-06', acts: ['signed_verb'], sections: expect.arrayContaining(['proof_of_service']) }]);
  });

  it('reads a Spanish day-first date whose first part is over 12, and an English one as day-first too (the document says its order)', () => {
    expect(parseDates('Fecha de la lesión: 21/03/2025', { lang: 'es' }).map((d) => d.iso)).toEqual(['2025-03-21']);
    expect(parseDates('Date: 21/03/2025', { lang: 'en' }).map((d) => d.iso)).toEqual(['2025-03-21']);
    // a document that writes one date day-first is read day-first throughout
    expect(parseDates('Date: 21/03/2025. Seen: 04/03/2025', { lang: 'en' }).map((d) => d.iso)).toEqual(['2025-03-21', '2025-03-04']);
  });

  it('"we received … Request for Authorization … on <date>" is the RFA date, and a heading above is no label', () => {
    expect(labels('NOTICE OF UTILIZATION REVIEW DECISION\nWe received the Request for Authorization from your doctor on 02/03/2026.')).toEqual([['2026-02-03', 'rfa_received_date']]);
  });

  it('"Received by the claims administrator:" is a received date', () => {
    expect(labels('Received by the claims administrator: 05/06/2026')).toEqual([['2026-05-06', 'received_date']]);
  });

  it('"On <date>, the reviewer, Dr. Ann Lee, … did not certify" (and Spanish "El <fecha> … decidió") is the decision date', () => {
    expect(readAs('On March 3, 2026, the reviewing physician, Dr. Ann Lee, board certified in orthopaedics, did not certify the request.')).toEqual([['2026-03-03', 'decided']]);
    expect(readAs('El 3 de marzo de 2026, el médico revisor, Dr. Luis Mora, decidió negar la solicitud.', 'es')).toEqual([['2026-03-03', 'decided']]);
  });

  it('"su lesión del <fecha>" is the injury date', () => {
    expect(labels('relacionada con su lesión del 2 de mayo de 2025', 'es')).toEqual([['2025-05-02', 'injury_date']]);
  });
});

describe('a QME panel enclosed with another notice', () => {
  const letter = `March 10, 2026\n${UR_BODY}The request is denied as not medically necessary. You may request IMR within 30 days.\nProof of service: served by first-class mail on March 10, 2026.\nEnclosed: the QME panel list.\n\nQUALIFIED MEDICAL EVALUATOR PANEL LIST\nPanel number: 7700123\nDate panel assigned: 03/02/2026\nAnn Lee, M.D.\nBo Park, M.D.\nCy Diaz, M.D.\nEach party may strike one name from this panel within 10 days.`;

  it('keeps its own assignment date and leaves the letter\'s date and mailing to the letter', () => {
    const found = run(letter);
    const ur = found.find((n) => n.kind === 'ur_decision');
    const panel = found.find((n) => n.kind === 'qme_panel');
    expect(ur?.dates).toMatchObject({ document_date: '2026-03-10', service_date: '2026-03-10' });
    expect(ur?.serviceMethod).toBe('mail');
    expect(panel?.dates.panel_assigned_date).toBe('2026-03-02');
    expect(panel?.dates.document_date).toBeUndefined();
    expect(panel?.dates.service_date).toBeUndefined();
    expect(panel?.serviceMethod).toBe(null);
    expect(panel?.evidence.some((e) => e.fact === 'date:service_date' || e.fact === 'serviceMethod')).toBe(false);
  });
});

describe('facts', () => {
  it('represented: "Attorneys for Applicant", "(applicant attorney)", "you are represented" (not "if you are represented")', () => {
    expect(represented('c/o Smith & Jones, Attorneys for Applicant').value).toBe(true);
    expect(represented('cc: Smith & Jones (applicant attorney)').value).toBe(true);
    expect(represented('Because you are represented, each side may strike one name.').value).toBe(true);
    expect(represented('If you are represented, your attorney will strike one name.').value).toBe(null);
  });

  it('a treatment value after a tab ("Treatment in dispute:\\tLidocaine patches")', () => {
    expect(treatment('Treatment in dispute:\tLidocaine 5% patches\nDate: 01/01/2026').value).toEqual(['Lidocaine 5% patches']);
  });

  it('claim numbers in three digit groups ("Claim 07-224411-25"), not dates', () => {
    expect(claimNumber('Policyholder: Acme · Claim 07-224411-25').value).toBe('07-224411-25');
    expect(claimNumber('Claim 03-04-2026').value).toBe(undefined);
  });
});

describe('a portal whose claim summary is a sidebar', () => {
  it('takes the workers\' compensation context from the sidebar (a claim and its date of injury), not what the page is', () => {
    const page = (aside: string) => htmlToTextDocument(`<html><body><nav>Home · My Claims · Payments</nav>${aside}<main>
      <h1>Pharmacy utilization review determination</h1><p>The treatment request was reviewed for medical
      necessity and is denied. You may ask for Independent Medical Review within 30 days.</p><p>Decision date: 11/05/2026</p></main></body></html>`, 'p.html');
    const summary = '<aside><h2>Claim summary</h2><p>Claim</p><p>SNI-WC-2024-11893</p><p>Date of injury</p><p>08/19/2024</p></aside>';
    expect(detect(page(summary), { today: '2026-12-01' }).map((n) => n.kind)).toEqual(['ur_decision']);
    expect(detect(page('<aside><h2>Member</h2><p>Plan: Gold PPO</p></aside>'), { today: '2026-12-01' })).toEqual([]);
  });
});

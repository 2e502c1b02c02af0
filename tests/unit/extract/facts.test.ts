import { describe, expect, it } from 'vitest';
import { claimNumber, expedited, medication, represented, serviceMethod, treatment } from '../../support/facts';

describe('serviceMethod', () => {
  it('takes the checked box of a proof of service over the methods it lists', () => {
    expect(serviceMethod('PROOF OF SERVICE\n[ ] U.S. Mail, first-class\n[X] Fax transmission\n[ ] Personal delivery').value).toBe('fax');
    expect(serviceMethod('Method: [ ] personal delivery  [X] U.S. mail  [ ] fax').value).toBe('mail');
    expect(serviceMethod('☐ by mail ☒ by e-mail').value).toBe('email');
  });

  it('says unknown when every box is empty', () => {
    expect(serviceMethod('PROOF OF SERVICE\n[ ] U.S. Mail\n[ ] Fax transmission').value).toBeNull();
  });

  it('reads the method named in the proof of service first, then anywhere', () => {
    expect(serviceMethod('Call or fax us. PROOF OF SERVICE: I deposited it in the United States mail.').value).toBe('mail');
    expect(serviceMethod('This decision was served electronically on the date below.').value).toBe('email');
    expect(serviceMethod('Handed to the employee in person: personally served.').value).toBe('personal');
    expect(serviceMethod('Enviada por correo el 10 de marzo.').value).toBe('mail');
    expect(serviceMethod('Enviada por correo electrónico.').value).toBe('email');
    expect(serviceMethod('No method here.').value).toBeNull();
  });
});

describe('expedited', () => {
  it('is true when the review is expedited', () => {
    expect(expedited('Review type: Expedited').value).toBe(true);
    expect(expedited('Type of review: [X] Expedited [ ] Regular').value).toBe(true);
    expect(expedited('Tipo de revisión: acelerada').value).toBe(true);
  });

  it('is false for boilerplate about asking for one, or an unchecked box', () => {
    expect(expedited('If your condition is urgent you may request an expedited review.').value).toBe(false);
    expect(expedited('Type of Utilization Review: [X] Regular   [ ] Expedited   [ ] Retrospective').value).toBe(false);
  });
});

describe('represented', () => {
  it('reads both answers, and null when the letter does not say', () => {
    expect(represented('Employee: Kevin Tran (unrepresented)').value).toBe(false);
    expect(represented('Your attorney, Daniel Brennan, Esq., has a copy.').value).toBe(true);
    expect(represented('Panel requested by: Applicant Attorney').value).toBe(true);
    expect(represented('Trabajador no representado').value).toBe(false);
    expect(represented('Dear Mr. Price: we reviewed the request.').value).toBeNull();
  });

  it('ignores conditional sentences', () => {
    expect(represented('If you were not represented by an attorney when this letter was sent, call us.').value).toBeNull();
    expect(represented('If you are represented by an attorney, send a copy.').value).toBeNull();
  });
});

describe('claimNumber', () => {
  it.each([
    ['Claim Number: SMC-0448217', 'SMC-0448217'],
    ['Claim #: WC 03-04-26-5512', 'WC 03-04-26-5512'],
    ['Claim\tGB-2024-0150029', 'GB-2024-0150029'],
    ['Claim # ............. CTV-22-71554', 'CTV-22-71554'],
    ['Número de reclamo: GB-2025-0207781', 'GB-2025-0207781'],
  ])('reads %j', (text, value) => {
    const found = claimNumber(`Re: notice\n${text}\nDear Sir`);
    expect(found.value).toBe(value);
    expect(found.evidence[0]!.text).toBe(value);
  });

  it('needs a digit (a "claim number" label followed by a word is not one)', () => {
    expect(claimNumber('Please have your claim number ready.').value).toBeUndefined();
  });
});

describe('treatment and medication', () => {
  it('reads the labelled treatment, not a sentence that says "the requested treatment is…"', () => {
    expect(treatment('The requested treatment is not certified.\nTreatment requested: Lumbar MRI without contrast').value).toEqual(['Lumbar MRI without contrast']);
  });

  it('tells medication from other treatment', () => {
    expect(medication(['Tramadol ER 100 mg tablets #30'], '')).toBe(true);
    expect(medication(['Physical therapy, 12 visits'], '')).toBe(false);
    expect(medication([], 'The drug is listed as a non-exempt drug on the MTUS Drug Formulary and was denied.')).toBe(true);
  });
});

describe('represented, form labels', () => {
  it('reads a named applicant attorney, and not an empty attorney field', () => {
    expect(represented("Applicant's attorney: Garcia & Lee LLP").value).toBe(true);
    expect(represented("Applicant's Attorney:\nClaims Administrator: Bayshore").value).toBeNull();
  });
});

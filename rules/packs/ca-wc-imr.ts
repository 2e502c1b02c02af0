// California workers' comp: Independent Medical Review (IMR) and utilization review (UR) clocks.
// Research: ../shared/rules-research.md (rows ca_wc.imr_*, ca_wc.ur_*; Ambiguities 1, 2), as of 2026-11-22.
import { AS_OF, SRC, defineRule } from './common';

const UR_ADVERSE = ['denied', 'modified', 'delayed'] as const;

// Lab. Code § 4610.5(h)(1); 8 CCR § 9792.10.1(b)(1): "within 30 days of service of the written utilization review
// determination". Safe date counts from the earliest date on the letter (Ambiguity 1).
export const imrRequest = defineRule({
  id: 'ca.imr.request',
  jurisdiction: 'US-CA',
  trigger: { kind: 'ur_decision', outcomes: [...UR_ADVERSE], conditions: { medication: false, legacyPreIMR: false } },
  startRoles: ['decision_date', 'service_date', 'document_date', 'received_date'],
  latestStartRoles: ['service_date'],
  clock: { amount: 30, unit: 'calendar_days' },
  mailExtension: {
    policy: 'ccr10605',
    basis: 'Unsettled: 8 CCR 10605 extends periods that run from service; one firm counts "no later than 35 days" (lawjoelee 2016). No regulation or en banc decision applies it to the IMR application.',
  },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Lab. Code § 4610.5(h)(1); 8 CCR § 9792.10.1(b)(1)',
  sources: [SRC.reg979210_1, SRC.lawjoelee],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  effective: { from: '2013-07-01' },
  title: { en: 'Ask for Independent Medical Review (IMR)', es: 'Pida una Revisión Médica Independiente (IMR)' },
  explanation: {
    en: 'Utilization review (UR) denied, changed or delayed the treatment your doctor asked for. To challenge it, apply for IMR within 30 days of service of the UR decision. If the letter was mailed you may have 5 more days, but do not count on it.',
    es: 'La revisión de utilización (UR) negó, cambió o retrasó el tratamiento que pidió su médico. Para impugnarla, solicite la IMR dentro de 30 días a partir de la notificación de la decisión de UR. Si la carta llegó por correo, quizá tenga 5 días más, pero no cuente con ellos.',
  },
  action: {
    en: 'Sign the Application for Independent Medical Review (DWC Form IMR) that came with the letter and send it with a copy of the UR decision to the address on the form. Keep proof of the date you sent it.',
    es: 'Firme la Solicitud de Revisión Médica Independiente (formulario DWC IMR) que vino con la carta y envíela con una copia de la decisión de UR a la dirección del formulario. Guarde prueba de la fecha de envío.',
  },
});

// Formulary medication disputes (on or after 2018-01-01, Lab. Code § 4610.5(a)(3)): 10 days. UNVERIFIED, from memory.
export const imrRequestFormulary = defineRule({
  id: 'ca.imr.request_formulary',
  jurisdiction: 'US-CA',
  trigger: { kind: 'ur_decision', outcomes: [...UR_ADVERSE], conditions: { medication: true, legacyPreIMR: false } },
  startRoles: ['decision_date', 'service_date', 'document_date', 'received_date'],
  latestStartRoles: ['service_date'],
  clock: { amount: 10, unit: 'calendar_days' },
  mailExtension: { policy: 'ccr10605', basis: 'As for ca.imr.request: unsettled (8 CCR 10605 extends periods that run from service).' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Lab. Code § 4610.5(h)(1) as amended by SB 1160 (2016) (unverified); Lab. Code § 4610.5(a)(3)',
  sources: [SRC.pocketlaw4610_5],
  asOf: AS_OF,
  confidence: 'unverified',
  needsConfirmation: true,
  effective: { from: '2018-01-01' },
  title: { en: 'Ask for IMR (medication): 10-day limit', es: 'Pida la IMR (medicamento): plazo de 10 días' },
  explanation: {
    en: 'The denied treatment is a medication. For drugs under the MTUS Drug Formulary the IMR application may be due within 10 days instead of 30. This shorter limit still needs confirmation, so act within 10 days to be safe.',
    es: 'El tratamiento negado es un medicamento. Para medicamentos del Formulario de Medicamentos MTUS, la solicitud de IMR puede vencer en 10 días en lugar de 30. Este plazo más corto aún debe confirmarse, así que actúe dentro de 10 días para estar seguro.',
  },
  action: {
    en: 'Sign DWC Form IMR and send it with a copy of the UR decision right away. Keep proof of the date you sent it.',
    es: 'Firme el formulario DWC IMR y envíelo de inmediato con una copia de la decisión de UR. Guarde prueba de la fecha de envío.',
  },
});

// Lab. Code § 4610.6(d); 8 CCR § 9792.10.6(g): 30 days (3 days expedited) after IMR receives the request and records.
// Directory, not mandatory: a late IMR decision is still binding (Margaris; Ambiguity 2). Informational only.
const imrDecisionBase = {
  jurisdiction: 'US-CA',
  startRoles: ['imr_requested_date'],
  rollForward: 'none',
  type: 'expected',
  actor: 'imr_organization',
  citation: 'Lab. Code § 4610.6(d); 8 CCR § 9792.10.6(g)',
  sources: [SRC.pknwImrDelay, SRC.saclawImr],
  asOf: AS_OF,
  confidence: 'verified_secondary',
  needsConfirmation: false,
  notes: ['Counted from the date IMR was requested; the law counts from when IMR has the request and the records, so the decision may come later.'],
} as const;

export const imrDecisionExpected = defineRule({
  ...imrDecisionBase,
  startRoles: [...imrDecisionBase.startRoles],
  sources: [...imrDecisionBase.sources],
  notes: [...imrDecisionBase.notes],
  id: 'ca.imr.decision_expected',
  trigger: { kind: 'ur_decision', outcomes: [...UR_ADVERSE], conditions: { expedited: false } },
  clock: { amount: 30, unit: 'calendar_days' },
  title: { en: 'IMR decision expected', es: 'Decisión de IMR esperada' },
  explanation: {
    en: 'IMR should decide within about 30 days after it has your application and the medical records. A late decision is still valid.',
    es: 'La IMR debe decidir unos 30 días después de tener su solicitud y los expedientes médicos. Una decisión tardía sigue siendo válida.',
  },
  action: {
    en: 'If you have heard nothing by this date, call the IMR organization (Maximus) with your IMR case number.',
    es: 'Si no sabe nada para esta fecha, llame a la organización de IMR (Maximus) con su número de caso de IMR.',
  },
});

export const imrDecisionExpectedExpedited = defineRule({
  ...imrDecisionBase,
  startRoles: [...imrDecisionBase.startRoles],
  sources: [...imrDecisionBase.sources],
  notes: [...imrDecisionBase.notes],
  id: 'ca.imr.decision_expected_expedited',
  trigger: { kind: 'ur_decision', outcomes: [...UR_ADVERSE], conditions: { expedited: true } },
  clock: { amount: 3, unit: 'calendar_days' },
  title: { en: 'Expedited IMR decision expected', es: 'Decisión de IMR acelerada esperada' },
  explanation: {
    en: 'Your doctor certified an imminent and serious threat to your health, so IMR should decide within 3 days after it has the information.',
    es: 'Su médico certificó una amenaza inminente y grave para su salud, así que la IMR debe decidir dentro de 3 días después de tener la información.',
  },
  action: {
    en: 'If there is no decision by this date, call the IMR organization (Maximus) and ask about your expedited review.',
    es: 'Si no hay decisión para esta fecha, llame a la organización de IMR (Maximus) y pregunte por su revisión acelerada.',
  },
});

// Lab. Code § 4610.6(h); 8 CCR § 10575(c): "no later than 30 days after service of the IMR determination".
// Mail time: Matute v. Los Angeles Unified School Dist. (2015, WCAB en banc) adds 8 CCR 10605 / CCP 1013 days.
export const imrAppeal = defineRule({
  id: 'ca.imr.appeal',
  jurisdiction: 'US-CA',
  trigger: { kind: 'imr_determination', outcomes: ['upheld'] },
  startRoles: ['service_date', 'decision_date', 'document_date', 'received_date'],
  latestStartRoles: ['service_date'],
  clock: { amount: 30, unit: 'calendar_days' },
  mailExtension: { policy: 'ccr10605', basis: 'Matute v. Los Angeles Unified School Dist. (2015) WCAB en banc' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Lab. Code § 4610.6(h); 8 CCR § 10575(c)',
  sources: [SRC.reg10575, SRC.matute],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'Appeal the IMR decision', es: 'Apele la decisión de IMR' },
  explanation: {
    en: 'IMR upheld the denial. You can appeal to the Workers’ Compensation Appeals Board within 30 days of service of the IMR determination. Appeals succeed only on narrow grounds (fraud, conflict of interest, bias, or a plainly wrong fact).',
    es: 'La IMR confirmó la negación. Puede apelar ante la Junta de Apelaciones de Compensación de Trabajadores dentro de 30 días a partir de la notificación de la decisión de IMR. Las apelaciones proceden solo por motivos limitados (fraude, conflicto de interés, parcialidad o un error de hecho evidente).',
  },
  action: {
    en: 'File a verified petition appealing the IMR determination with the WCAB and serve it on the other parties and the DWC IMR Unit. Attach a copy of the IMR determination.',
    es: 'Presente ante la WCAB una petición verificada que apele la decisión de IMR y notifíquela a las otras partes y a la Unidad de IMR de la DWC. Adjunte una copia de la decisión de IMR.',
  },
});

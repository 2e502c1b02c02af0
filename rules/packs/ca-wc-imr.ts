// California workers' comp: Independent Medical Review (IMR) clocks.
// Research: ../shared/rules-research.md (rows ca_wc.imr_*; Ambiguities 1, 2) and the legal audit
// ../shared/rules-audit-2026-12.md (A.3, A.5), as of 2026-12-01.
import { AS_OF, IA_PHONE, SRC, defineRule } from './common';

const UR_ADVERSE = ['denied', 'modified', 'delayed'] as const;

// Lab. Code § 4610.5(h)(1); 8 CCR § 9792.10.1(b)(1): "A request for independent medical review must be filed ...
// by mail, facsimile, or electronic transmission with the Administrative Director ... within 30 days of service of
// the written utilization review determination". Filed means RECEIVED: Avila v. UC Irvine (2015 WCAB panel)
// rejected an application "received" one day late, and is also the source for the +5 mail days ("extended by five
// days ... pursuant to ... CCP § 1013(a)"). Safe date counts from the earliest date on the letter (Ambiguity 1).
export const imrRequest = defineRule({
  id: 'ca.imr.request',
  jurisdiction: 'US-CA',
  trigger: { kind: 'ur_decision', outcomes: [...UR_ADVERSE], conditions: { medication: false, legacyPreIMR: false } },
  startRoles: ['decision_date', 'service_date', 'document_date', 'received_date'],
  latestStartRoles: ['service_date'],
  clock: { amount: 30, unit: 'calendar_days' },
  mailExtension: {
    policy: 'ccr10605',
    basis: 'Avila v. UC Irvine (2015) WCAB panel decision: the time "is extended by five days ... pursuant to ... CCP § 1013(a)"; 8 CCR 10605. Not an en banc holding, so only the latest date adds it.',
  },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Lab. Code § 4610.5(h)(1); 8 CCR § 9792.10.1(b)(1)',
  sources: [SRC.reg979210_1, SRC.avila, SRC.lawjoelee],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  effective: { from: '2013-07-01' },
  title: { en: 'Ask for Independent Medical Review (IMR)', es: 'Pida una Revisión Médica Independiente (IMR)' },
  explanation: {
    en: 'Utilization review (UR) denied, changed or delayed the treatment your doctor asked for. If you disagree, ask for IMR. Your IMR form must reach the state within 30 days from the date the UR decision was sent to you (served). If it came by mail, you may have 5 more days. Do not count on them.',
    es: 'La revisión de utilización (UR) rechazó, cambió o retrasó el tratamiento que pidió su médico. Si no está de acuerdo, pida la IMR. Su solicitud debe llegar al estado dentro de 30 días desde la fecha en que le enviaron la decisión de UR (la notificación). Si llegó por correo, quizá tenga 5 días más. No cuente con ellos.',
  },
  action: {
    en: 'Sign the IMR form that came with the letter (DWC Form IMR). Send it with a copy of the UR decision to the address on the form. It must arrive by this date. Fax it, or use mail you can track. Send a copy of the signed form to the claims administrator too.',
    es: 'Firme la solicitud de IMR que vino con la carta (el formulario DWC IMR). Envíela con una copia de la decisión de UR a la dirección del formulario. Debe llegar a más tardar en esta fecha. Mándela por fax o por un correo que se pueda rastrear. Envíe también una copia del formulario firmado al administrador de reclamos.',
  },
  ifPassed: {
    en: `Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney. A late IMR form is usually turned down, and the UR decision then stands. If the latest date shown has not passed, fax the form today. Your doctor can send a new request if your health or the facts have changed (Lab. Code § 4610(k)). If the UR decision itself came late, a judge may decide if you need the treatment (Dubon, 2014).`,
    es: `Llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado. Una solicitud de IMR tardía casi siempre se rechaza, y la decisión de UR sigue en pie. Si la última fecha indicada no ha pasado, mande el formulario hoy por fax. Su médico puede enviar una nueva solicitud si su salud o los hechos cambiaron (Código Laboral § 4610(k)). Si la decisión de UR llegó tarde, un juez puede decidir si necesita el tratamiento (Dubon, 2014).`,
  },
  notes: [{
    en: 'Not settled: the 5 extra mail days come from one Appeals Board case (Avila, 2015). The rule itself says 30 days. So the safe date leaves them out.',
    es: 'No está resuelto: los 5 días más por correo vienen de un caso de la Junta de Apelaciones (Avila, 2015). La regla misma dice 30 días. Por eso la fecha segura no los cuenta.',
  }],
});

// Formulary medication disputes (on or after 2018-01-01, Lab. Code § 4610.5(a)(3)): 10 days. UNVERIFIED, from memory.
// The regulation text found (8 CCR § 9792.10.1(b)(1), through Sept. 2024) gives one 30-day limit with no formulary
// carve-out, and the text of § 4610.5(h) as amended by SB 1160 was not retrieved (audit A.5). So: `due` keeps the
// 10 days (the safe reading), `latest` uses the 30 days (+ mail time, as for ca.imr.request), and the note says why.
export const imrRequestFormulary = defineRule({
  id: 'ca.imr.request_formulary',
  jurisdiction: 'US-CA',
  trigger: { kind: 'ur_decision', outcomes: [...UR_ADVERSE], conditions: { medication: true, legacyPreIMR: false } },
  startRoles: ['decision_date', 'service_date', 'document_date', 'received_date'],
  latestStartRoles: ['service_date'],
  clock: { amount: 10, unit: 'calendar_days', latestAmount: 30 },
  mailExtension: { policy: 'ccr10605', basis: 'As for ca.imr.request: Avila v. UC Irvine (2015) WCAB panel decision; 8 CCR 10605.' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Lab. Code § 4610.5(h)(1) as amended by SB 1160 (2016) (unverified); Lab. Code § 4610.5(a)(3); 8 CCR § 9792.10.1(b)(1)',
  sources: [SRC.pocketlaw4610_5, SRC.reg979210_1],
  asOf: AS_OF,
  confidence: 'unverified',
  needsConfirmation: true,
  effective: { from: '2018-01-01' },
  title: {
    en: 'Ask for Independent Medical Review (IMR) of a medicine: 10 days',
    es: 'Pida la Revisión Médica Independiente (IMR) de un medicamento: 10 días',
  },
  explanation: {
    en: 'Utilization review (UR) denied a medicine on the state’s drug list (MTUS Drug Formulary). The IMR form may be due in 10 days, not 30. This 10-day limit is not confirmed. The rule we found gives 30 days. To be safe, act within 10 days.',
    es: 'La revisión de utilización (UR) rechazó un medicamento de la lista de medicamentos del estado (MTUS Drug Formulary). La solicitud de IMR quizá venza en 10 días, no en 30. Este plazo de 10 días no está confirmado. La regla que encontramos da 30 días. Para estar seguro, actúe dentro de 10 días.',
  },
  action: {
    en: 'Sign the IMR form (DWC Form IMR) right away. Send it with a copy of the UR decision to the address on the form. It must arrive by this date. Fax it, or use mail you can track. Send a copy of the signed form to the claims administrator too.',
    es: 'Firme de inmediato la solicitud de IMR (el formulario DWC IMR). Envíela con una copia de la decisión de UR a la dirección del formulario. Debe llegar a más tardar en esta fecha. Mándela por fax o por un correo que se pueda rastrear. Envíe también una copia del formulario firmado al administrador de reclamos.',
  },
  ifPassed: {
    en: `Do not give up: the 30-day limit may be the one that applies. Fax the form today. Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney. After the latest date shown, the UR decision stands. Your doctor can then send a new request if the facts have changed (Lab. Code § 4610(k)).`,
    es: `No se rinda: quizá el plazo que aplica es el de 30 días. Mande el formulario hoy por fax. Llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado. Después de la última fecha indicada, la decisión de UR sigue en pie. Entonces su médico puede enviar una nueva solicitud si los hechos cambiaron (Código Laboral § 4610(k)).`,
  },
  notes: [{
    en: 'Not settled: the rule we found (8 CCR 9792.10.1(b)(1)) gives one 30-day limit for every IMR form. So the safe date uses 10 days, and the latest date uses 30 days plus mail time.',
    es: 'No está resuelto: la regla que encontramos (8 CCR 9792.10.1(b)(1)) da un solo plazo de 30 días para toda solicitud de IMR. Por eso la fecha segura usa 10 días, y la última fecha usa 30 días más el tiempo de correo.',
  }],
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
} as const;

const imrDecisionNote = {
  en: 'We count from the day IMR was asked for. The law counts from the day IMR has the form and the records, so the decision may come later.',
  es: 'Contamos desde el día en que se pidió la IMR. La ley cuenta desde que la IMR tiene la solicitud y los expedientes, así que la decisión puede llegar más tarde.',
};

export const imrDecisionExpected = defineRule({
  ...imrDecisionBase,
  startRoles: [...imrDecisionBase.startRoles],
  sources: [...imrDecisionBase.sources],
  id: 'ca.imr.decision_expected',
  trigger: { kind: 'ur_decision', outcomes: [...UR_ADVERSE], conditions: { expedited: false } },
  clock: { amount: 30, unit: 'calendar_days' },
  title: { en: 'Independent Medical Review (IMR) decision expected', es: 'Decisión esperada de la Revisión Médica Independiente (IMR)' },
  explanation: {
    en: 'IMR should decide about 30 days after it has your form and your medical records. A late decision still counts.',
    es: 'La IMR debe decidir unos 30 días después de tener su pedido y sus papeles médicos. Si decide tarde, su decisión vale igual.',
  },
  action: {
    en: 'Heard nothing by this date? Call the IMR office (Maximus). Have your IMR case number ready. It is on the letter IMR sent when it took your case.',
    es: '¿No sabe nada para esta fecha? Llame a la oficina de IMR (Maximus). Tenga a mano su número de caso de IMR. Está en la carta que le mandó la IMR cuando aceptó su caso.',
  },
  ifPassed: {
    en: `A late IMR decision still counts (Margaris, Court of Appeal). Waiting does not approve the treatment. Call Maximus and ask when it will decide. For help, call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney.`,
    es: `Una decisión de IMR tardía vale igual (caso Margaris). Esperar no aprueba el tratamiento. Llame a Maximus y pregunte cuándo va a decidir. Si quiere ayuda, llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado.`,
  },
  notes: [imrDecisionNote],
});

export const imrDecisionExpectedExpedited = defineRule({
  ...imrDecisionBase,
  startRoles: [...imrDecisionBase.startRoles],
  sources: [...imrDecisionBase.sources],
  id: 'ca.imr.decision_expected_expedited',
  trigger: { kind: 'ur_decision', outcomes: [...UR_ADVERSE], conditions: { expedited: true } },
  clock: { amount: 3, unit: 'calendar_days' },
  title: {
    en: 'Fast Independent Medical Review (IMR) decision expected',
    es: 'Decisión esperada de la Revisión Médica Independiente (IMR) acelerada',
  },
  explanation: {
    en: 'Your doctor said that waiting could seriously harm your health. So IMR should decide within 3 days after it has what it needs.',
    es: 'Su médico dijo que esperar podría dañar mucho su salud. Por eso la IMR debe decidir dentro de 3 días después de tener lo que necesita.',
  },
  action: {
    en: 'No decision by this date? Call the IMR office (Maximus). Ask about your fast (expedited) review.',
    es: '¿No hay decisión para esta fecha? Llame a la oficina de IMR (Maximus). Pregunte por su caso urgente.',
  },
  ifPassed: {
    en: `A late decision still counts, and being late does not approve the treatment. Call Maximus today. If your health is at risk, get medical care now. For help, call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney.`,
    es: `Una decisión tardía sigue siendo válida, y el retraso no aprueba el tratamiento. Llame hoy a Maximus. Si su salud corre peligro, busque atención médica ahora. Para recibir ayuda, llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado.`,
  },
  notes: [imrDecisionNote],
});

// Lab. Code § 4610.6(h); 8 CCR § 10575(c): "The petition shall be filed in accordance with rule 10615 no later than
// 30 days after service of the IMR determination" (filed = received by the WCAB). Mail time: Matute v. Los Angeles
// Unified School Dist. (2015, WCAB en banc) adds the 8 CCR 10605 / CCP 1013 days.
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
  title: {
    en: 'Appeal the final Independent Medical Review (IMR) decision',
    es: 'Apele la decisión final de la Revisión Médica Independiente (IMR)',
  },
  explanation: {
    en: 'The final IMR decision agreed with the denial. You can ask a workers’ comp judge to review it. Your appeal must be filed within 30 days from the date the IMR decision was sent to you (served). If it came by mail, you have 5 more days. Appeals win only for a few reasons: fraud, a conflict of interest, bias, or a plain mistake of fact.',
    es: 'La decisión final de la IMR confirmó el rechazo. Puede pedir que un juez de compensación de trabajadores la revise. Su apelación debe presentarse dentro de 30 días desde la fecha en que le enviaron la decisión final de la IMR (la notificación). Si llegó por correo, tiene 5 días más. Las apelaciones ganan solo por pocas razones: fraude, conflicto de interés, un juez parcial o un error claro en los hechos.',
  },
  action: {
    en: `This is a legal filing, so get help from an attorney or an Information and Assistance (I&A) officer (${IA_PHONE}). File a signed appeal (a verified petition) with the Workers’ Compensation Appeals Board (WCAB). It must arrive by this date. Send copies to the other side and to the IMR unit. Attach the final IMR decision.`,
    es: `Es un trámite legal: pida ayuda a un abogado o a un funcionario de Información y Asistencia (I&A) (${IA_PHONE}). Presente una apelación firmada bajo juramento (verified petition) ante la Junta de Apelaciones de Compensación de Trabajadores (WCAB). Debe llegar a más tardar en esta fecha. Envíe copias a la otra parte y a la unidad de IMR. Adjunte la decisión final de la IMR.`,
  },
  ifPassed: {
    en: `Talk to an attorney or an I&A officer (${IA_PHONE}) today. A late appeal is usually thrown out. Then the final IMR decision binds this request. Your doctor can still send a new request if your health or the facts have changed (Lab. Code § 4610(k)). It gets a new utilization review (UR) decision, and a new IMR if it is denied.`,
    es: `Hable hoy con un abogado o con un funcionario de I&A (${IA_PHONE}). Una apelación tarde casi siempre se rechaza. Entonces vale la decisión final de la IMR para este pedido. Su médico aún puede pedir el tratamiento otra vez si su salud o los hechos cambiaron (Código Laboral § 4610(k)). Ese nuevo pedido tiene su propia revisión de utilización (UR), y otra IMR si lo rechazan.`,
  },
  notes: [{
    en: 'The 5 extra mail days come from Matute (2015), a case that binds every judge. The safe date leaves them out anyway.',
    es: 'Los 5 días más por correo vienen de Matute (2015), un caso que obliga a todos los jueces. Aun así, la fecha segura no los cuenta.',
  }],
});

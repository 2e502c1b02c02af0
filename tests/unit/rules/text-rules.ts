// Shared by the text tests: what is scored, the allow-list of legal names, the acronyms and their expansions.
import type { Language } from '../../../model';
import type { Rule } from '../../../rules';

/** The legal names a reader need not parse (form titles, agencies, citations, phone numbers): removed before scoring. */
export const ALLOW: Record<Language, (string | RegExp)[]> = {
  en: [
    /\((?:Lab\. Code|Code Civ\. Proc\.|Health & Saf\. Code|C\.R\.S\.|8 CCR|28 CCR)[^)]*\)/g, // parenthesized citations
    /\b(?:Lab\. Code|Code Civ\. Proc\.|C\.R\.S\.) §+ [\d.()a-zA-Z-]+/g, /\b(?:8|28) CCR [\d.()a-z]+/g,
    /\d-\d{3}-\d{3}-\d{4}/g, // phone numbers
    'Independent Medical Review', 'Information and Assistance', 'Workers’ Compensation Appeals Board',
    'Division of Workers’ Compensation', 'Medical Provider Network', 'Department of Managed Health Care',
    'Disability Evaluation Unit', 'Request for Authorization', 'Application for Adjudication of Claim',
    'Final Admission of Liability', 'Final Admission', 'Notice and Proposal to Select an Independent Medical Examiner',
    'Application for Hearing', 'Agreed Medical Evaluator', 'MTUS Drug Formulary', 'DWC Form IMR', 'DEU Form 103',
    'QME Form 105', 'QME Form 31.5',
  ],
  es: [
    /\((?:Código Laboral|Código de Procedimiento Civil|C\.R\.S\.|8 CCR|28 CCR)[^)]*\)/g,
    /\b(?:Código Laboral|Código de Procedimiento Civil|C\.R\.S\.) §+ [\d.()a-zA-Z-]+/g, /\b(?:8|28) CCR [\d.()a-z]+/g,
    /\d-\d{3}-\d{3}-\d{4}/g, /\(en inglés,[^)]*\)/g, /\(verified petition\)/g,
    'Revisión Médica Independiente', 'funcionario de Información y Asistencia', 'Información y Asistencia',
    'Junta de Apelaciones de Compensación de Trabajadores', 'División de Compensación de Trabajadores',
    'red de proveedores médicos', 'Departamento de Atención Médica Administrada', 'Unidad de Evaluación de Incapacidad',
    'Solicitud de Autorización', 'Solicitud de Adjudicación de Reclamo', 'Admisión Final de Responsabilidad',
    'Admisión Final', 'Solicitud de Audiencia', 'MTUS Drug Formulary', 'formulario DWC IMR', 'DEU Form 103',
    'QME Form 105', 'QME Form 31.5',
  ],
};

/** Scores for a text of a few words are noise (the review's own caveat): titles need only be short. */
export const TITLE_MAX_WORDS: Record<Language, number> = { en: 12, es: 14 };
export const FK_MAX = 8;
export const INFLESZ_MIN = 65;

/**
 * Texts allowed past the budget, each with its reason. Keep this short: rewrite before adding to it.
 * Key: `${rule id}.${field}.${lang}` (field: explanation, action, ifPassed, notes.N).
 */
export const BUDGET_EXCEPTIONS: Record<string, { max?: number; min?: number; why: string }> = {};

type Field = { key: string; text: Record<Language, string>; title: boolean };
export function fieldsOf(rule: Rule): Field[] {
  return [
    { key: 'title', text: rule.title, title: true },
    { key: 'explanation', text: rule.explanation, title: false },
    { key: 'action', text: rule.action, title: false },
    { key: 'ifPassed', text: rule.ifPassed, title: false },
    ...rule.notes.map((n, i) => ({ key: `notes.${i}`, text: n, title: false })),
  ];
}

/** The acronyms workers meet on letters, expanded the first time each appears in a rule's texts (title first). */
export const ACRONYMS: Record<string, Record<Language, RegExp>> = {
  QME: { en: /qualified medical evaluators? \(QME\)/i, es: /evaluador(?:es)? médicos? calificados? \(QME\)/i },
  MMI: { en: /maximum medical improvement \(MMI\)/i, es: /mejoría médica máxima \(MMI\)/i },
  MPN: { en: /Medical Provider Network \(MPN\)/, es: /red de proveedores médicos \(MPN\)/ },
  DWC: { en: /Division of Workers’ Compensation \(DWC\)/, es: /División de Compensación de Trabajadores \(DWC\)/ },
  WCAB: { en: /Workers’ Compensation Appeals Board \(WCAB\)/, es: /Junta de Apelaciones de Compensación de Trabajadores \(WCAB\)/ },
  IMR: { en: /Independent Medical Review \(IMR\)/, es: /Revisión Médica Independiente \(IMR\)/ },
  UR: { en: /utilization review \(UR\)/i, es: /revisión de utilización \(UR\)/i },
  'I&A': { en: /Information and Assistance \(I&A\)/, es: /Información y Asistencia \(I&A\)/ },
};
/** Form names keep their English acronyms (the paper says "DWC Form IMR"): not a first use. */
export const FORM_NAMES = [/DWC Form IMR/g, /formulario DWC IMR/g, /\(DWC-1\)/g, /QME Form \d+(?:\.\d+)?/g];


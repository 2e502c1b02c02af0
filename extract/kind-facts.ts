// Facts that belong to one notice kind: the treatment in dispute and whether it is a medication (UR, IMR), the IMR
// case number, whether a UR letter predates IMR (the pre-2013 objection process), and a QME panel's number,
// evaluators and specialty. `text` is the notice's text with history lists blanked (same offsets as the document).
import type { Evidence, NoticeFacts } from '../model';
import { medication, treatment } from './facts';
import type { DetectedKind } from './kinds';

export interface KindFacts {
  facts: Partial<NoticeFacts>;
  medication: boolean;
  evidence: Evidence[];
}

const first = (text: string, re: RegExp, fact: string): Evidence | null => {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const m = g.exec(text);
  return m ? { fact, start: m.index, end: m.index + m[0].length, text: m[0] } : null;
};

const PRE_IMR = /\bwithin (?:twenty|20) \(?(?:20)?\)?\s{0,4}days of (?:the )?receipt\b[^.]{0,160}\b(?:object|objection|4062)|\bLabor Code (?:section |§\s{0,4})?4062\b[^.]{0,120}\bobject|\bobject\w{0,8}\b[^.]{0,60}\b(?:Labor Code |Lab\. Code )(?:section |§\s{0,4})?4062\b/i;

function urFacts(text: string): KindFacts {
  const items = treatment(text);
  const legacy = first(text, PRE_IMR, 'legacyPreIMR');
  const mentionsImr = /independent medical review|revisi[oó]n m[eé]dica independiente/i.test(text);
  const isLegacy = legacy !== null && !mentionsImr;
  return {
    facts: { ...(items.value.length ? { treatment: items.value } : {}), ...(isLegacy ? { legacyPreIMR: true } : {}) },
    medication: medication(items.value, text),
    evidence: [...items.evidence, ...(isLegacy ? [legacy] : [])],
  };
}

const CASE = /\b(?:IMR )?case[ \t]{0,4}(?:number|no\.?|#)\s{0,8}(?::\s{0,8})?([A-Z]{0,3}\d{2}-?\d{3,9}[A-Z0-9-]{0,12})|\bn[uú]mero de caso(?: IMR)?\s{0,8}(?::\s{0,8})?([A-Z]{0,3}\d{2}-?\d{3,9}[A-Z0-9-]{0,12})/i;

function imrFacts(text: string): KindFacts {
  const items = treatment(text);
  const m = CASE.exec(text);
  const evidence: Evidence[] = [...items.evidence];
  const caseNo = m?.[1] ?? m?.[2];
  if (m && caseNo) {
    const start = m.index + m[0].lastIndexOf(caseNo);
    evidence.push({ fact: 'imrCaseNumber', start, end: start + caseNo.length, text: caseNo });
  }
  return {
    facts: { ...(items.value.length ? { treatment: items.value } : {}), ...(caseNo ? { imrCaseNumber: caseNo } : {}) },
    medication: medication(items.value, text),
    evidence,
  };
}

const PANEL_NO = /\bpanel[ \t]{0,4}(?:no\.?|number|#|ID)\s{0,8}(?::\s{0,8})?(\d{5,9})\b|\bn[uú]mero (?:de|del) panel\s{0,8}(?::\s{0,8})?(\d{5,9})\b/gi;
const NAME = /(?:Dr\.[ \t]{1,4})?(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]{1,4}\p{Lu}\.)?(?:[ \t]{1,4}\p{Lu}[\p{L}'’-]{1,30}){1,2}),?[ \t]{1,4}(M\.D\.|MD|D\.O\.|DO|D\.C\.|DC|Ph\.D\.|PhD|Psy\.D\.|PsyD|D\.P\.M\.|DPM|D\.D\.S\.|DDS)(?![\p{L}\d])/gu;
const SPECIALTY = /\b(?:specialty|especialidad)(?: requested| solicitada)?[ \t]{0,8}(?:\([^)\n]{0,60}\)[ \t]{0,8})?(?::[ \t]{0,8})?([A-Za-zÁÉÍÓÚáéíóúñ][A-Za-zÁÉÍÓÚáéíóúñ ()&/,-]{2,60}?)[ \t]{0,8}(?:\(|\t|\n|$)/i;
const PANEL_HEADER = /^(?:panel\s{0,4}(?:no\.?|number|#|ID)|n[uú]mero (?:de|del) panel)$/i;

/** The panel's number: a replacement panel's own number, not the original panel it replaces. */
function panelNumberMatch(text: string): RegExpExecArray | null {
  PANEL_NO.lastIndex = 0;
  const all: RegExpExecArray[] = [];
  for (let m = PANEL_NO.exec(text); m; m = PANEL_NO.exec(text)) all.push(m);
  const lead = (m: RegExpExecArray) => text.slice(Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - 30), m.index);
  const current = all.filter((m) => !/\b(?:original|prior|previous|old|former|anterior)\s{0,4}$/i.test(lead(m)));
  return current.find((m) => /\b(?:replacement|new|nuevo|reemplazo)\s{0,4}$/i.test(lead(m))) ?? current[0] ?? all[0] ?? null;
}

/** A table laid out as a header row over a value row ("Panel ID\tPanel assignment date" / "8103356\t…"). */
function tableCellUnder(text: string, header: RegExp, value: RegExp): { start: number; end: number; text: string } | null {
  const lines = text.split('\n');
  let at = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const cells = lines[i]!.split('\t');
    const col = cells.findIndex((c) => header.test(c.trim()));
    if (col >= 0) {
      const below = lines[i + 1]!.split('\t');
      const v = below[col]?.trim();
      if (v && value.test(v)) {
        const start = at + lines[i]!.length + 1 + below.slice(0, col).join('\t').length + (col ? 1 : 0) + below[col]!.indexOf(v);
        return { start, end: start + v.length, text: v };
      }
    }
    at += lines[i]!.length + 1;
  }
  return null;
}

function panelFacts(text: string): KindFacts {
  const evidence: Evidence[] = [];
  const facts: Partial<NoticeFacts> = {};
  const p = panelNumberMatch(text);
  const panelNumber = p?.[1] ?? p?.[2];
  if (p && panelNumber) {
    const start = p.index + p[0].lastIndexOf(panelNumber);
    facts.panelNumber = panelNumber;
    evidence.push({ fact: 'panelNumber', start, end: start + panelNumber.length, text: panelNumber });
  } else {
    const cell = tableCellUnder(text, PANEL_HEADER, /^\d{5,9}$/);
    if (cell) {
      facts.panelNumber = cell.text;
      evidence.push({ fact: 'panelNumber', ...cell });
    }
  }
  const names: string[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m && names.length < 5; m = NAME.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/\b(?:cc|treating|requesting|director|signed|firmado|copia)\b/i.test(text.slice(lineStart, m.index))) continue;
    const name = `${m[1]}, ${m[2]}`;
    if (names.includes(name)) continue;
    names.push(name);
    evidence.push({ fact: 'qmeNames', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (names.length) facts.qmeNames = names;
  const s = SPECIALTY.exec(text);
  if (s) facts.specialty = s[1]!.trim();
  return { facts, medication: false, evidence };
}

const NONE = (): KindFacts => ({ facts: {}, medication: false, evidence: [] });

export const KIND_FACTS: Record<DetectedKind, (text: string) => KindFacts> = {
  ur_decision: urFacts,
  imr_determination: imrFacts,
  qme_panel: panelFacts,
  mmi_report: NONE,
  mpn_second_opinion: NONE,
};

// QME panel list (Lab. Code §4062.1 unrepresented / §4062.2 represented): three evaluators, a panel number and
// the date the panel was assigned, which starts the 10-day clock.
import type { Evidence } from '../../model';
import { ADDRESSED, PROCESS_ONLY } from './common';
import type { Detector } from './types';

const PANEL_NO = /\bpanel[ \t]{0,4}(?:no\.?|number|#|ID)\s{0,8}(?::\s{0,8})?(\d{5,9})\b|\bn[uú]mero (?:de|del) panel\s{0,8}(?::\s{0,8})?(\d{5,9})\b/i;
const NAME = /(?:Dr\.[ \t]{1,4})?(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]{1,4}\p{Lu}\.)?(?:[ \t]{1,4}\p{Lu}[\p{L}'’-]{1,30}){1,2}),?[ \t]{1,4}(M\.D\.|MD|D\.O\.|DO|D\.C\.|DC|Ph\.D\.|PhD|Psy\.D\.|PsyD|D\.P\.M\.|DPM|D\.D\.S\.|DDS)(?![\p{L}\d])/gu;
const SPECIALTY = /\b(?:specialty|especialidad)(?: requested| solicitada)?[ \t]{0,8}(?:\([^)\n]{0,60}\)[ \t]{0,8})?(?::[ \t]{0,8})?([A-Za-zÁÉÍÓÚáéíóúñ][A-Za-zÁÉÍÓÚáéíóúñ ()&/,-]{2,60}?)[ \t]{0,8}(?:\(|\t|\n|$)/i;

/** The panel's number: a replacement panel's own number, not the original panel it replaces. */
function panelNumberMatch(text: string): RegExpExecArray | null {
  const all = [...text.matchAll(new RegExp(PANEL_NO.source, 'gi'))];
  const lead = (m: RegExpExecArray) => text.slice(Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - 30), m.index);
  const current = all.filter((m) => !/\b(?:original|prior|previous|old|former|anterior|original)\s*$/i.test(lead(m)));
  return current.find((m) => /\b(?:replacement|new|nuevo|reemplazo)\s*$/i.test(lead(m))) ?? current[0] ?? all[0] ?? null;
}

const PANEL_HEADER = /^(?:panel\s*(?:no\.?|number|#|ID)|n[uú]mero (?:de|del) panel)$/i;

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

export const qmePanel: Detector = {
  kind: 'qme_panel',
  fixtures: ['qme-panel-unrepresented.pdf', 'qme-panel-represented.pdf', 'qme-panel-es.txt', 'qme-panel-portal.html'],
  requires: [
    /\bQME\b|qualified medical evaluator|evaluador(?:es)? m[eé]dicos? calificados?/i,
    // an actual panel: its number, its assignment date, or evaluators listed (a letter that only says how to ask
    // for a panel has none of these)
    new RegExp(`${PANEL_NO.source}|panel (?:#|ID\\b)|\\bpanel (?:was )?(?:assigned|issued)|date (?:panel )?(?:assigned|issued)|(?:assignment|issue) date|fecha de asignaci[oó]n|(?:M\\.D\\.|D\\.O\\.|D\\.C\\.|Ph\\.D\\.|Psy\\.D\\.)[\\s\\S]{0,400}(?:M\\.D\\.|D\\.O\\.|D\\.C\\.|Ph\\.D\\.|Psy\\.D\\.)`, 'i'),
  ],
  signals: [
    { id: 'panel', re: /panel (?:of )?(?:three )?qualified medical evaluators?|\bQME panel\b|\bpanel QME\b|three-member panel|qualified medical evaluator panel|panel list|replacement (?:QME )?panel|panel de (?:tres )?evaluadores|lista del panel/i, weight: 0.4 },
    { id: 'qme', re: /\bQME\b|qualified medical evaluator|evaluador(?:es)? m[eé]dicos? calificados?/i, weight: 0.2 },
    { id: 'panel-number', re: PANEL_NO, weight: 0.2 },
    { id: 'strike', re: /strike (?:one )?(?:name|QME|evaluator)|tachar|eliminar (?:un|el) nombre|select (?:one|an evaluator)|escoger|seleccionar/i, weight: 0.1 },
    { id: 'medical-unit', re: /Medical Unit|Unidad M[eé]dica|Form 106|QME Form 10[56]|Formulario 10[56]/i, weight: 0.1 },
    ADDRESSED,
    ...PROCESS_ONLY,
    { id: 'medical-legal-report', re: /comprehensive medical-legal report|history of (?:the )?present illness|physical examination findings|review of (?:medical )?records/i, weight: -0.5 },
  ],
  threshold: 0.6,
  roles: {
    panel_assigned_date: 'panel_assigned_date',
    document_date: 'document_date',
    service_date: 'service_date',
    received_date: 'received_date',
    injury_date: 'injury_date',
    birth_date: 'birth_date',
  },
  facts(ctx) {
    const evidence: Evidence[] = [];
    const facts: { panelNumber?: string; qmeNames?: string[]; specialty?: string } = {};
    const p = panelNumberMatch(ctx.text);
    const panelNumber = p?.[1] ?? p?.[2];
    if (p && panelNumber) {
      const start = p.index + p[0].lastIndexOf(panelNumber);
      facts.panelNumber = panelNumber;
      evidence.push({ fact: 'panelNumber', start, end: start + panelNumber.length, text: panelNumber });
    } else {
      const cell = tableCellUnder(ctx.text, PANEL_HEADER, /^\d{5,9}$/);
      if (cell) {
        facts.panelNumber = cell.text;
        evidence.push({ fact: 'panelNumber', ...cell });
      }
    }
    const names: string[] = [];
    NAME.lastIndex = 0;
    for (let m = NAME.exec(ctx.text); m && names.length < 5; m = NAME.exec(ctx.text)) {
      const lineStart = ctx.text.lastIndexOf('\n', m.index) + 1;
      if (/\b(?:cc|treating|requesting|director|signed|firmado|copia)\b/i.test(ctx.text.slice(lineStart, m.index))) continue;
      const name = `${m[1]}, ${m[2]}`;
      if (names.includes(name)) continue;
      names.push(name);
      evidence.push({ fact: 'qmeNames', start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    if (names.length) facts.qmeNames = names;
    const s = SPECIALTY.exec(ctx.text);
    if (s) facts.specialty = s[1]!.trim();
    return { facts, evidence };
  },
};

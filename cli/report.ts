// What the CLI prints: the JSON contract of DESIGN.md ("Contracts that other tools rely on") and a plain-text table.
import { t, tDynamic } from '../i18n';
import type { Deadline, Language, Notice } from '../model';

export interface NoticeReport {
  kind: Notice['kind'];
  outcome: Notice['outcome'];
  confidence: number;
  serviceMethod: Notice['serviceMethod'];
  expedited: boolean;
  represented: boolean | null;
  medication: boolean;
  dates: Notice['dates'];
  dateNotes: Notice['dateNotes'];
  facts: Notice['facts'];
  deadlines: Deadline[];
  /** Rules that apply but lack a start date, with the dates that would start them. */
  missing: { rule: string; needs: string[] }[];
}

export interface FileReport {
  source: string;
  notices: NoticeReport[];
  error: string | null;
  /** Machine-readable error code (DocumentError code, or 'unexpected'). */
  errorCode?: string;
}

export function noticeReport(notice: Notice, deadlines: Deadline[], missing: NoticeReport['missing']): NoticeReport {
  return {
    kind: notice.kind,
    outcome: notice.outcome,
    confidence: notice.confidence,
    serviceMethod: notice.serviceMethod,
    expedited: notice.expedited,
    represented: notice.represented,
    medication: notice.medication,
    dates: notice.dates,
    dateNotes: notice.dateNotes,
    facts: notice.facts,
    deadlines,
    missing,
  };
}

export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function table(rows: string[][], indent: string): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** Rule, due (safe date), latest, days left, citation: one row per deadline. */
export function deadlinesTable(deadlines: Deadline[], lang: Language, indent = ''): string {
  if (!deadlines.length) return `${indent}${t('card.no_deadline', lang)}`;
  const rows = [['RULE', 'DUE (SAFE)', 'LATEST', 'DAYS LEFT', 'CITATION']];
  for (const d of deadlines) {
    const left = d.status === 'informational' ? `(${d.type})` : String(d.daysLeft);
    rows.push([d.rule, d.due, d.latest, left, d.citation]);
  }
  return table(rows, indent);
}

export function noticeHeading(n: NoticeReport, lang: Language): string {
  const parts = [tDynamic(`kind.${n.kind}`, lang, n.kind) + (n.outcome ? ` (${tDynamic(`outcome.${n.outcome}`, lang, n.outcome)})` : '')];
  if (n.facts.claimNumber) parts.push(t('card.claim', lang, { claim: n.facts.claimNumber }));
  parts.push(`${t('card.service_method', lang)}: ${tDynamic(`service.${n.serviceMethod ?? 'unknown'}`, lang, 'unknown')}`);
  return parts.join(' · ');
}

export function scanText(reports: FileReport[], lang: Language): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(r.source);
    if (r.error) out.push(`  error: ${r.error}`);
    else if (!r.notices.length) out.push('  No workers\' compensation notice found.');
    for (const n of r.notices) {
      out.push(`  ${noticeHeading(n, lang)}`);
      const notes = Object.entries(n.dateNotes);
      for (const [role, note] of notes) out.push(`  ! ${role}: ${note}`);
      out.push(deadlinesTable(n.deadlines, lang, '    '));
      for (const m of n.missing) out.push(`    ${m.rule}: needs one of ${m.needs.join(', ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}

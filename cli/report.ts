// What the CLI prints: the JSON contract of DESIGN.md ("Contracts that other tools rely on") and a plain-text table.
import { deadlineCountdownText, formatDate, t, tDynamic } from '../i18n';
import { dateNoteText } from '../i18n/date-notes';
import { roleLabel } from '../i18n/labels';
import { daysBetween } from '../rules/calendar/dates';
import { defaultRuleset, findRule } from '../rules';
import { userMessage, type DocumentErrorCode } from '../extract/errors';
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
  dateNoteDetails?: Notice['dateNoteDetails'];
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
    dateNoteDetails: notice.dateNoteDetails,
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

/**
 * Rule, due (safe date), latest, days left, citation: one row per deadline. English keeps the machine-friendly
 * form scripts read (rule ids, ISO dates, a signed day count); Spanish gives the rule's title, dates in words and
 * the countdown phrase, so no English reaches a Spanish reader.
 */
export function deadlinesTable(deadlines: Deadline[], lang: Language, indent = ''): string {
  if (!deadlines.length) return `${indent}${t('card.no_deadline', lang)}`;
  const rows = [(['rule', 'due', 'latest', 'left', 'citation'] as const).map((c) => t(`cli.col.${c}`, lang))];
  for (const d of deadlines) {
    if (lang === 'en') {
      const left = d.status === 'informational' ? `(${d.type})` : String(d.daysLeft);
      rows.push([d.rule, d.due, d.latest, left, d.citation]);
      continue;
    }
    const left = d.status === 'informational' ? t(`card.type.${d.type}`, lang) : deadlineCountdownText(d.daysLeft, d.daysLeft + daysBetween(d.due, d.latest), lang);
    rows.push([d.title[lang], formatDate(d.due, lang), formatDate(d.latest, lang), left, d.citation]);
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
    if (r.error) out.push(`  ${t('cli.error', lang, { message: errorText(r, lang) })}`);
    else if (!r.notices.length) out.push(`  ${t('cli.no_notice', lang)}`);
    for (const n of r.notices) {
      out.push(`  ${noticeHeading(n, lang)}`);
      for (const role of Object.keys(n.dateNotes) as (keyof Notice['dateNotes'])[]) {
        const note = lang === 'en' ? n.dateNotes[role] : dateNoteText({ dateNotes: n.dateNotes, dateNoteDetails: n.dateNoteDetails }, role, lang);
        out.push(`  ! ${lang === 'en' ? role : roleLabel(role, lang)}: ${note}`);
      }
      out.push(deadlinesTable(n.deadlines, lang, '    '));
      for (const m of n.missing) out.push(`    ${needsText(m, lang)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The file's error in `lang`: the JSON keeps English (the contract); the text output translates it from its code. */
function errorText(r: FileReport, lang: Language): string {
  if (lang === 'en' || !r.errorCode || r.errorCode === 'unexpected') return r.error ?? '';
  const message = userMessage(r.errorCode as DocumentErrorCode, lang);
  return r.errorCode === 'no_text_layer' && r.error?.includes('--ocr') ? `${message} ${t('cli.no_text_hint', lang)}` : message;
}

/** "ca.imr.request: needs one of these dates: service_date, decision_date" (Spanish: the rule's title, the roles' names). */
export function needsText(m: NoticeReport['missing'][number], lang: Language, key: 'cli.needs' | 'cli.note_needs' = 'cli.needs'): string {
  if (lang === 'en') return t(key, lang, { rule: m.rule, dates: m.needs.join(', ') });
  const dates = m.needs.map((r) => roleLabel(r, lang)).map((l) => l.charAt(0).toLowerCase() + l.slice(1)).join(', ');
  return t(key, lang, { rule: findRule(defaultRuleset(), m.rule)?.title[lang] ?? m.rule, dates });
}

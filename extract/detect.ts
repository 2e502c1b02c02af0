// text → notices. Runs every registered detector over the document (history sections blanked), picks the dates
// each kind reads by their labels, and keeps the evidence (offsets into doc.text) behind every fact.
import type { DateRole, Evidence, Notice, NoticeFacts } from '../model';
import { DETECTORS } from './detectors';
import type { DetectContext, Detector } from './detectors/types';
import { claimNumber, expedited, represented, serviceMethod } from './facts';
import { maskHistory, maskQuoted } from './history';
import { detectLanguage } from './language';
import { quickRelevant } from './relevance';
import { labelDates, type LabeledDate } from './roles';
import { checkSize, startBudget, type BudgetCheck, type BudgetOptions } from './budget';
import type { TextDocument } from './text-document';

export interface DetectOptions extends BudgetOptions {
  /** YYYY-MM-DD: dates after it are implausible as a notice's dates when there is another candidate. */
  today?: string;
}

interface Scored {
  score: number;
  evidence: Evidence[];
}

function score(detector: Detector, text: string): Scored | null {
  if (!detector.requires.every((re) => re.test(text))) return null;
  let total = 0;
  const evidence: Evidence[] = [];
  for (const s of detector.signals) {
    const m = firstOf(s, text);
    if (!m) continue;
    total += s.weight;
    if (s.weight > 0) evidence.push({ fact: 'kind', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return { score: total, evidence };
}

/** The signal's first match, when it matches at least `min` times. */
function firstOf(s: Detector['signals'][number], text: string): RegExpExecArray | null {
  const re = new RegExp(s.re.source, s.re.flags.includes('g') ? s.re.flags : `${s.re.flags}g`);
  const first = re.exec(text);
  if (!first) return null;
  for (let count = 1, m: RegExpExecArray | null = first; count < (s.min ?? 1); count++) {
    if (!m[0]) re.lastIndex++;
    m = re.exec(text);
    if (!m) return null;
  }
  return first;
}

/** Dates by role: the earliest plausible when a role has several different dates, with a note saying so. */
function pickDates(detector: Detector, dates: LabeledDate[], today?: string) {
  const byRole = new Map<DateRole, LabeledDate[]>();
  for (const d of dates) {
    const role = d.label ? detector.roles[d.label] : undefined;
    if (!role) continue;
    const list = byRole.get(role);
    if (list) list.push(d);
    else byRole.set(role, [d]);
  }
  const out: Partial<Record<DateRole, string>> = {};
  const notes: Partial<Record<DateRole, string>> = {};
  const evidence: Evidence[] = [];
  for (const [role, all] of byRole) {
    const plausible = all.filter((d) => !today || d.iso <= today || role === 'exam_date');
    const pool = plausible.length ? plausible : all;
    let chosen = pool[0]!;
    for (const d of pool) if (d.iso < chosen.iso) chosen = d;
    out[role] = chosen.iso;
    evidence.push({ fact: `date:${role}`, start: chosen.start, end: chosen.end, text: chosen.text });
    const distinct = [...new Set(all.map((d) => d.iso))];
    const reasons: string[] = [];
    if (distinct.length > 1) reasons.push(`${distinct.length} different dates are labelled as this (${distinct.join(', ')}); used the earliest plausible, ${chosen.iso}`);
    if (today && plausible.length < all.length) reasons.push(`ignored a date after today (${today})`);
    if (chosen.ambiguity) reasons.push(chosen.ambiguity);
    if (reasons.length) notes[role] = reasons.join('; ');
  }
  return { dates: out, notes, evidence };
}

/**
 * The notices in a document (empty when it holds none). Throws DocumentError('over_budget') when the text is longer
 * than MAX_DETECT_CHARS or reading it takes longer than options.budgetMs.
 */
export function detect(doc: TextDocument, options: DetectOptions = {}): Notice[] {
  checkSize(doc.text);
  const budget = startBudget(options);
  if (!quickRelevant(doc.text)) return [];
  // every line terminator becomes \n (same length, so offsets hold): a lone \r must not start a line for ^ and $
  const { text } = maskHistory(doc.text.replace(/[\r\u2028\u2029]/g, '\n'));
  // an e-mail reply: the newest message first; the mail it quotes only when the newest holds no notice
  const newest = maskQuoted(text);
  if (newest.ranges.length) {
    const found = detectIn(newest.text, options, budget);
    if (found.length) return found;
  }
  return detectIn(text, options, budget);
}

function detectIn(text: string, options: DetectOptions, budget: BudgetCheck): Notice[] {
  const lang = detectLanguage(text);
  budget();
  const ctx: DetectContext = { text, lang, dates: labelDates(text, { lang, budget }), today: options.today };
  const found: { detector: Detector; notice: Notice }[] = [];
  for (const detector of DETECTORS) {
    budget();
    const scored = score(detector, text);
    if (!scored || scored.score < detector.threshold) continue;
    const outcome = detector.outcome?.(ctx);
    if (detector.outcome && !outcome?.outcome) continue;
    const picked = pickDates(detector, ctx.dates, options.today);
    const method = serviceMethod(text);
    const fast = expedited(text);
    const rep = represented(text);
    const claim = claimNumber(text);
    const extra = detector.facts?.(ctx) ?? { facts: {}, evidence: [] };
    const { medication = false, ...kindFacts } = extra.facts as Partial<NoticeFacts> & { medication?: boolean };
    const facts: NoticeFacts = { language: lang, ...kindFacts };
    if (claim.value) facts.claimNumber = claim.value;
    const confidence = Math.round(Math.min(0.99, scored.score + (outcome?.evidence.length ? 0.05 : 0)) * 100) / 100;
    found.push({
      detector,
      // a plain object of the Notice shape (no zod in the page: the worker validates what it stores)
      notice: {
        kind: detector.kind,
        outcome: outcome?.outcome ?? null,
        confidence,
        serviceMethod: method.value,
        expedited: fast.value,
        represented: rep.value,
        medication,
        dates: picked.dates,
        dateNotes: picked.notes,
        facts,
        evidence: [
          ...scored.evidence,
          ...(outcome?.evidence ?? []),
          ...picked.evidence,
          ...method.evidence,
          ...fast.evidence,
          ...rep.evidence,
          ...claim.evidence,
          ...extra.evidence,
        ].sort((a, b) => a.start - b.start),
      },
    });
  }
  const kinds = new Set(found.map((f) => f.detector.kind));
  const kept = found.filter((f) => !f.detector.yieldsTo?.some((k) => kinds.has(k))).map((f) => f.notice);
  return kept.length > 1 ? kept.map(enclosedPanel) : kept;
}

/**
 * A QME panel list enclosed with another notice (a UR letter that also sends the panel): the letter's date and
 * its mailing belong to the letter, the panel keeps its own assignment date. Only dropped when that date is there,
 * so the panel's clock still has a start, and never a later one.
 */
function enclosedPanel(n: Notice): Notice {
  if (n.kind !== 'qme_panel' || !n.dates.panel_assigned_date) return n;
  const letterRoles: DateRole[] = ['document_date', 'service_date'];
  if (!letterRoles.some((r) => n.dates[r]) && !n.serviceMethod) return n;
  const dates = { ...n.dates };
  const dateNotes = { ...n.dateNotes };
  for (const r of letterRoles) {
    delete dates[r];
    delete dateNotes[r];
  }
  const dropped = new Set(['serviceMethod', ...letterRoles.map((r) => `date:${r}`)]);
  return { ...n, dates, dateNotes, serviceMethod: null, evidence: n.evidence.filter((e) => !dropped.has(e.fact)) };
}

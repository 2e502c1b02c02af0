// text → notices, with fitted models (extract/model/): which kinds the document holds, each one's outcome, and for
// each of its date roles the most probable date, with that probability as the date's confidence, the other dates
// that could be it (the "Check this date" choices) and the reasons to check it. Evidence offsets point into doc.text.
import { format, isValid, parseISO, subDays } from 'date-fns';
import type { CheckReason, DateCandidate, DateNoteDetail, DateRole, Evidence, Notice, NoticeFacts, Outcome } from '../model';
import { checkSize, startBudget, type BudgetOptions } from './budget';
import { claimNumber, expedited, represented, serviceMethod } from './facts';
import { boxedOutcome, kindDateFeatures, outcomeFeatures, roleFeatures, type Scope } from './features';
import { KIND_FACTS } from './kind-facts';
import { DATE_ORDER, DETECTED_KINDS, KIND_LABELS, KIND_OUTCOMES, KIND_ROLES, passesGate, YIELDS_TO, type DetectedKind, type ModelRole } from './kinds';
import type { Layout } from './layout';
import { predict, probability, WEIGHTS, type Weights } from './model';
import { readForModels, sameOffset, type Reading } from './read';
import { quickRelevant } from './relevance';
import type { TextDocument } from './text-document';

export interface DetectOptions extends BudgetOptions {
  /** YYYY-MM-DD: dates after it are implausible as a notice's dates when there is another candidate. */
  today?: string;
  /** The weights to use (the fit's cross-validation passes its own; default: the committed weights). */
  weights?: Weights;
}

/** A kind is reported from this probability up. */
export const KIND_THRESHOLD = 0.4;
/** A role takes its most probable date from this probability up. */
export const ROLE_THRESHOLD = 0.5;
/** Below this, a date found is marked low_confidence. */
export const CONFIDENT = 0.75;
/** Another date this probable for the same role makes the role's date conflicting. */
export const RIVAL = 0.3;
/** Dates this probable are offered as choices when the user checks a date. */
export const CHOICE = 0.15;

const TRIGGERS = new Set<DateRole>(['document_date', 'decision_date', 'service_date', 'panel_assigned_date', 'exam_date', 'report_date', 'received_date']);
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The notices in a document (empty when it holds none). Throws DocumentError('over_budget') when the text is longer
 * than MAX_DETECT_CHARS or reading it takes longer than options.budgetMs.
 */
export function detect(doc: TextDocument, options: DetectOptions = {}): Notice[] {
  checkSize(doc.text);
  const budget = startBudget(options);
  if (!quickRelevant(doc.text)) return [];
  const reading = readForModels(doc, budget);
  const found = noticesIn(reading, options, budget);
  // a large document read through its focus whose notice has no trigger date: the date may sit outside the focus
  // (far from any notice word), so the whole document is read again, within the same budget
  if (reading.toOriginal !== sameOffset && found.some((n) => !Object.keys(n.dates).some((r) => TRIGGERS.has(r as DateRole)))) {
    return noticesIn(readForModels(doc, budget, { whole: true }), options, budget);
  }
  return found;
}

function noticesIn(reading: Reading, options: DetectOptions, budget: () => void): Notice[] {
  const weights = options.weights ?? WEIGHTS;
  const found: { kind: DetectedKind; notice: Notice }[] = [];
  for (const kind of DETECTED_KINDS) {
    budget();
    const model = weights.kinds[kind];
    if (!model || !passesGate(kind, reading.documentFeatures)) continue;
    const p = probability(model, reading.documentFeatures);
    if (p < KIND_THRESHOLD) continue;
    found.push({ kind, notice: noticeOf(kind, p, reading, weights, options.today) });
  }
  const kinds = new Set(found.map((f) => f.kind));
  const kept = found.filter((f) => !YIELDS_TO[f.kind]?.some((k) => kinds.has(k))).map((f) => f.notice);
  return (kept.length > 1 ? kept.map(enclosedPanel) : kept).map((n) => atOriginalOffsets(n, reading.toOriginal));
}

/** Evidence and candidate offsets moved from the text read (a large document's focus) to the document's own. */
function atOriginalOffsets(n: Notice, at: (offset: number) => number): Notice {
  if (at === sameOffset) return n;
  return {
    ...n,
    evidence: n.evidence.map((e) => ({ ...e, start: at(e.start), end: at(e.end) })),
    candidates: n.candidates.map((c) => ({ ...c, start: at(c.start), end: at(c.end) })),
  };
}

/** The text of the notice: its scope, with history lists blanked (same offsets). */
function noticeText(layout: Layout, scope: Scope): string {
  let text = layout.text.slice(0, scope.end);
  for (const s of layout.sections) {
    if (s.kind !== 'history' || s.start >= scope.end) continue;
    const end = Math.min(s.end, scope.end);
    text = text.slice(0, s.start) + text.slice(s.start, end).replace(/[^\n]/g, ' ') + text.slice(end);
  }
  return text;
}

function noticeOf(kind: DetectedKind, confidence: number, reading: Reading, weights: Weights, today?: string): Notice {
  const { layout, scope, lang } = reading;
  const outcome = outcomeOf(kind, reading, weights);
  const picked = pickDates(kind, reading, weights, today);
  const served = picked.evidence.find((e) => e.fact === 'date:service_date') ?? picked.evidence.find((e) => e.fact === 'date:document_date');
  const method = serviceMethod(layout, scope, lang, served);
  const fast = expedited(layout, scope, lang);
  const rep = represented(layout, scope, lang);
  const text = noticeText(layout, scope);
  const claim = claimNumber(text);
  const extra = KIND_FACTS[kind](text);
  const facts: NoticeFacts = { language: lang, ...extra.facts };
  if (claim.value) facts.claimNumber = claim.value;
  // a plain object of the Notice shape (no zod in the page: the worker validates what it stores)
  return {
    kind,
    outcome: outcome.outcome,
    confidence: round2(Math.min(0.99, confidence)),
    serviceMethod: method.value,
    expedited: fast.value,
    represented: rep.value,
    medication: extra.medication,
    dates: picked.dates,
    dateNotes: picked.notes,
    dateNoteDetails: picked.noteDetails,
    dateConfidence: picked.confidence,
    dateChecks: picked.checks,
    candidates: picked.candidates,
    facts,
    evidence: [...kindEvidence(kind, reading, weights), ...outcome.evidence, ...picked.evidence, ...method.evidence, ...fast.evidence, ...rep.evidence, ...claim.evidence, ...extra.evidence].sort((a, b) => a.start - b.start),
  };
}

/** The wordings behind the kind: the first stated hit of each signal class the kind model weighs for it. */
function kindEvidence(kind: DetectedKind, reading: Reading, weights: Weights): Evidence[] {
  const model = weights.kinds[kind];
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const h of reading.document.signals) {
    const cls = h.wording.cls;
    if (h.hypothetical || seen.has(cls) || (model.weights[`s:${cls}`]?.[0] ?? 0) <= 0.2) continue;
    seen.add(cls);
    out.push({ fact: 'kind', start: h.start, end: h.end, text: h.text });
    if (out.length >= 6) break;
  }
  return out;
}

function outcomeOf(kind: DetectedKind, reading: Reading, weights: Weights): { outcome: Outcome | null; evidence: Evidence[] } {
  const model = weights.outcomes[kind];
  const classes = KIND_OUTCOMES[kind];
  if (!model || !classes) return { outcome: null, evidence: [] };
  const p = predict(model, outcomeFeatures(reading.document));
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  // a mixed decision is a denial of the items not certified (Lab. Code §4610.5): when the letter states a denial or
  // modification, approval (no clock for the worker) never wins over it
  if (model.classes[best] === 'approved') {
    const stated = new Set(reading.document.outcomes.filter((h) => !h.hypothetical && !h.negated).map((h) => h.wording.cls.replace(/^stated:/, '')));
    const worse = model.classes.map((c, i) => [c, i] as const).filter(([c]) => c !== 'approved' && stated.has(c)).sort((a, b) => p[b[1]]! - p[a[1]]!)[0];
    if (worse && !(reading.document.boxed && boxedOutcome(reading.document.boxed.word) === 'approved')) best = worse[1];
  }
  const boxed = reading.document.boxed;
  // a form whose only answer is a checked box among the outcome choices: the box is the answer
  const decisive = reading.document.outcomes.some((h) => !h.hypothetical && !h.negated);
  if (boxed && !decisive) {
    const i = model.classes.indexOf(boxedOutcome(boxed.word));
    if (i >= 0) best = i;
  }
  const outcome = model.classes[best] as Outcome;
  if (boxed && boxedOutcome(boxed.word) === outcome) {
    return { outcome, evidence: [{ fact: 'outcome', start: boxed.start, end: boxed.end, text: reading.layout.text.slice(boxed.start, boxed.end) }] };
  }
  const evidence = reading.document.outcomes
    .filter((h) => !h.hypothetical && !h.negated && (h.wording.cls === outcome || h.wording.cls === `stated:${outcome}`))
    .slice(0, 3)
    .map((h): Evidence => ({ fact: 'outcome', start: h.start, end: h.end, text: h.text }));
  return { outcome, evidence };
}

interface Scored {
  iso: string;
  p: number;
  /** The date's occurrence shown as evidence: one whose label names the role, else the most probable one. */
  at: { start: number; end: number; text: string; ambiguity?: string; ambiguityDetails?: DateNoteDetail[] };
  future: boolean;
  named: boolean;
  /** Read day first because the US reading is after today ("10/05/2026" in a Spanish letter: 10 May). */
  dayFirst?: boolean;
}

interface Picked {
  dates: Partial<Record<DateRole, string>>;
  notes: Partial<Record<DateRole, string>>;
  noteDetails: Partial<Record<DateRole, DateNoteDetail[]>>;
  confidence: Partial<Record<DateRole, number>>;
  checks: Partial<Record<DateRole, CheckReason[]>>;
  candidates: DateCandidate[];
  evidence: Evidence[];
}

/** Each role's dates, most probable first (one entry per calendar date: its most probable occurrence). */
function scoreRoles(kind: DetectedKind, reading: Reading, weights: Weights, today?: string): { scored: Map<ModelRole, Scored[]>; quoted: string[] } {
  const roles = KIND_ROLES[kind];
  const feats = kindDateFeatures(kind, reading.dates);
  // memoized per role and feature set: a page that repeats one line thousands of times scores it once
  // dates with the same features share one id (hashing each long feature string once, not once per role)
  const ids = new Map<string, number>();
  const keys = feats.map((f) => {
    const k = f.join('\u0001');
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  });
  const memo = new Map<string, number>();
  const p = (role: ModelRole | 'quoted', i: number) => {
    const key = `${role}:${keys[i]}`;
    let q = memo.get(key);
    if (q === undefined) {
      q = role === 'quoted' ? probability(weights.quoted, feats[i]!) : probability(weights.dates, roleFeatures(role, feats[i]!));
      memo.set(key, q);
    }
    return q;
  };
  // an occurrence more likely an injury, birth or quoted date than a trigger never starts a clock, and neither does
  // any copy of a day that is clearly the injury or the birth date
  const never = reading.dates.map((_, i) => Math.max(p('injury_date', i), p('birth_date', i), p('quoted', i)));
  const personal = new Set(reading.dates.filter((_, i) => Math.max(p('injury_date', i), p('birth_date', i)) >= 0.8).map((d) => d.reading.iso));
  const out = new Map<ModelRole, Scored[]>();
  for (const role of roles) {
    const byIso = new Map<string, Scored>();
    reading.dates.forEach((d, i) => {
      let q = p(role, i);
      if (TRIGGERS.has(role) && (never[i]! > q || personal.has(d.reading.iso))) return;
      let iso = d.reading.iso;
      let future = !!today && iso > today && role !== 'exam_date';
      // a Spanish "10/05/2026" read the US way lands after today: the letter wrote it day first (10 May)
      const dayFirst = future ? otherReading(iso, d.reading, today) : null;
      if (dayFirst) [iso, future] = [dayFirst, false];
      if (future) q *= 0.5; // a letter's own dates are not in the future: another date wins when there is one
      const prev = byIso.get(iso);
      // the day keeps its most probable copy's score; the evidence is the copy whose label names the role, if any
      const named = d.reading.label ? KIND_LABELS[kind][d.reading.label.cls] === role : false;
      const flag = dayFirst ? { dayFirst: true } : {};
      if (!prev) byIso.set(iso, { iso, p: q, at: d.reading, future, named, ...flag });
      else if (named && !prev.named) byIso.set(iso, { iso, p: Math.max(q, prev.p), at: d.reading, future: future && prev.future, named, ...flag });
      else if (q > prev.p && (named || !prev.named)) byIso.set(iso, { iso, p: q, at: d.reading, future, named, ...flag });
      else if (q > prev.p) prev.p = q;
    });
    out.set(role, [...byIso.values()].sort((a, b) => b.p - a.p || a.iso.localeCompare(b.iso)));
  }
  // the dates quoted from other documents that the letter refers to as past (probable enough to count)
  const quoted = reading.dates.filter((_, k) => p('quoted', k) >= 0.6).map((d) => d.reading.iso);
  return { scored: out, quoted };
}

function pickDates(kind: DetectedKind, reading: Reading, weights: Weights, today?: string): Picked {
  const { scored, quoted } = scoreRoles(kind, reading, weights, today);
  const chosen = new Map<ModelRole, Scored>();
  const checks = new Map<ModelRole, Set<CheckReason>>();
  const check = (role: ModelRole, r: CheckReason) => (checks.get(role) ?? checks.set(role, new Set()).get(role)!).add(r);
  for (const [role, list] of scored) if (list[0] && list[0].p >= ROLE_THRESHOLD) chosen.set(role, list[0]);
  // a notice's dates keep their calendar order: a later role's date before an earlier role's takes its next candidate
  // that keeps the order, or is flagged
  for (const [earlier, later] of DATE_ORDER) {
    const a = chosen.get(earlier);
    const b = chosen.get(later);
    if (!a || !b || b.iso >= a.iso) continue;
    const next = scored.get(later)!.find((s) => s.iso >= a.iso && s.p >= ROLE_THRESHOLD * 0.6);
    if (next) {
      chosen.set(later, next);
      check(later, 'conflicting_dates');
    } else check(later, 'before_referenced_event');
  }
  // a trigger before a date the letter quotes as a past event (the UR decision an IMR letter reviews)
  for (const [role, s] of chosen) {
    if (TRIGGERS.has(role) && role !== 'exam_date' && quoted.some((q) => q > s.iso)) check(role, 'before_referenced_event');
  }
  const out: Picked = { dates: {}, notes: {}, noteDetails: {}, confidence: {}, checks: {}, candidates: [], evidence: [] };
  for (const [role, list] of scored) {
    const pick = chosen.get(role);
    if (pick) {
      out.dates[role] = pick.iso;
      out.confidence[role] = round2(pick.p);
      out.evidence.push({ fact: `date:${role}`, start: pick.at.start, end: pick.at.end, text: pick.at.text });
      if (pick.p < CONFIDENT) check(role, 'low_confidence');
      if (list.some((s) => s !== pick && s.p >= RIVAL)) check(role, 'conflicting_dates');
      if (pick.future) check(role, 'future_date');
      if (pick.dayFirst) check(role, 'conflicting_dates');
      // "10/05/2026" in a Spanish letter read the US way could be 10 May: the other reading is a plausible date for
      // the role too, so an earlier one counts for the safe date and the user is asked which it is
      // (a date already read day first, the US reading being after today, swaps back to after today: none)
      const other = TRIGGERS.has(role) ? otherReading(pick.iso, pick.at, today) : null;
      if (other) {
        out.candidates.push({ role, date: other, confidence: round2(pick.p * OTHER_READING_SHARE), start: pick.at.start, end: pick.at.end, text: pick.at.text, otherReading: true });
        check(role, 'conflicting_dates');
      }
    }
    for (const s of list) {
      if (s === pick || s.p < CHOICE) continue;
      out.candidates.push({ role, date: s.iso, confidence: round2(s.p), start: s.at.start, end: s.at.end, text: s.at.text });
    }
    const reasons = checks.get(role);
    if (reasons?.size && pick) out.checks[role] = [...reasons];
    const note = noteFor(pick, list, reasons, today);
    if (note) {
      out.notes[role] = note.text;
      out.noteDetails[role] = note.details;
    }
  }
  // the document says it was served (a proof of service) but no service date was read: the date that starts the
  // latest clock is missing, not absent, so its deadlines ask for it
  const served = reading.layout.sections.some((sec) => sec.kind === 'proof_of_service' && sec.start < reading.scope.end);
  if (served && !out.dates.service_date && KIND_ROLES[kind].includes('service_date')) out.checks.service_date = ['missing_trigger'];
  out.candidates.push(...substituteCandidates(reading, scored, chosen, out.candidates, quoted));
  out.candidates.sort((a, b) => b.confidence - a.confidence || a.date.localeCompare(b.date));
  out.candidates.splice(24);
  return out;
}

/** The confidence of a date's other day/month reading, as a share of the reading taken (rules/engine/start.ts RIVAL_SHARE counts it). */
const OTHER_READING_SHARE = 0.5;

/** The day/month reading of a date the reader took as month/day in a Spanish document, when it is a real date not after today. */
function otherReading(iso: string, at: { ambiguityDetails?: DateNoteDetail[] }, today?: string): string | null {
  if (!at.ambiguityDetails?.some((d) => d.code === 'read_month_day')) return null;
  const [y, m, d] = iso.split('-');
  const other = `${y}-${d}-${m}`;
  if (other === iso || !isValid(parseISO(other)) || (today && other > today)) return null;
  return other;
}

/** How far before a later role's date its missing earlier role may lie (a panel is served within days of its assignment; 14 days cost exact dates and bought no safety in CV). */
const SUBSTITUTE_WINDOW_DAYS = 7;
/** The confidence of a date that could be a missing trigger: just plausible (rules/engine/start.ts PLAUSIBLE). */
const SUBSTITUTE_CONFIDENCE = 0.25;
/** At most this many distinct dates between a missing event's neighbours are each plausibly that event. */
const MAX_BETWEEN = 2;

/**
 * When an earlier role is missing and a later one stands in for it (no panel assignment date, only the service
 * date), every date of the document in the days before the later one could be the missing trigger: each becomes a
 * just-plausible candidate, so the rules count the safe and latest dates from the earliest of them and flag the
 * deadline (never later than the law when the trigger was there but unread).
 */
function substituteCandidates(reading: Reading, scored: Map<ModelRole, Scored[]>, chosen: Map<ModelRole, Scored>, have: DateCandidate[], quoted: string[]): DateCandidate[] {
  const personal = new Set((['injury_date', 'birth_date'] as const).flatMap((r) => (scored.get(r) ?? []).filter((s) => s.p >= 0.8).map((s) => s.iso)));
  const out: DateCandidate[] = [];
  // no trigger read at all: the document's own dates of the last weeks (not personal, not quoted from another
  // document) could each be the trigger, so the clock counts from the earliest of them and asks for the date
  if (![...chosen.keys()].some((r) => TRIGGERS.has(r) && r !== 'exam_date')) {
    const own = reading.dates.map((d) => d.reading).filter((r) => !personal.has(r.iso) && !quoted.includes(r.iso));
    const newest = own.reduce((m, r) => (r.iso > m ? r.iso : m), '');
    const floor = newest ? daysBefore(newest, SUBSTITUTE_WINDOW_DAYS * 2) : '';
    for (const role of scored.keys()) {
      if (!TRIGGERS.has(role) || role === 'exam_date') continue;
      const seen = new Set(have.filter((c) => c.role === role).map((c) => c.date));
      for (const r of own) {
        if (r.iso < floor || seen.has(r.iso)) continue;
        seen.add(r.iso);
        out.push({ role, date: r.iso, confidence: SUBSTITUTE_CONFIDENCE, start: r.start, end: r.end, text: r.text, standIn: true });
      }
    }
    return out;
  }
  for (const [earlier, later] of DATE_ORDER) {
    const stand = chosen.get(later);
    if (!TRIGGERS.has(earlier) || earlier === 'exam_date' || chosen.has(earlier) || !stand || !scored.has(earlier)) continue;
    const floor = daysBefore(stand.iso, SUBSTITUTE_WINDOW_DAYS);
    // the event the missing one follows was read (the request the decision answers): a date of the document strictly
    // between the two is plausibly the missing event itself, not only a neighbour of its stand-in
    const after = DATE_ORDER.filter(([a, b]) => b === earlier && a !== 'injury_date' && chosen.has(a)).map(([a]) => chosen.get(a)!.iso).sort().pop();
    const isBetween = (iso: string) => after !== undefined && iso > after && iso < stand.iso && !personal.has(iso);
    // a few such dates in a letter; a page listing many (an activity log) says nothing about which one it was
    const between = new Set(reading.dates.map((d) => d.reading.iso).filter(isBetween));
    const plausible = between.size <= MAX_BETWEEN ? new Set([...between].filter((iso) => !quoted.includes(iso))) : new Set<string>();
    const seen = new Set(have.filter((c) => c.role === earlier).map((c) => c.date));
    // a date the model gave a little weight for the role, and that lies between: just plausible too
    for (const c of have) if (c.role === earlier && plausible.has(c.date)) c.confidence = Math.max(c.confidence, SUBSTITUTE_CONFIDENCE);
    for (const d of reading.dates) {
      const iso = d.reading.iso;
      if (iso < floor || iso > stand.iso || personal.has(iso) || seen.has(iso)) continue;
      seen.add(iso);
      out.push({ role: earlier, date: iso, confidence: SUBSTITUTE_CONFIDENCE, start: d.reading.start, end: d.reading.end, text: d.reading.text, ...(plausible.has(iso) ? {} : { standIn: true }) });
    }
  }
  return out;
}

const daysBefore = (iso: string, days: number): string => format(subDays(parseISO(iso), days), 'yyyy-MM-dd');


/** A person-readable note on a role's date (English, for the CLI's JSON) and the same as codes + params. */
function noteFor(pick: Scored | undefined, list: Scored[], reasons: Set<CheckReason> | undefined, today?: string): { text: string; details: DateNoteDetail[] } | undefined {
  const parts: string[] = [];
  const details: DateNoteDetail[] = [];
  const setAside = pick && !pick.future ? list.filter((s) => s.future && s.p * 2 >= RIVAL).map((s) => s.iso) : [];
  if (setAside.length) {
    parts.push(`ignored a date after today (${today}): ${setAside.join(', ')}`);
    details.push({ code: 'ignored_future', params: { today: today ?? '', dates: setAside.join(',') } });
  }
  if (pick && reasons?.has('conflicting_dates')) {
    const others = list.filter((s) => s !== pick && s.p >= RIVAL && !setAside.includes(s.iso)).map((s) => s.iso);
    if (others.length) {
      parts.push(`other dates could be this one (${others.join(', ')}); ${pick.iso} is the most probable`);
      details.push({ code: 'other_candidates', params: { dates: others.join(','), picked: pick.iso } });
    }
  }
  if (pick && reasons?.has('future_date')) {
    parts.push('the date is after today');
    details.push({ code: 'future_date', params: {} });
  }
  if (pick && reasons?.has('before_referenced_event')) {
    parts.push('the date is before an event the letter refers to as past');
    details.push({ code: 'before_referenced_event', params: {} });
  }
  if (pick?.dayFirst) {
    parts.push(`"${pick.at.text}" read as day/month: as month/day it would be after today`);
    details.push({ code: 'read_day_month_future', params: { text: pick.at.text } });
  } else if (pick?.at.ambiguity) {
    parts.push(pick.at.ambiguity);
    details.push(...(pick.at.ambiguityDetails ?? []));
  }
  return parts.length ? { text: parts.join('; '), details } : undefined;
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
  const dateNoteDetails = { ...n.dateNoteDetails };
  const dateConfidence = { ...n.dateConfidence };
  const dateChecks = { ...n.dateChecks };
  for (const r of letterRoles) {
    delete dates[r];
    delete dateNotes[r];
    delete dateNoteDetails[r];
    delete dateConfidence[r];
    delete dateChecks[r];
  }
  const dropped = new Set(['serviceMethod', ...letterRoles.map((r) => `date:${r}`)]);
  return {
    ...n, dates, dateNotes, dateNoteDetails, dateConfidence, dateChecks, serviceMethod: null,
    candidates: n.candidates.filter((c) => !letterRoles.includes(c.role)),
    evidence: n.evidence.filter((e) => !dropped.has(e.fact)),
  };
}

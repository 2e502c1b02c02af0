// Features: what the fitted models (extract/model/) see of a document and of each date in it. Every feature is a
// short string ("L:service_date", "sec:proof_of_service", "top:ur.title"); a model weighs the ones present. The same
// functions serve detect() and the fit (scripts/fit.ts), so what is fitted is what runs.
import { KIND_ACTS, KIND_LABELS, type DetectedKind } from './kinds';
import { spanIndex, type Layout } from './layout';
import type { DateReading } from './roles';
import { CHECKED_OUTCOME, OUTCOME_CUES, SIGNALS, findAll, type ActCue, type LabelClass, type Wording, type WordingHit } from './wordings';

/** The part of a document a notice is read from: [0, end) (a reply without the mail it quotes, or all of it). */
export interface Scope {
  end: number;
}

const bucket = (n: number, edges: readonly number[], names: readonly string[]) => {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return names[i]!;
};

const WORD_BEFORE = /(\p{L}{2,20})[^\p{L}\n]{0,6}$/u;
const WORD_AFTER = /^[^\p{L}\n]{0,6}(\p{L}{2,20})/u;

/** Lines that count as the top of the document: the first 12 with text on the first page. */
function topLines(layout: Layout): number {
  let seen = 0;
  for (const l of layout.lines) {
    if (l.page > 1) return l.index;
    if (!l.blank && ++seen >= 12) return l.index + 1;
  }
  return layout.lines.length;
}

const topCache = new WeakMap<Layout, number>();
const topOf = (layout: Layout) => {
  let t = topCache.get(layout);
  if (t === undefined) topCache.set(layout, (t = topLines(layout)));
  return t;
};

/** Features of one date, whatever the notice (the role model adds the notice kind to each). */
export function dateFeatures(r: DateReading, layout: Layout): string[] {
  const f: string[] = [];
  if (r.left) {
    f.push(`L:${r.left.cls}`, `L:${r.left.cls}:${bucket(r.left.distance, [2, 25], ['adj', 'near', 'far'])}`);
  }
  if (r.header) f.push(`H:${r.header.cls}`);
  if (r.above) f.push(`A:${r.above.cls}`);
  if (r.pair) f.push(`P:${r.pair.cls}${r.pair.below ? ':below' : ''}`);
  f.push(r.label ? `F:${r.label.cls}` : 'nolabel');
  for (const a of r.acts) f.push(`act:${a}`);
  for (const c of r.cues) f.push(`cue:${c}`);
  if (r.sections.size) for (const s of r.sections) f.push(`sec:${s}`);
  else f.push('sec:body');
  if (r.line.alone) f.push('alone');
  if (r.line.table) f.push('table');
  if (r.line.heading) f.push('heading');
  f.push(r.line.page === 1 ? 'page1' : r.line.page === layout.pages ? 'page:last' : 'page:mid');
  if (r.line.index < topOf(layout)) f.push('top');
  if (r.order === 0) f.push('first');
  if (r.rank === 0) f.push('earliest');
  if (r.rank === r.distinct - 1) f.push('latest');
  if (r.distinct === 1) f.push('only');
  if (r.repeats > 1) f.push('repeated');
  f.push(`fmt:${r.format}`);
  if (r.ambiguity) f.push('ambiguous');
  const line = layout.lineAt(r.start);
  const before = WORD_BEFORE.exec(layout.text.slice(Math.max(line.start, r.start - 40), r.start));
  if (before) f.push(`wb:${before[1]!.toLowerCase()}`);
  const after = WORD_AFTER.exec(layout.text.slice(r.end, Math.min(line.end, r.end + 40)));
  if (after) f.push(`wa:${after[1]!.toLowerCase()}`);
  return f;
}

const LABEL_FEATURE = /^([LHAPF]):([a-z_]+)$/;
const ACT_FEATURE = /^act:([a-z_]+)$/;

/**
 * A date's features for one notice kind: each base feature, each joined with the kind, and what each of its labels
 * means in this kind ("Lr:decision_date": the label on its left names this kind's decision date).
 */
export function withKind(kind: DetectedKind, base: readonly string[]): string[] {
  const out = [...base];
  for (const f of base) {
    out.push(`${kind}|${f}`);
    const m = LABEL_FEATURE.exec(f);
    if (m) {
      const role = labelRole(kind, m[2]!);
      out.push(`${m[1]}r:${role}`, `r:${role}`); // how the label relates, and only what it says
    }
    const act = ACT_FEATURE.exec(f);
    const actRole = act && KIND_ACTS[kind][act[1] as ActCue];
    if (actRole) out.push(`Cr:${actRole}`);
  }
  return out;
}

const RELATIVE = /^(?:([LHAPFC])r|r|same):(.+)$/;

/**
 * A date's features for one role of the shared date model: each kind feature joined with the role, and what its
 * labels say relative to the role ("Fr:self": its label names this role; "Fr:other": it names another role). The
 * relative features are learned from every role at once, so a label that clearly names another role counts against
 * this one even for a role with few examples.
 */
export function roleFeatures(role: string, kindFeatures: readonly string[]): string[] {
  const out = [`${role}|bias`];
  for (const f of kindFeatures) {
    out.push(`${role}|${f}`);
    const m = RELATIVE.exec(f);
    if (m) out.push(`${f.slice(0, f.indexOf(':'))}:${m[2] === role ? 'self' : m[2] === 'none' ? 'none' : 'other'}`);
  }
  return out;
}

const labelRole = (kind: DetectedKind, cls: string): string => KIND_LABELS[kind][cls as LabelClass] ?? 'none';

/**
 * The features of every date of a document for one notice kind: withKind(), and what the same calendar date is
 * labelled as elsewhere on the document ("same:quoted": this day is also printed as the UR decision an IMR letter
 * reviews), so one clear label speaks for every copy of the date.
 */
export function kindDateFeatures(kind: DetectedKind, dates: readonly { reading: DateReading; features: string[] }[]): string[][] {
  const roles = new Map<string, Set<string>>();
  for (const d of dates) {
    const label = d.reading.label;
    if (!label) continue;
    const set = roles.get(d.reading.iso) ?? roles.set(d.reading.iso, new Set()).get(d.reading.iso)!;
    set.add(labelRole(kind, label.cls));
  }
  return dates.map((d) => {
    const own = d.reading.label ? labelRole(kind, d.reading.label.cls) : null;
    const same = [...(roles.get(d.reading.iso) ?? [])].filter((r) => r !== own).map((r) => `same:${r}`);
    return [...withKind(kind, d.features), ...same];
  });
}

export interface Hit<C extends string = string> extends WordingHit<C> {
  /** Said under a condition or as a possibility ("if …", "you may …"). */
  hypothetical: boolean;
  /** Said under a condition ("if …", "unless …"). */
  conditional: boolean;
  /** Denied just before ("nothing was denied", "this is not a denial"). */
  negated: boolean;
  /** In the first lines of the document or on a heading line. */
  top: boolean;
  /** In a table cell. */
  cell: boolean;
}

const langOk = (w: Wording, lang: 'en' | 'es') => w.lang === 'any' || w.lang === lang || lang === 'es';

/** The hits of a wording table that belong to the notice: in scope, not in a history list or the site's navigation. */
type Cue = { cls: string; start: number; end: number };
const CUE_INDEX = new WeakMap<readonly Cue[], { sorted: Cue[]; conditional: boolean[]; hypothetical: boolean[] }>();

/** Per clause, once: its cues in order and whether a conditional / hypothetical cue has been seen up to each one. */
function cueIndex(cues: readonly Cue[]) {
  let index = CUE_INDEX.get(cues);
  if (!index) {
    const conditional: boolean[] = [];
    const hypothetical: boolean[] = [];
    let c = false;
    let y = false;
    const sorted = [...cues].sort((a, b) => a.start - b.start);
    for (const cue of sorted) {
      c ||= cue.cls === 'conditional';
      y ||= cue.cls === 'hypothetical' || cue.cls === 'earlier';
      conditional.push(c);
      hypothetical.push(y);
    }
    index = { sorted, conditional, hypothetical };
    CUE_INDEX.set(cues, index);
  }
  return index;
}


export function hitsIn<C extends string>(rows: readonly Wording<C>[], layout: Layout, scope: Scope, lang: 'en' | 'es', opts: { aside?: boolean } = {}): Hit<C>[] {
  const top = topOf(layout);
  const out: Hit<C>[] = [];
  for (const h of findAll(rows.filter((w) => langOk(w, lang)), layout.text)) {
    if (h.start >= scope.end) continue;
    const line = layout.lineAt(h.start);
    // a sidebar says nothing about what a page is, but may say a fact of the claim (its attorney) when asked
    if (line.zone === 'nav' || (line.zone === 'aside' && !opts.aside)) continue;
    const sections = layout.sectionsAt(h.start);
    if (sections.has('history')) continue;
    const clause = layout.clauseAt(h.start);
    // the clause's cues before the hit, in logarithmic time (a clause of thousands of "no" must not be rescanned per hit)
    const { sorted, conditional: cond, hypothetical: hyp } = cueIndex(clause.cues);
    const k = spanIndex(sorted, h.start - 1); // the last cue that starts before the hit (offsets are integers)
    const conditional = k >= 0 && cond[k]!;
    // a possibility, or what an earlier decision the letter mentions said: neither is this notice's own statement
    const hypothetical = conditional || (k >= 0 && hyp[k]!);
    let negated = false;
    // cues that start later end later too (each is under 60 characters), so the walk back stops soon
    for (let j = k; j >= 0 && h.start - sorted[j]!.end <= 100; j--) if (sorted[j]!.cls === 'negation' && h.start - sorted[j]!.end <= 40) negated = true;
    out.push({ ...h, hypothetical, conditional, negated, top: line.index < top || line.heading, cell: line.cells.length > 1 });
  }
  return out;
}

/** Features of a set of hits: s:cls (stated), hyp:cls (only as a possibility), top:cls, n:cls (three or more). */
function hitFeatures(prefix: string, hits: readonly Hit[]): string[] {
  const stated = new Map<string, number>();
  const hyp = new Set<string>();
  const top = new Set<string>();
  const negated = new Set<string>();
  for (const h of hits) {
    const cls = h.wording.cls;
    if (h.negated && !h.hypothetical) negated.add(cls);
    else if (h.hypothetical) hyp.add(cls);
    else stated.set(cls, (stated.get(cls) ?? 0) + 1);
    if (h.top && !h.hypothetical && !h.negated) top.add(cls);
  }
  const f: string[] = [];
  for (const [cls, n] of stated) {
    f.push(`${prefix}s:${cls}`);
    if (n >= 3) f.push(`${prefix}n:${cls}`);
  }
  for (const cls of hyp) if (!stated.has(cls)) f.push(`${prefix}hyp:${cls}`);
  for (const cls of negated) if (!stated.has(cls)) f.push(`${prefix}neg:${cls}`);
  for (const cls of top) f.push(`${prefix}top:${cls}`);
  return f;
}

export interface DocumentReading {
  signals: Hit[];
  outcomes: Hit[];
  /** The outcome a form's checked box names, with where it is. */
  boxed: { word: string; start: number; end: number } | null;
}

export function readDocument(layout: Layout, scope: Scope, lang: 'en' | 'es'): DocumentReading {
  let boxed: DocumentReading['boxed'] = null;
  const re = new RegExp(CHECKED_OUTCOME.source, CHECKED_OUTCOME.flags);
  for (let m = re.exec(layout.text); m && m.index < scope.end; m = re.exec(layout.text)) {
    if (layout.sectionsAt(m.index).has('history')) continue;
    boxed = { word: m[1]!.toLowerCase(), start: m.index, end: m.index + m[0].length };
    break;
  }
  // a portal's claim summary sits in a sidebar: it says nothing about what the page is, but it does say whose claim
  // it is (a workers' compensation claim, with its date of injury)
  const signals = [...hitsIn(PAGE_SIGNALS, layout, scope, lang), ...hitsIn(CLAIM_SIGNALS, layout, scope, lang, { aside: true })].sort((a, b) => a.start - b.start);
  return { signals, outcomes: hitsIn(OUTCOME_CUES, layout, scope, lang), boxed };
}

const CLAIM_SIGNALS = SIGNALS.filter((w) => w.cls === 'wc.context');
const PAGE_SIGNALS = SIGNALS.filter((w) => w.cls !== 'wc.context');

/** Features of the whole document, for the kind models. */
export function documentFeatures(layout: Layout, reading: DocumentReading, dates: readonly DateReading[], lang: 'en' | 'es'): string[] {
  const f = [...hitFeatures('', reading.signals), ...hitFeatures('o', reading.outcomes)];
  f.push(`lang:${lang}`);
  f.push(`dates:${bucket(dates.length, [0, 2, 8], ['0', '1-2', '3-8', '9+'])}`);
  const kinds = new Set(layout.sections.map((s) => s.kind));
  for (const k of ['proof_of_service', 'history', 'quoted_mail', 'instructions']) if (kinds.has(k as never)) f.push(`has:${k}`);
  if (reading.boxed) f.push('boxed');
  // no outcome stated as a fact (only "if a request is denied…"): an FAQ or a progress note, or an unusual wording
  else if (!reading.outcomes.some((h) => !h.hypothetical && !h.negated)) f.push('o:none');
  return f;
}

/** The outcome word a checked box names, as an outcome class. */
export function boxedOutcome(word: string): string {
  if (/^(?:denied|non-?certified|not certified|denegad|negad|no certificad)/i.test(word)) return 'denied';
  if (/^modif/i.test(word)) return 'modified';
  if (/^(?:delayed|deferred|demorad)/i.test(word)) return 'delayed';
  if (/^upheld/i.test(word)) return 'upheld';
  if (/^overturned/i.test(word)) return 'overturned';
  return 'approved';
}

/** Features for the outcome models: stated, first, top and cell hits of each outcome cue, and a checked box. */
export function outcomeFeatures(reading: DocumentReading): string[] {
  const f = hitFeatures('', reading.outcomes);
  const decisive = reading.outcomes.filter((h) => !h.hypothetical && !h.negated);
  if (decisive[0]) f.push(`first:${decisive[0].wording.cls}`);
  for (const h of decisive) if (h.cell) f.push(`cell:${h.wording.cls}`);
  if (reading.boxed) f.push(`box:${boxedOutcome(reading.boxed.word)}`);
  if (!decisive.length) f.push('none');
  // two outcomes stated (a mixed decision: some items certified, some not)
  const stated = [...new Set(decisive.map((h) => h.wording.cls.replace(/^stated:/, '')))].sort();
  for (let i = 0; i < stated.length; i++) for (let j = i + 1; j < stated.length; j++) f.push(`both:${stated[i]}+${stated[j]}`);
  return f;
}

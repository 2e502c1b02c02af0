// The shared notice card (popup, PDF viewer, in-page banner): what the notice is, each deadline with its
// countdown, what to do, the steps and citation, and inline correction of dates and facts.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Deadline, Language, Notice } from '../model';
import { defaultRuleset, findRule, type Ruleset } from '../rules';
import { t } from '../i18n';
import { CorrectionForm } from './CorrectionForm';
import type { NoticeCorrection } from '../app/corrections';
import { DeadlineView, type DateChoice } from './DeadlineView';
import { noticeHeading } from '../i18n/labels';
import type { Now } from './time';

export interface NoticeCardProps {
  notice: Notice;
  /** deadlinesFor(notice, ctx) for the notice as shown (already corrected). */
  deadlines: Deadline[];
  lang: Language;
  /** A correction of a date or fact; the caller applies it and passes new deadlines (see useCorrectedNotice). */
  onCorrect?: (patch: NoticeCorrection) => void;
  /** Where the rules' `action` text comes from (defaults to the bundled rules). */
  ruleset?: Ruleset;
  countdown?: 'safe' | 'latest';
  now?: Now;
  /** Controls under each deadline (e.g. calendar export). */
  renderDeadlineExtras?: (deadline: Deadline) => ComponentChildren;
  /** Controls in the card header (e.g. mark done). */
  headerExtras?: ComponentChildren;
  /** Unique within the page: used for form ids. */
  id?: string;
  headingLevel?: 2 | 3;
}

let counter = 0;

export function NoticeCard(props: NoticeCardProps) {
  const { notice, deadlines, lang, onCorrect, countdown = 'safe', now, renderDeadlineExtras, headerExtras, headingLevel = 2 } = props;
  const ruleset = useMemo(() => props.ruleset ?? defaultRuleset(), [props.ruleset]);
  const id = useMemo(() => props.id ?? `cc-card-${++counter}`, [props.id]);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const claim = typeof notice.facts.claimNumber === 'string' ? notice.facts.claimNumber : undefined;
  // Real deadlines first (soonest first), then informational dates.
  const ordered = [...deadlines].sort(
    (a, b) => Number(a.type !== 'deadline') - Number(b.type !== 'deadline') || a.due.localeCompare(b.due),
  );
  const headingId = `${id}-heading`;
  return (
    <article class="cc-card" aria-labelledby={headingId} data-kind={notice.kind}>
      <header class="cc-card-header">
        <div>
          <H id={headingId} class="cc-card-title">{noticeHeading(notice, lang)}</H>
          {claim ? <p class="cc-claim">{t('card.claim', lang, { claim })}</p> : null}
        </div>
        {headerExtras}
      </header>
      {ordered.length === 0 ? <p class="cc-empty-card">{t('card.no_deadline', lang)}</p> : null}
      {ordered.map((d) => (
        <DeadlineView
          key={d.rule}
          deadline={d}
          lang={lang}
          action={findRule(ruleset, d.rule)?.action[lang]}
          countdown={countdown}
          now={now}
          headingLevel={headingLevel === 2 ? 3 : 4}
          choices={d.needsCheck ? choicesFor(notice, d) : []}
          onChoose={onCorrect ? (c) => onCorrect({ dates: { [c.role]: c.date } }) : undefined}
        >
          {renderDeadlineExtras?.(d)}
        </DeadlineView>
      ))}
      {onCorrect ? <CorrectionForm notice={notice} lang={lang} onCorrect={onCorrect} idPrefix={id} /> : null}
    </article>
  );
}

/** The dates a deadline that needs a check could start from: the notice's own and the document's other candidates. */
function choicesFor(notice: Notice, d: Deadline): DateChoice[] {
  const out: DateChoice[] = [];
  const seen = new Set<string>();
  const add = (c: DateChoice) => {
    const key = `${c.role} ${c.date}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  for (const role of d.checkRoles) {
    const own = notice.dates[role];
    if (own && /^\d{4}-\d{2}-\d{2}$/.test(own)) add({ role, date: own });
    for (const c of notice.candidates) if (c.role === role) add({ role, date: c.date, text: c.text });
  }
  return out.slice(0, 6);
}

// The shared notice card (popup, PDF viewer, in-page banner): what the notice is, each deadline with its
// countdown, what to do, the steps and citation, and inline correction of dates and facts.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { DateRole, Deadline, Language, Notice } from '../model';
import { defaultRuleset, findRule, type Ruleset } from '../rules';
import { t } from '../i18n';
import { CorrectionForm } from './CorrectionForm';
import type { NoticeCorrection } from '../app/corrections';
import { DeadlineView } from './DeadlineView';
import { NeedsDate } from './NeedsDate';
import { choiceCorrection, choicesFor, type DateChoice } from '../app/choices';
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
  /** The dates a deadline waits for (useCorrectedNotice's `missing`): the card asks for them ("needs a date"). */
  missing?: DateRole[];
  /** A check choice is hovered or focused: the face points at that date on the document (null: no longer). */
  onPreviewChoice?: (choice: DateChoice | null) => void;
  /** Show "if this has passed" open. */
  passedOpen?: boolean;
  /** Unique within the page: used for form ids. */
  id?: string;
  headingLevel?: 2 | 3;
}

let counter = 0;

export function NoticeCard(props: NoticeCardProps) {
  const { notice, deadlines, lang, onCorrect, countdown = 'safe', now, renderDeadlineExtras, headerExtras, headingLevel = 2, missing = [] } = props;
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
      {missing.length ? <NeedsDate roles={missing} lang={lang} idPrefix={`${id}-need`} onDate={onCorrect && ((role, date) => onCorrect(choiceCorrection({ role, date })))} /> : null}
      {ordered.length === 0 && !missing.length ? <p class="cc-empty-card">{t('card.no_deadline', lang)}</p> : null}
      {ordered.map((d) => (
        <DeadlineView
          key={d.rule}
          deadline={d}
          lang={lang}
          action={findRule(ruleset, d.rule)?.action[lang]}
          countdown={countdown}
          now={now}
          headingLevel={headingLevel === 2 ? 3 : 4}
          choices={choicesFor(notice, d)}
          onChoose={onCorrect ? (c) => onCorrect(choiceCorrection(c)) : undefined}
          onPreview={props.onPreviewChoice}
          passedOpen={props.passedOpen}
        >
          {renderDeadlineExtras?.(d)}
        </DeadlineView>
      ))}
      {onCorrect ? <CorrectionForm notice={notice} lang={lang} onCorrect={onCorrect} idPrefix={id} /> : null}
    </article>
  );
}

// One deadline: the safe date and days left first, the latest date the law may allow, what to do,
// then the steps, assumptions and citation behind it (expandable).
import type { ComponentChildren } from 'preact';
import type { Deadline, Language } from '../model';
import type { DateChoice } from '../app/choices';
import { formatDate, t } from '../i18n';
import { daysBetween, localToday } from '../rules';
import { checkLines } from '../i18n/checks';
import { roleLabel } from '../i18n/labels';
import { translateAssumptions, translateStep } from '../i18n/steps';
import { Countdown } from './Countdown';
import { systemNow, useNow, type Now } from './time';

export interface DeadlineViewProps {
  deadline: Deadline;
  lang: Language;
  /** What to do and what to attach (the rule's `action`), in `lang`. */
  action?: string;
  /** Which date the countdown shows (Options: safe vs statutory). */
  countdown?: 'safe' | 'latest';
  now?: Now;
  /** Extra controls under the deadline (calendar export). */
  children?: ComponentChildren;
  headingLevel?: 3 | 4;
  /** For a deadline that needs a check: the dates on the document it could start from, one click to confirm. */
  choices?: DateChoice[];
  onChoose?: (choice: DateChoice) => void;
  /** A choice is hovered or focused (null: no longer): the face points at that date on the document. */
  onPreview?: (choice: DateChoice | null) => void;
  /** Show "if this has passed" open (All deadlines' passed section). */
  passedOpen?: boolean;
}

export type { DateChoice };

export function DeadlineView(props: DeadlineViewProps) {
  const { deadline: d, lang, action, countdown = 'safe', now = systemNow, children, headingLevel = 3, choices = [], onChoose, onPreview, passedOpen } = props;
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const target = countdown === 'latest' ? d.latest : d.due;
  const isDeadline = d.type === 'deadline';
  const today = localToday(useNow(now, 60_000));
  // past the safe date but not the latest: say so plainly, with where to get help (never just "Passed N days ago")
  const safePassed = isDeadline && daysBetween(today, d.due) < 0 && daysBetween(today, d.latest) >= 0;
  // the safe date has passed (whichever date the countdown shows): what can still be done
  const passed = isDeadline && daysBetween(today, d.due) < 0;
  const assumptions = translateAssumptions(d, lang);
  return (
    <section class={`cc-deadline cc-type-${d.type}`} data-rule={d.rule} aria-label={d.title[lang]}>
      <H class="cc-deadline-title">{d.title[lang]}</H>
      {isDeadline ? (
        <Countdown date={target} latest={countdown === 'safe' ? d.latest : undefined} lang={lang} now={now} class={d.needsCheck ? 'cc-countdown-big cc-unconfirmed' : 'cc-countdown-big'} />
      ) : (
        <p class="cc-type-label">{t(`card.type.${d.type}`, lang)}</p>
      )}
      <p class="cc-due">
        {isDeadline ? (
          <DueLine date={d.due} lang={lang} />
        ) : (
          <>
            <span class="cc-due-label">{t('card.by_when', lang)}</span>{' '}
            <time dateTime={d.due} class="cc-due-date">{formatDate(d.due, lang, 'long')}</time>
          </>
        )}
      </p>
      {safePassed ? (
        <p class="cc-safe-passed" role="alert">{t('countdown.safe_passed_detail', lang, { latest: formatDate(d.latest, lang, 'long') })}</p>
      ) : null}
      {d.needsCheck ? (
        <div class="cc-check" role="note" data-check={d.checkReasons.join(' ')}>
          <p class="cc-check-title">
            <strong>{t('check.title', lang)}</strong> · {t('check.unconfirmed', lang)}
          </p>
          <ul>
            {checkLines(d, lang).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {onChoose && choices.length ? (
            <div class="cc-choices" role="group" aria-label={t('check.choose', lang)}>
              <p class="cc-check-title">{t('check.choose', lang)}</p>
              {choices.map((c) => (
                <button type="button" class="cc-choice" key={`${c.role}-${c.date}`} onClick={() => onChoose(c)}
                  data-linked={c.start !== undefined || undefined}
                  onMouseEnter={onPreview && (() => onPreview(c))} onMouseLeave={onPreview && (() => onPreview(null))}
                  onFocus={onPreview && (() => onPreview(c))} onBlur={onPreview && (() => onPreview(null))}>
                  {t('check.choice', lang, { role: roleLabel(c.role, lang), date: formatDate(c.date, lang, 'long') })}
                </button>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
      {d.latest !== d.due ? (
        <p class="cc-latest">
          {t('countdown.latest_label', lang)}: <time dateTime={d.latest}>{formatDate(d.latest, lang, 'long')}</time>
        </p>
      ) : null}
      {countdown === 'latest' && isDeadline ? <p class="cc-note">{t('countdown.showing_latest', lang)}</p> : null}
      {passed && d.ifPassed ? (
        <details class="cc-passed" open={passedOpen || safePassed} data-if-passed>
          <summary>{t('passed.title', lang)}</summary>
          <p>{d.ifPassed[lang]}</p>
        </details>
      ) : null}
      {action ? (
        <div class="cc-action">
          <strong>{t('card.what_to_do', lang)}:</strong> {action}
        </div>
      ) : null}
      <p class="cc-explanation">{d.explanation[lang]}</p>
      {d.needsConfirmation ? <p class="cc-warning" role="note">{t('card.needs_confirmation', lang)}</p> : null}
      <details class="cc-steps">
        <summary>{t('card.steps', lang)}</summary>
        <ol>
          {d.stepDetails.map((s, i) => (
            <li key={i}>{translateStep(s, lang)}</li>
          ))}
        </ol>
        {assumptions.length ? (
          <>
            <p class="cc-subhead">{t('card.assumptions', lang)}</p>
            <ul>
              {assumptions.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p class="cc-citation">
          {t('card.citation', lang)}: <cite>{d.citation}</cite>
          {' · '}
          <a href={d.source} target="_blank" rel="noreferrer noopener">{t('card.source', lang)}</a>
        </p>
      </details>
      {children}
    </section>
  );
}

/** "Act by Wednesday, April 8, 2026, this day included" / "Actúe a más tardar el miércoles, 8 de abril de 2026". */
function DueLine({ date, lang }: { date: string; lang: Language }) {
  const [before = '', after = ''] = t('countdown.safe_by', lang).split('{date}');
  return (
    <>
      <span class="cc-due-label">{before.trim()}</span>{' '}
      <time dateTime={date} class="cc-due-date">{formatDate(date, lang, 'long')}</time>
      {after}
    </>
  );
}

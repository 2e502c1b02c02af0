// One row of "All deadlines": the countdown and date, what the deadline is, mark done / dismiss / undo, details (the
// notice card), and for a passed deadline what can still be done. A notice waiting for a date gets NeedsDateItem.
import type { NoticeStatus } from '../storage/types';
import type { UserContext } from '../app/context';
import { formatDate, t } from '../i18n';
import { Countdown } from '../components/Countdown';
import { NoticeCard } from '../components/NoticeCard';
import { NeedsDate } from '../components/NeedsDate';
import { CalendarButtons } from '../components/CalendarButtons';
import type { CalendarExport, CalendarItem } from '../app/calendar';
import type { NoticeCorrection } from '../app/corrections';
import { choiceCorrection } from '../app/choices';
import { countdownDate, type DeadlineRow, type NeedsDateRow } from '../app/tracked';
import { findRule } from '../rules';
import { kindLabel, noticeHeading } from '../i18n/labels';
import { isManual } from '../storage/identity';
import type { TrackedNotice } from '../storage/types';
import type { Now } from '../components/time';

export const rowKey = (r: DeadlineRow) => `${r.tracked.id}:${r.deadline.rule}`;
const domId = (key: string) => `details-${key.replace(/[^\w-]/g, '_')}`;
const calendarItem = (r: DeadlineRow): CalendarItem => ({ noticeId: r.tracked.id, revision: r.tracked.revision, notice: r.notice, deadline: r.deadline });
export { calendarItem };

const meta = (tracked: TrackedNotice, claim: string | null, kind: string, lang: UserContext['language']) =>
  [claim, kindLabel(kind, lang), isManual(tracked) ? tracked.title || t('popup.add.by_hand', lang) : null].filter(Boolean).join(' · ');

export interface DeadlineRowProps {
  row: DeadlineRow;
  ctx: UserContext;
  now: Now;
  calendar: CalendarExport;
  passed?: boolean;
  isNew?: boolean;
  open: boolean;
  onToggle(): void;
  onStatus(status: NoticeStatus): void;
  onCorrect(patch: NoticeCorrection): void;
}

export function DeadlineRowItem({ row: r, ctx, now, calendar, passed, isNew, open, onToggle, onStatus, onCorrect }: DeadlineRowProps) {
  const { settings, ruleset, language: lang } = ctx;
  const key = rowKey(r);
  const target = countdownDate(r, settings.countdown);
  const closed = r.tracked.status !== 'open';
  const detailsId = domId(key);
  return (
    <li class={`pp-row${closed ? ' pp-closed' : ''}${isNew ? ' pp-new' : ''}${passed ? ' pp-passed' : ''}`} data-status={r.tracked.status}
      data-rule={r.deadline.rule} data-check={r.deadline.needsCheck || undefined}>
      <div class="pp-row-when">
        {r.deadline.type === 'deadline' && !closed
          ? <Countdown date={target} lang={lang} now={now} class={`pp-row-countdown${r.deadline.needsCheck ? ' cc-unconfirmed' : ''}`} />
          : <p class="pp-row-type">{closed ? t(r.tracked.status === 'done' ? 'popup.all.status_done' : 'popup.all.status_dismissed', lang) : t(`card.type.${r.deadline.type}`, lang)}</p>}
        <time dateTime={target} class="pp-row-date">{formatDate(target, lang)}</time>
      </div>
      <div class="pp-row-what">
        <p class="pp-row-title">{r.deadline.title[lang]}</p>
        <p class="pp-row-meta">{meta(r.tracked, r.claim, r.notice.kind, lang)}</p>
        {r.deadline.needsCheck && !closed ? <p class="pp-row-flag">{t('check.title', lang)}</p> : null}
        {passed && r.deadline.ifPassed ? (
          <details class="cc-passed" data-if-passed>
            <summary>{t('passed.title', lang)}</summary>
            <p>{r.deadline.ifPassed[lang]}</p>
          </details>
        ) : null}
        <div class="pp-row-actions">
          {closed ? (
            <button type="button" class="cc-button cc-secondary" onClick={() => onStatus('open')}>{t('popup.all.reopen', lang)}</button>
          ) : (
            <>
              <button type="button" class="cc-button cc-secondary" onClick={() => onStatus('done')}>{t('popup.all.done', lang)}</button>
              <button type="button" class="cc-button cc-quiet" onClick={() => onStatus('dismissed')}>{t('popup.all.dismiss', lang)}</button>
            </>
          )}
          <button type="button" class="cc-button cc-quiet" aria-expanded={open} aria-controls={detailsId} onClick={onToggle}>
            {r.deadline.needsCheck && !closed ? t('check.title', lang) : t('popup.all.details', lang)}
          </button>
        </div>
      </div>
      {open ? (
        <div id={detailsId} class="pp-row-details">
          <NoticeCard notice={r.notice} deadlines={[r.deadline]} lang={lang} ruleset={ruleset} countdown={settings.countdown} now={now}
            onCorrect={onCorrect} id={detailsId} headingLevel={3} passedOpen={passed}
            renderDeadlineExtras={() => <CalendarButtons item={calendarItem(r)} lang={lang} calendar={calendar} />} />
        </div>
      ) : null}
    </li>
  );
}

export interface NeedsDateItemProps {
  row: NeedsDateRow;
  ctx: UserContext;
  onCorrect(patch: NoticeCorrection): void;
  onStatus(status: NoticeStatus): void;
}

/** A notice whose deadline waits for a date: listed as "needs a date", with the date field right in the row. */
export function NeedsDateItem({ row: r, ctx, onCorrect, onStatus }: NeedsDateItemProps) {
  const lang = ctx.language;
  const titles = r.rules.map((id) => findRule(ctx.ruleset, id)?.title[lang] ?? id).join(', ');
  const id = domId(`${r.tracked.id}:needs`);
  return (
    <li class="pp-row pp-needs-date" data-status={r.tracked.status} data-needs-date={r.rules.join(' ')}>
      <div class="pp-row-when">
        <p class="pp-row-type pp-needs-label">{t('needs_date.title', lang)}</p>
      </div>
      <div class="pp-row-what">
        <p class="pp-row-title">{noticeHeading(r.notice, lang)}</p>
        <p class="pp-row-meta">{meta(r.tracked, r.claim, r.notice.kind, lang)}</p>
        <p class="pp-row-meta">{t('needs_date.waiting', lang, { rules: titles })}</p>
        <div class="pp-row-actions">
          <button type="button" class="cc-button cc-quiet" onClick={() => onStatus('dismissed')}>{t('popup.all.dismiss', lang)}</button>
        </div>
      </div>
      <div class="pp-row-details">
        <NeedsDate roles={r.roles} lang={lang} idPrefix={id} onDate={(role, date) => onCorrect(choiceCorrection({ role, date }))} />
      </div>
    </li>
  );
}

// "All deadlines": every tracked deadline across claims, soonest first, filterable by claim; mark done / dismiss / undo;
// calendar export of one or all; "Add a notice by hand", and the rows of a notice just added highlighted.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { NoticeStatus, TrackedNotice } from '../storage/types';
import type { UserContext } from '../app/context';
import { formatDate, t } from '../i18n';
import { Countdown } from '../components/Countdown';
import { NoticeCard } from '../components/NoticeCard';
import { CalendarButtons } from '../components/CalendarButtons';
import { icsFilename, type CalendarExport, type CalendarItem } from '../app/calendar';
import { downloadText } from '../components/download';
import { mergeCorrections, type NoticeCorrection } from '../app/corrections';
import { claimsOf, deadlineRows, type DeadlineRow } from '../app/tracked';
import { kindLabel, noticeHeading } from '../i18n/labels';
import { isManual } from '../storage/identity';
import type { Now } from '../components/time';
import type { UiStore } from '../app/store';
import { EmptyState } from './States';

export interface AllDeadlinesProps {
  tracked: TrackedNotice[];
  /** The user's settings, rule packs and today (app/context.ts). */
  ctx: UserContext;
  store: UiStore;
  calendar: CalendarExport;
  now: Now;
  /** Opens "Add a notice by hand". */
  onAdd?: () => void;
  /** The notice just added by hand: its rows are highlighted and announced. */
  added?: AddedNotice | null;
}

export interface AddedNotice {
  id: string;
  title: string;
}

const ALL = '__all__';
const NONE = '__none__';
const item = (r: DeadlineRow): CalendarItem => ({ noticeId: r.tracked.id, revision: r.tracked.revision, notice: r.notice, deadline: r.deadline });

export function AllDeadlines({ tracked, ctx, store, calendar, now, onAdd, added }: AllDeadlinesProps) {
  const { settings, ruleset, language: lang } = ctx;
  const [claim, setClaim] = useState(ALL);
  const [showClosed, setShowClosed] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [toast, setToast] = useState<{ id: string; text: string; previous: NoticeStatus } | null>(null);
  const rows = useMemo(() => deadlineRows(tracked, ctx), [tracked, ctx]);
  const claims = claimsOf(rows);
  const visible = rows.filter(
    (r) => (showClosed || r.tracked.status === 'open') && (claim === ALL || (r.claim ?? NONE) === claim),
  );

  const setStatus = (r: DeadlineRow, status: NoticeStatus) => {
    const previous = r.tracked.status;
    void store.updateTracked(r.tracked.id, { status });
    const title = r.deadline.title[lang];
    setToast(status === 'open' ? null : {
      id: r.tracked.id, previous,
      text: t(status === 'done' ? 'popup.all.marked_done' : 'popup.all.marked_dismissed', lang, { title }),
    });
  };
  const correct = (r: DeadlineRow, patch: NoticeCorrection) =>
    void store.updateTracked(r.tracked.id, { corrections: mergeCorrections(r.tracked.corrections, patch) });

  useEffect(() => {
    if (added) document.querySelector('.pp-row.pp-new')?.scrollIntoView?.({ block: 'nearest' });
  }, [added]);
  const addButton = onAdd ? (
    <button type="button" class="cc-button cc-secondary pp-add-open" onClick={onAdd}>
      <span aria-hidden="true">+ </span>{t('popup.add.button', lang)}
    </button>
  ) : null;
  const addedRow = added ? rows.find((r) => r.tracked.id === added.id) : undefined;

  if (rows.length === 0) {
    return <EmptyState title={t('popup.all.empty', lang)} hint={t('popup.all.empty_hint', lang)}>{addButton}</EmptyState>;
  }

  return (
    <div class="pp-all">
      <div class="pp-toolbar">
        <label class="pp-filter">
          <span>{t('popup.all.filter', lang)}</span>
          <select value={claim} onChange={(e) => setClaim(e.currentTarget.value)}>
            <option value={ALL}>{t('popup.all.filter_all', lang)}</option>
            {claims.map((c) => (
              <option key={c ?? NONE} value={c ?? NONE}>{c ?? t('popup.all.no_claim', lang)}</option>
            ))}
          </select>
        </label>
        <label class="pp-check">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.currentTarget.checked)} />
          <span>{t('popup.all.show_closed', lang)}</span>
        </label>
        {addButton}
      </div>
      {addedRow && !toast ? (
        <p class="pp-added" role="status">
          {t('popup.add.saved', lang, { title: added!.title || noticeHeading(addedRow.notice, lang) })}
        </p>
      ) : null}
      {toast ? (
        <div class="pp-toast" role="status">
          <span>{toast.text}</span>
          <button type="button" class="cc-button cc-quiet" onClick={() => {
            void store.updateTracked(toast.id, { status: toast.previous });
            setToast(null);
          }}>{t('common.undo', lang)}</button>
        </div>
      ) : null}
      <ul class="pp-rows">
        {visible.map((r) => {
          const key = `${r.tracked.id}:${r.deadline.rule}`;
          const target = settings.countdown === 'latest' ? r.deadline.latest : r.deadline.due;
          const closed = r.tracked.status !== 'open';
          const detailsId = `details-${key.replace(/[^\w-]/g, '_')}`;
          return (
            <li key={key} class={`pp-row${closed ? ' pp-closed' : ''}${added?.id === r.tracked.id ? ' pp-new' : ''}`} data-status={r.tracked.status} data-rule={r.deadline.rule}>
              <div class="pp-row-when">
                {r.deadline.type === 'deadline' && !closed
                  ? <Countdown date={target} lang={lang} now={now} class="pp-row-countdown" />
                  : <p class="pp-row-type">{closed ? t(r.tracked.status === 'done' ? 'popup.all.status_done' : 'popup.all.status_dismissed', lang) : t(`card.type.${r.deadline.type}`, lang)}</p>}
                <time dateTime={target} class="pp-row-date">{formatDate(target, lang)}</time>
              </div>
              <div class="pp-row-what">
                <p class="pp-row-title">{r.deadline.title[lang]}</p>
                <p class="pp-row-meta">
                  {[r.claim, kindLabel(r.notice.kind, lang), isManual(r.tracked) ? r.tracked.title || t('popup.add.by_hand', lang) : null]
                    .filter(Boolean).join(' · ')}
                </p>
                <div class="pp-row-actions">
                  {closed ? (
                    <button type="button" class="cc-button cc-secondary" onClick={() => setStatus(r, 'open')}>{t('popup.all.reopen', lang)}</button>
                  ) : (
                    <>
                      <button type="button" class="cc-button cc-secondary" onClick={() => setStatus(r, 'done')}>{t('popup.all.done', lang)}</button>
                      <button type="button" class="cc-button cc-quiet" onClick={() => setStatus(r, 'dismissed')}>{t('popup.all.dismiss', lang)}</button>
                    </>
                  )}
                  <button type="button" class="cc-button cc-quiet" aria-expanded={open === key} aria-controls={detailsId}
                    onClick={() => setOpen(open === key ? null : key)}>{t('popup.all.details', lang)}</button>
                </div>
              </div>
              {open === key ? (
                <div id={detailsId} class="pp-row-details">
                  <NoticeCard
                    notice={r.notice}
                    deadlines={[r.deadline]}
                    lang={lang}
                    ruleset={ruleset}
                    countdown={settings.countdown}
                    now={now}
                    onCorrect={(patch) => correct(r, patch)}
                    id={detailsId}
                    headingLevel={3}
                    renderDeadlineExtras={() => <CalendarButtons item={item(r)} lang={lang} calendar={calendar} />}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <button type="button" class="cc-button pp-export-all" onClick={() => {
        const items = visible.map(item);
        downloadText(calendar.ics(items, lang), icsFilename(items));
      }}>{t('popup.all.export_all', lang)}</button>
    </div>
  );
}

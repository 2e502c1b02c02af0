// "All deadlines": every tracked deadline across claims, as an advocate works them: open ones first, soonest first;
// then what needs the user (a date to enter, a date to check); then passed ones, in a collapsed section with what can
// still be done. Filterable by claim; mark done / dismiss / undo; calendar export of one or all; "Add a notice by
// hand", and the rows of a notice just added highlighted. The counts are those of the list shown.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { NoticeStatus, TrackedNotice } from '../storage/types';
import type { UserContext } from '../app/context';
import { t } from '../i18n';
import { icsFilename, type CalendarExport } from '../app/calendar';
import { downloadText } from '../components/download';
import { mergeCorrections, type NoticeCorrection } from '../app/corrections';
import { claimsOf, deadlineSections, type DeadlineRow, type DeadlineSections } from '../app/tracked';
import { noticeHeading } from '../i18n/labels';
import type { Now } from '../components/time';
import type { UiStore } from '../app/store';
import { EmptyState } from './States';
import { calendarItem, DeadlineRowItem, NeedsDateItem, rowKey } from './DeadlineRow';

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

/** The sections with only the rows of one claim (ALL: every row). */
function filterSections(s: DeadlineSections, claim: string): DeadlineSections {
  if (claim === ALL) return s;
  const keep = <R extends { claim: string | null }>(rows: R[]) => rows.filter((r) => (r.claim ?? NONE) === claim);
  return { open: keep(s.open), needsDate: keep(s.needsDate), check: keep(s.check), passed: keep(s.passed), closed: keep(s.closed) };
}

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ComponentChildren }) {
  if (!count) return null;
  return (
    <section class="pp-section" aria-labelledby={`${id}-h`} data-section={id}>
      <h2 class="pp-section-title" id={`${id}-h`}>{title} <span class="pp-section-count">{count}</span></h2>
      <ul class="pp-rows">{children}</ul>
    </section>
  );
}

export function AllDeadlines({ tracked, ctx, store, calendar, now, onAdd, added }: AllDeadlinesProps) {
  const { language: lang } = ctx;
  const [claim, setClaim] = useState(ALL);
  const [showClosed, setShowClosed] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [toast, setToast] = useState<{ id: string; text: string; previous: NoticeStatus } | null>(null);
  const all = useMemo(() => deadlineSections(tracked, ctx), [tracked, ctx]);
  const claims = claimsOf([...all.open, ...all.needsDate, ...all.check, ...all.passed, ...all.closed]);
  const shown = filterSections(all, claim);
  const attention = shown.needsDate.length + shown.check.length;
  const total = shown.open.length + attention + shown.passed.length + (showClosed ? shown.closed.length : 0);

  const setStatus = (tr: TrackedNotice, status: NoticeStatus, title: string) => {
    const previous = tr.status;
    void store.updateTracked(tr.id, { status });
    setToast(status === 'open' ? null : {
      id: tr.id, previous,
      text: t(status === 'done' ? 'popup.all.marked_done' : 'popup.all.marked_dismissed', lang, { title }),
    });
  };
  const correct = (tr: TrackedNotice, patch: NoticeCorrection) =>
    void store.updateTracked(tr.id, { corrections: mergeCorrections(tr.corrections, patch) });

  useEffect(() => {
    if (added) document.querySelector('.pp-row.pp-new')?.scrollIntoView?.({ block: 'nearest' });
  }, [added]);
  const addButton = onAdd ? (
    <button type="button" class="cc-button cc-secondary pp-add-open" onClick={onAdd}>
      <span aria-hidden="true">+ </span>{t('popup.add.button', lang)}
    </button>
  ) : null;
  const everyRow: DeadlineRow[] = [...all.open, ...all.check, ...all.passed, ...all.closed];
  const addedRow = added ? everyRow.find((r) => r.tracked.id === added.id) ?? all.needsDate.find((r) => r.tracked.id === added.id) : undefined;

  if (everyRow.length === 0 && all.needsDate.length === 0) {
    return <EmptyState title={t('popup.all.empty', lang)} hint={t('popup.all.empty_hint', lang)}>{addButton}</EmptyState>;
  }

  const item = (r: DeadlineRow, passed = false) => {
    const key = rowKey(r);
    return (
      <DeadlineRowItem key={key} row={r} ctx={ctx} now={now} calendar={calendar} passed={passed} isNew={added?.id === r.tracked.id}
        open={open === key} onToggle={() => setOpen(open === key ? null : key)}
        onStatus={(status) => setStatus(r.tracked, status, r.deadline.title[lang])} onCorrect={(patch) => correct(r.tracked, patch)} />
    );
  };
  const exported = [...shown.open, ...shown.check, ...shown.passed, ...(showClosed ? shown.closed : [])];

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
      <p class="pp-summary" data-total={total}>
        {t('popup.all.summary', lang, { open: shown.open.length, attention, passed: shown.passed.length })}
      </p>
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
      <Section id="open" title={t('popup.all.section_open', lang)} count={shown.open.length}>
        {shown.open.map((r) => item(r))}
      </Section>
      <Section id="attention" title={t('popup.all.section_attention', lang)} count={attention}>
        {shown.needsDate.map((r) => (
          <NeedsDateItem key={`${r.tracked.id}:needs`} row={r} ctx={ctx} onCorrect={(patch) => correct(r.tracked, patch)}
            onStatus={(status) => setStatus(r.tracked, status, noticeHeading(r.notice, lang))} />
        ))}
        {shown.check.map((r) => item(r))}
      </Section>
      {shown.passed.length ? (
        <details class="pp-section pp-passed-section" data-section="passed">
          <summary class="pp-section-title">{t('popup.all.section_passed', lang)} <span class="pp-section-count">{shown.passed.length}</span></summary>
          <ul class="pp-rows">{shown.passed.map((r) => item(r, true))}</ul>
        </details>
      ) : null}
      {showClosed ? (
        <Section id="closed" title={t('popup.all.section_closed', lang)} count={shown.closed.length}>
          {shown.closed.map((r) => item(r))}
        </Section>
      ) : null}
      {exported.length ? (
        <button type="button" class="cc-button pp-export-all" onClick={() => {
          const items = exported.map(calendarItem);
          downloadText(calendar.ics(items, lang), icsFilename(items));
        }}>{t('popup.all.export_all', lang)}</button>
      ) : null}
    </div>
  );
}

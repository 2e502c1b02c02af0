// "Add a notice by hand": a paper letter or a notice detection missed. The form offers the dates the kind's rules start
// from (read from the rule pack), previews the deadlines with the shared NoticeCard as the user types, and saves the
// notice as tracked (open) through the store.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Deadline, Notice, Outcome, ServiceMethod } from '../model';
import { SERVICE_METHODS } from '../model';
import type { UserContext } from '../app/context';
import { deadlinesFor, withDefaults } from '../app/deadlines';
import { t, type MessageKey } from '../i18n';
import { DateField } from '../components/DateField';
import { NoticeCard } from '../components/NoticeCard';
import type { Now } from '../components/time';
import {
  MANUAL_KINDS, dateWarning, draftDates, draftToNotice, emptyDraft, manualRoles, outcomesFor,
  type ManualDraft, type ManualKind,
} from '../app/manual';

export interface AddNoticeProps {
  /** The user's settings, rule packs and today: the preview's deadlines come from it. */
  ctx: UserContext;
  now: Now;
  /** Stores the notice (UiStore.addManualNotice); resolves to its id. */
  save(notice: Notice, title: string): Promise<string>;
  onSaved(id: string, title: string): void;
  onCancel(): void;
  onOpenSettings(): void;
}

const DEFAULT_OUTCOME: Partial<Record<ManualKind, Outcome>> = { ur_decision: 'denied', imr_determination: 'upheld' };

function preview(notice: Notice, ctx: UserContext): { notice: Notice; deadlines: Deadline[] } {
  const shown = withDefaults(notice, ctx.settings);
  try {
    return { notice: shown, deadlines: deadlinesFor(shown, ctx) };
  } catch (err) {
    console.error('ClaimClock: preview failed', err); // never crash the form: show no deadline instead
    return { notice: shown, deadlines: [] };
  }
}

export function AddNotice({ ctx, now, save, onSaved, onCancel, onOpenSettings }: AddNoticeProps) {
  const { settings, ruleset, language: lang } = ctx;
  const [draft, setDraft] = useState<ManualDraft>(emptyDraft);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const firstDate = useRef<HTMLInputElement | null>(null);
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => heading.current?.focus(), []); // a screen reader hears where it is; Tab goes on to the first field
  const today = ctx.today;
  const roles = useMemo(() => manualRoles(draft.kind, ruleset), [draft.kind, ruleset]);
  const outcomes = outcomesFor(draft.kind);
  const notice = useMemo(() => draftToNotice(draft, roles), [draft, roles]);
  const hasDate = Object.keys(draftDates(draft, roles)).length > 0;
  const shown = useMemo(() => preview(notice, ctx), [notice, ctx]);
  const nothing = hasDate && shown.deadlines.length === 0;
  const datesError = submitted && !hasDate;

  const set = (patch: Partial<ManualDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaveError(null);
  };
  const setDate = (role: string, value: string) => {
    setDraft((d) => ({ ...d, dates: { ...d.dates, [role]: value } }));
    setSaveError(null);
  };
  const represented = settings.profile.represented === null ? 'unknown' : settings.profile.represented ? 'yes' : 'no';

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (!hasDate) {
      // Focus the first date, with the fieldset's legend and hint in view (not the input at the very edge).
      firstDate.current?.focus({ preventScroll: true });
      firstDate.current?.closest('fieldset')?.scrollIntoView?.({ block: 'start' });
      return;
    }
    if (nothing || saving) return;
    setSaving(true);
    try {
      const title = draft.title.trim();
      const id = await save(notice, title);
      onSaved(id, title);
    } catch (err) {
      setSaveError(t('popup.add.save_error', lang, { message: err instanceof Error ? err.message : String(err) }));
      setSaving(false);
    }
  };

  return (
    <form class="pp-add" aria-labelledby="add-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="add-title" class="pp-add-title" tabIndex={-1} ref={heading}>{t('popup.add.title', lang)}</h2>
      <p class="pp-add-intro">{t('popup.add.intro', lang)}</p>
      <div class="cc-fields">
        <div class="cc-field">
          <label for="add-kind">{t('popup.add.kind', lang)}</label>
          <select id="add-kind" value={draft.kind} onChange={(e) => {
            const kind = e.currentTarget.value as ManualKind;
            set({ kind, outcome: DEFAULT_OUTCOME[kind] ?? null });
          }}>
            {MANUAL_KINDS.map((k) => <option key={k} value={k}>{t(`popup.add.kind.${k}`, lang)}</option>)}
          </select>
        </div>
        {outcomes.length ? (
          <div class="cc-field">
            <label for="add-outcome">{t('popup.add.outcome', lang)}</label>
            <select id="add-outcome" value={draft.outcome ?? ''} onChange={(e) => set({ outcome: e.currentTarget.value as Outcome })}>
              {outcomes.map((o) => <option key={o} value={o}>{t(`popup.add.outcome.${o}` as MessageKey, lang)}</option>)}
            </select>
          </div>
        ) : null}
        <fieldset class="pp-add-dates" aria-describedby={datesError ? 'add-dates-hint add-dates-error' : 'add-dates-hint'}>
          <legend>{t('popup.add.dates', lang)}</legend>
          <p id="add-dates-hint" class="cc-hint">{t('popup.add.dates_hint', lang)}</p>
          <div class="pp-add-date-grid">
            {roles.map((role, i) => {
              const value = draft.dates[role] ?? '';
              const warning = dateWarning(value, today);
              return (
                <DateField
                  key={role}
                  id={`add-date-${role}`}
                  role={role}
                  lang={lang}
                  value={value}
                  inputRef={i === 0 ? firstDate : undefined}
                  invalid={datesError}
                  note={warning ? { text: t(`popup.add.warn_${warning}`, lang), class: 'pp-add-warning' } : null}
                  onValue={(v) => setDate(role, v)}
                />
              );
            })}
          </div>
          {datesError ? <p id="add-dates-error" class="pp-add-error" role="alert">{t('popup.add.dates_required', lang)}</p> : null}
        </fieldset>
        <div class="cc-field">
          <label for="add-service">{t('popup.add.service', lang)}</label>
          <select id="add-service" value={draft.serviceMethod ?? 'unknown'} onChange={(e) => {
            const v = e.currentTarget.value;
            set({ serviceMethod: v === 'unknown' ? null : (v as NonNullable<ServiceMethod>) });
          }}>
            {SERVICE_METHODS.map((m) => <option key={m} value={m}>{t(`service.${m}`, lang)}</option>)}
            <option value="unknown">{t('popup.add.service_unknown', lang)}</option>
          </select>
        </div>
        {draft.kind === 'ur_decision' ? (
          <div class="pp-add-checks">
            <label class="pp-check">
              <input type="checkbox" checked={draft.expedited} onChange={(e) => set({ expedited: e.currentTarget.checked })} />
              <span>{t('popup.add.expedited', lang)}</span>
            </label>
            <label class="pp-check">
              <input type="checkbox" checked={draft.medication} onChange={(e) => set({ medication: e.currentTarget.checked })} />
              <span>{t('popup.add.medication', lang)}</span>
            </label>
          </div>
        ) : null}
        <div class="cc-field">
          <label for="add-claim">{t('popup.add.claim', lang)}</label>
          <input id="add-claim" type="text" autocomplete="off" value={draft.claimNumber}
            onInput={(e) => set({ claimNumber: e.currentTarget.value })} />
        </div>
        <div class="cc-field">
          <label for="add-label">{t('popup.add.label', lang)}</label>
          <input id="add-label" type="text" autocomplete="off" maxLength={120} placeholder={t('popup.add.label_placeholder', lang)}
            value={draft.title} onInput={(e) => set({ title: e.currentTarget.value })} />
        </div>
      </div>
      <p class="pp-add-rep">
        {t(`popup.add.represented.${represented}`, lang)}{' '}
        <button type="button" class="cc-button cc-quiet" onClick={onOpenSettings}>{t('popup.add.change_settings', lang)}</button>
      </p>
      <section class="pp-add-preview" aria-labelledby="add-preview-title">
        <h3 id="add-preview-title" class="pp-add-subhead">{t('popup.add.preview', lang)}</h3>
        {hasDate ? (
          <NoticeCard notice={shown.notice} deadlines={shown.deadlines} lang={lang} ruleset={ruleset}
            countdown={settings.countdown} now={now} id="add-preview" headingLevel={3} />
        ) : <p class="pp-add-empty">{t('popup.add.preview_empty', lang)}</p>}
      </section>
      {nothing && submitted ? <p class="pp-add-error" role="alert">{t('popup.add.nothing_to_track', lang)}</p> : null}
      {saveError ? <p class="pp-add-error" role="alert">{saveError}</p> : null}
      <div class="pp-add-actions">
        <button type="submit" class="cc-button" disabled={saving}>{t(saving ? 'popup.add.saving' : 'popup.add.save', lang)}</button>
        <button type="button" class="cc-button cc-secondary" onClick={onCancel}>{t('common.cancel', lang)}</button>
      </div>
    </form>
  );
}

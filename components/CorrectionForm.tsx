// Inline correction of a notice's dates and facts; every change is reported at once as a patch.
import type { DateRole, Language, Notice } from '../model';
import { dateNoteText } from '../i18n/date-notes';
import { SERVICE_METHODS } from '../model';
import { t } from '../i18n';
import type { NoticeCorrection } from '../app/corrections';
import { DateField } from './DateField';

export interface CorrectionFormProps {
  notice: Notice;
  lang: Language;
  onCorrect: (patch: NoticeCorrection) => void;
  /** Date roles to offer even when the notice has no such date (e.g. received_date). */
  extraRoles?: DateRole[];
  idPrefix: string;
}

const DEFAULT_EXTRA: DateRole[] = ['received_date'];

export function CorrectionForm({ notice, lang, onCorrect, extraRoles = DEFAULT_EXTRA, idPrefix }: CorrectionFormProps) {
  const roles = [...new Set([...(Object.keys(notice.dates) as DateRole[]), ...extraRoles])];
  const represented = notice.represented === null ? 'unknown' : notice.represented ? 'yes' : 'no';
  return (
    <details class="cc-correct">
      <summary>{t('card.correct', lang)}</summary>
      <p class="cc-hint">{t('card.correct_hint', lang)}</p>
      <div class="cc-fields">
        {roles.map((role) => {
          const note = dateNoteText(notice, role, lang);
          return (
            <DateField
              key={role}
              id={`${idPrefix}-${role}`}
              role={role}
              lang={lang}
              value={notice.dates[role] ?? ''}
              note={note ? { text: t('card.uncertain_date', lang, { note }), class: 'cc-uncertain' } : null}
              onValue={(v) => {
                if (/^\d{4}-\d{2}-\d{2}$/.test(v) && v !== notice.dates[role]) onCorrect({ dates: { [role]: v } });
              }}
            />
          );
        })}
        <div class="cc-field">
          <label for={`${idPrefix}-service`}>{t('card.service_method', lang)}</label>
          <select
            id={`${idPrefix}-service`}
            value={notice.serviceMethod ?? 'unknown'}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onCorrect({ serviceMethod: v === 'unknown' ? null : (v as NonNullable<Notice['serviceMethod']>) });
            }}
          >
            <option value="unknown">{t('service.unknown', lang)}</option>
            {SERVICE_METHODS.map((m) => (
              <option key={m} value={m}>{t(`service.${m}`, lang)}</option>
            ))}
          </select>
        </div>
        <div class="cc-field">
          <label for={`${idPrefix}-represented`}>{t('card.represented', lang)}</label>
          <select
            id={`${idPrefix}-represented`}
            value={represented}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onCorrect({ represented: v === 'unknown' ? null : v === 'yes' });
            }}
          >
            <option value="unknown">{t('card.represented_unknown', lang)}</option>
            <option value="yes">{t('common.yes', lang)}</option>
            <option value="no">{t('common.no', lang)}</option>
          </select>
        </div>
      </div>
    </details>
  );
}

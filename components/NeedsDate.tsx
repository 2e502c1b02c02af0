// "Needs a date": a deadline of this notice starts from a date that was not found. The card asks for it (one date
// field per role it can start from) instead of saying no deadline applies (issue 11).
import { useState } from 'preact/hooks';
import type { DateRole, Language } from '../model';
import { t } from '../i18n';
import { DateField } from './DateField';

export interface NeedsDateProps {
  roles: DateRole[];
  lang: Language;
  /** A complete date for a role; absent: the notice is shown but cannot be changed here. */
  onDate?: (role: DateRole, date: string) => void;
  idPrefix: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function NeedsDate({ roles, lang, onDate, idPrefix }: NeedsDateProps) {
  const [values, setValues] = useState<Partial<Record<DateRole, string>>>({});
  return (
    <div class="cc-needs-date" role="group" aria-labelledby={`${idPrefix}-title`} data-needs-date>
      <p class="cc-check-title" id={`${idPrefix}-title`}><strong>{t('needs_date.title', lang)}</strong></p>
      <p class="cc-needs-hint">{t('needs_date.hint', lang)}</p>
      {onDate ? (
        <div class="cc-fields">
          {roles.map((role) => (
            <div class="cc-needs-row" key={role}>
              <DateField id={`${idPrefix}-${role}`} role={role} lang={lang} value={values[role] ?? ''}
                onValue={(v) => setValues((old) => ({ ...old, [role]: v }))} />
              <button type="button" class="cc-button" disabled={!ISO.test(values[role] ?? '')}
                onClick={() => onDate(role, values[role]!)}>{t('common.save', lang)}</button>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

// One labelled date input for a date role, with an optional note under it (an uncertain reading, a warning).
// Shared by the correction form on every notice card and the "add a notice by hand" form.
import type { Ref } from 'preact';
import type { DateRole, Language } from '../model';
import { roleLabel } from '../i18n/labels';

export interface DateFieldProps {
  id: string;
  role: DateRole;
  lang: Language;
  value: string;
  /** Called with the input's value on every input and change event. */
  onValue(value: string): void;
  note?: { text: string; class: string } | null;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function DateField({ id, role, lang, value, onValue, note, invalid, inputRef }: DateFieldProps) {
  return (
    <div class="cc-field">
      <label for={id}>{roleLabel(role, lang)}</label>
      <input
        id={id}
        type="date"
        data-role={role}
        value={value}
        ref={inputRef}
        aria-invalid={invalid || undefined}
        aria-describedby={note ? `${id}-note` : undefined}
        onInput={(e) => onValue(e.currentTarget.value)}
        onChange={(e) => onValue(e.currentTarget.value)}
      />
      {note ? <small id={`${id}-note`} class={note.class}>{note.text}</small> : null}
    </div>
  );
}

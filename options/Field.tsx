// Small labelled form controls for the options page.
import type { ComponentChildren } from 'preact';

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="op-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

export function Radios<T extends string>(props: {
  name: string; legend: string; value: T; options: { value: T; label: string }[]; onChange: (v: T) => void;
}) {
  return (
    <fieldset class="op-radios">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} class="op-radio">
          <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function Select<T extends string>(props: {
  id: string; label: string; value: T; options: { value: T; label: string }[]; onChange: (v: T) => void;
}) {
  return (
    <div class="op-field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** A file input that hands the chosen file's text to onText. */
export function FileButton({ id, label, accept, onText }: { id: string; label: string; accept: string; onText: (text: string) => void }) {
  return (
    <div class="op-file">
      <label for={id}>{label}</label>
      <input id={id} type="file" accept={accept} onChange={async (e) => {
        const input = e.currentTarget;
        const file = input.files?.[0];
        if (file) onText(await file.text());
        input.value = '';
      }} />
    </div>
  );
}

// Options: your situation, display and reminders. Every change is saved at once.
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../model';
import type { Settings } from '../storage/types';
import { t } from '../i18n';
import { Radios, Section, Select } from './Field';
import type { OptionsDeps } from './deps';

export interface SettingsProps {
  settings: Settings;
  lang: Language;
  save: (patch: Partial<Settings>) => void;
}

export interface DisplayProps extends SettingsProps {
  pdfRedirect: OptionsDeps['pdfRedirect'];
}

const representedValue = (r: boolean | null) => (r === null ? 'unknown' : r ? 'yes' : 'no');

export function SituationSection({ settings, lang, save }: SettingsProps) {
  return (
    <Section id="you" title={t('options.section.you', lang)}>
      <Radios
        name="represented"
        legend={t('options.represented', lang)}
        value={representedValue(settings.profile.represented)}
        options={[
          { value: 'yes', label: t('options.represented.yes', lang) },
          { value: 'no', label: t('options.represented.no', lang) },
          { value: 'unknown', label: t('options.represented.unknown', lang) },
        ]}
        onChange={(v) => save({ profile: { ...settings.profile, represented: v === 'unknown' ? null : v === 'yes' } })}
      />
      <Radios
        name="region"
        legend={t('options.region', lang)}
        value={settings.profile.addressRegion}
        options={(['ca', 'us', 'abroad'] as const).map((r) => ({ value: r, label: t(`region.${r}`, lang) }))}
        onChange={(addressRegion) => save({ profile: { ...settings.profile, addressRegion } })}
      />
      <Select
        id="service"
        label={t('options.service', lang)}
        value={settings.defaultServiceMethod}
        options={(['unknown', 'mail', 'fax', 'email', 'personal'] as const).map((m) => ({ value: m, label: t(`service.${m}`, lang) }))}
        onChange={(defaultServiceMethod) => save({ defaultServiceMethod })}
      />
    </Section>
  );
}

export function DisplaySection({ settings, lang, save, pdfRedirect }: DisplayProps) {
  // on only when the setting is on and the browser granted the permission it needs
  const [granted, setGranted] = useState(false);
  useEffect(() => void pdfRedirect.granted().then(setGranted, () => setGranted(false)), [pdfRedirect]);
  const togglePdf = (on: boolean) => {
    if (!on) {
      save({ pdfViewer: false });
      void pdfRedirect.release().then(() => setGranted(false));
      return;
    }
    void pdfRedirect.request().then((ok) => {
      setGranted(ok);
      if (ok) save({ pdfViewer: true });
    });
  };
  return (
    <Section id="display" title={t('options.section.display', lang)}>
      <Select
        id="language"
        label={t('options.language', lang)}
        value={settings.language}
        options={(['auto', 'en', 'es'] as const).map((l) => ({ value: l, label: t(`options.language.${l}`, lang) }))}
        onChange={(language) => save({ language })}
      />
      <Radios
        name="countdown"
        legend={t('options.countdown', lang)}
        value={settings.countdown}
        options={[
          { value: 'safe', label: t('options.countdown.safe', lang) },
          { value: 'latest', label: t('options.countdown.latest', lang) },
        ]}
        onChange={(countdown) => save({ countdown })}
      />
      <label class="op-check">
        <input
          type="checkbox"
          checked={settings.pdfViewer && granted}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            e.currentTarget.checked = settings.pdfViewer && granted; // shown on once the browser granted it
            togglePdf(on);
          }}
        />
        <span>{t('options.pdf_viewer', lang)}</span>
      </label>
      <p class="op-muted">{t('options.pdf_viewer_hint', lang)}</p>
    </Section>
  );
}

/** "7, 3, 1, 0" → [7, 3, 1, 0] (deduplicated, largest first), or null when invalid. */
export function parseLeadDays(text: string): number[] | null {
  const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (!parts.length || parts.some((p) => !/^\d{1,2}$/.test(p) || Number(p) > 60)) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

export function RemindersSection({ settings, lang, save }: SettingsProps) {
  const [text, setText] = useState(settings.reminderLeadDays.join(', '));
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const days = parseLeadDays(text);
    setInvalid(days === null);
    if (days) {
      save({ reminderLeadDays: days });
      setText(days.join(', '));
    }
  };
  return (
    <Section id="reminders" title={t('options.section.reminders', lang)}>
      <div class="op-field">
        <label for="lead-days">{t('options.reminders', lang)}</label>
        <input
          id="lead-days"
          type="text"
          inputMode="numeric"
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'lead-days-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
          onChange={commit}
        />
        {invalid ? <p id="lead-days-error" class="op-error" role="alert">{t('options.reminders.invalid', lang)}</p> : null}
      </div>
    </Section>
  );
}

// The options page: every setting saved at once, in the language the user chose.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../storage/types';
import { resolveLanguage, t } from '../i18n';
import { DataSection, HealthSection, RulesSection, SitesSection } from './DataSections';
import type { OptionsDeps } from './deps';
import { DisplaySection, RemindersSection, SituationSection } from './SettingsSections';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; settings: Settings };

export function App({ deps }: { deps: OptionsDeps }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [version, setVersion] = useState(0);
  const { store } = deps;

  useEffect(() => {
    store.getSettings().then(
      (settings) => setState({ kind: 'ready', settings }),
      (err: unknown) => setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return store.watchSettings((settings) => setState({ kind: 'ready', settings }));
  }, [store, version]);

  const lang = resolveLanguage(state.kind === 'ready' ? state.settings.language : 'auto', deps.browserLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options.title', lang);
  }, [lang]);
  const notify = (text: string, error = false) => setStatus({ text, error });

  if (state.kind === 'loading') return <p class="op-state" role="status">{t('common.loading', lang)}</p>;
  if (state.kind === 'error') return <p class="op-state op-error" role="alert">{t('common.error', lang, { message: state.message })}</p>;

  const save = (patch: Partial<Settings>) => {
    setState({ kind: 'ready', settings: { ...state.settings, ...patch } });
    notify(t('options.saving', lang)); // "Saved" only once the write is done
    store.saveSettings(patch).then(() => notify(t('options.saved', lang)), (e: Error) => notify(e.message, true));
  };
  const props = { settings: state.settings, lang, save };
  return (
    <div class="op">
      <header class="op-header">
        <h1>{t('options.title', lang)}</h1>
        <p class="op-muted">{t('app.disclaimer', lang)}</p>
      </header>
      <div class={`op-status${status?.error ? ' op-status-error' : ''}`} role="status" aria-live="polite">{status?.text ?? ''}</div>
      <main>
        <SituationSection {...props} />
        <DisplaySection {...props} pdfRedirect={deps.pdfRedirect} />
        <RemindersSection key={state.settings.reminderLeadDays.join(',')} {...props} />
        <RulesSection store={store} lang={lang} notify={notify} />
        <SitesSection deps={deps} lang={lang} notify={notify} />
        <DataSection deps={deps} lang={lang} notify={notify} onChanged={() => setVersion((v) => v + 1)} />
        <HealthSection store={store} lang={lang} version={version} />
      </main>
    </div>
  );
}

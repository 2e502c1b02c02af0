// Options: rule packs, allowed sites, export / import / delete all data, storage health.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../model';
import { t, tCount } from '../i18n';
import type { RulePackSummary, StorageHealthReport, UiStore } from '../app/store';
import { FileButton, Section } from './Field';
import type { OptionsDeps } from './deps';

type Notify = (text: string, error?: boolean) => void;
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function RulesSection({ store, lang, notify }: { store: UiStore; lang: Language; notify: Notify }) {
  const [packs, setPacks] = useState<RulePackSummary[] | null>(null);
  const reload = () => void store.getRulePackInfo().then(setPacks, (e) => notify(message(e), true));
  useEffect(reload, [store]);
  return (
    <Section id="rules" title={t('options.section.rules', lang)}>
      <p class="op-label">{t('options.rules.version', lang)}</p>
      {packs === null ? <p>{t('common.loading', lang)}</p> : (
        <ul class="op-list" aria-label={t('options.rules.version', lang)}>
          {packs.map((p) => (
            <li key={p.id} data-pack={p.id}>
              <strong>{p.name[lang]}</strong> <span class="op-muted">v{p.version}{p.asOf ? ` · ${p.asOf}` : ''}{p.imported ? ' · ★' : ''}</span>
            </li>
          ))}
        </ul>
      )}
      <div class="op-row">
        <FileButton id="rule-pack" label={t('options.rules.import', lang)} accept=".json,application/json" onText={(text) =>
          void store.importRulePack(text).then(
            (p) => { notify(t('options.rules.imported', lang, { name: p.name[lang], version: p.version })); reload(); },
            (e) => notify(message(e), true),
          )} />
        <button type="button" class="cc-button cc-secondary" onClick={() =>
          void store.resetRulePack().then(() => { notify(t('options.rules.reset_done', lang)); reload(); }, (e) => notify(message(e), true))}>
          {t('options.rules.reset', lang)}
        </button>
      </div>
    </Section>
  );
}

export function SitesSection({ deps, lang, notify }: { deps: OptionsDeps; lang: Language; notify: Notify }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const reload = () => void deps.store.listAllowedSites().then(setSites, (e) => notify(message(e), true));
  useEffect(reload, [deps]);
  const remove = async (origin: string) => {
    try {
      await deps.disallowSite(origin);
      await deps.store.removeAllowedSite(origin);
    } catch (e) {
      notify(message(e), true);
    }
    reload();
  };
  return (
    <Section id="sites" title={t('options.section.sites', lang)}>
      {sites === null ? <p>{t('common.loading', lang)}</p> : sites.length === 0 ? <p class="op-muted">{t('options.sites.none', lang)}</p> : (
        <ul class="op-list">
          {sites.map((s) => (
            <li key={s} class="op-site">
              <span>{s}</span>
              <button type="button" class="cc-button cc-secondary" aria-label={t('options.sites.remove', lang, { site: s })} onClick={() => void remove(s)}>
                {t('options.sites.remove', lang, { site: '' }).trim()}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function DataSection({ deps, lang, notify, onChanged }: { deps: OptionsDeps; lang: Language; notify: Notify; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (confirming) cancelRef.current?.focus(); }, [confirming]);
  const { store } = deps;
  return (
    <Section id="data" title={t('options.section.data', lang)}>
      <p class="op-muted">{t('options.data.hint', lang)}</p>
      <div class="op-row">
        <button type="button" class="cc-button" onClick={() =>
          void store.exportAll().then((json) => deps.download(json, `claimclock-data-${new Date().toISOString().slice(0, 10)}.json`, 'application/json'),
            (e) => notify(message(e), true))}>
          {t('options.data.export', lang)}
        </button>
        <FileButton id="import-data" label={t('options.data.import', lang)} accept=".json,application/json" onText={(text) =>
          void store.importAll(text).then(() => { notify(t('options.data.imported', lang)); onChanged(); }, (e) => notify(message(e), true))} />
      </div>
      {confirming ? (
        <div class="op-confirm" role="alertdialog" aria-labelledby="delete-confirm-text">
          <p id="delete-confirm-text">{t('options.data.delete_confirm', lang)}</p>
          <div class="op-row">
            <button type="button" class="cc-button cc-danger" onClick={() => {
              setConfirming(false);
              void store.deleteAll().then(() => { notify(t('options.data.deleted', lang)); onChanged(); }, (e) => notify(message(e), true));
            }}>{t('options.data.delete', lang)}</button>
            <button type="button" ref={cancelRef} class="cc-button cc-secondary" onClick={() => setConfirming(false)}>{t('common.cancel', lang)}</button>
          </div>
        </div>
      ) : (
        <button type="button" class="cc-button cc-danger op-delete" onClick={() => setConfirming(true)}>{t('options.data.delete', lang)}</button>
      )}
    </Section>
  );
}

export function HealthSection({ store, lang, version }: { store: UiStore; lang: Language; version: number }) {
  const [health, setHealth] = useState<StorageHealthReport | null | 'error'>(null);
  useEffect(() => void store.storageHealth().then(setHealth, () => setHealth('error')), [store, version]);
  return (
    <Section id="health" title={t('options.section.health', lang)}>
      {health === null ? <p>{t('common.loading', lang)}</p> : health === 'error' ? <p>{t('options.health.unavailable', lang)}</p> : (
        <>
          <p class={health.quarantined.length ? 'op-warn' : 'op-ok'}>
            {health.quarantined.length
              ? tCount('options.health.quarantined', health.quarantined.length, lang)
              : tCount('options.health.ok', health.tracked ?? 0, lang)}
          </p>
          {health.quarantined.length ? (
            <ul class="op-list">
              {health.quarantined.map((q) => <li key={q.key}><code>{q.key}</code>: <span lang="en">{q.reason}</span></li>)}
            </ul>
          ) : null}
        </>
      )}
    </Section>
  );
}

// The popup: "This page" and "All deadlines" tabs, in the user's language; either tab can open "Add a notice by hand".
import { useMemo, useRef, useState } from 'preact/hooks';
import { resolveLanguage, t } from '../i18n';
import { userContext, type UserContext } from '../app/context';
import { deadlineSections, openCount as countOpen } from '../app/tracked';
import { useNow } from '../components/time';
import { AddNotice } from './AddNotice';
import { AllDeadlines, type AddedNotice } from './AllDeadlines';
import type { PopupDeps } from './deps';
import { PageView } from './PageView';
import { ErrorState, LoadingState } from './States';
import { usePopupData } from './usePopupData';

type Tab = 'page' | 'all';
const TABS: Tab[] = ['page', 'all'];

export function App({ deps, initialTab = 'page' }: { deps: PopupDeps; initialTab?: Tab }) {
  const [data, retry, refreshTracked] = usePopupData(deps.store);
  const [tab, setTab] = useState<Tab>(initialTab);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<AddedNotice | null>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ page: null, all: null });
  const lang = resolveLanguage(data.state === 'ready' ? data.value.settings.language : 'auto', deps.browserLanguage);
  document.documentElement.lang = lang;
  const now = useNow(deps.now);
  const ready = data.state === 'ready' ? data.value : null;
  const day = now.toDateString();
  // one context for every card and row in the popup: the same settings, rule packs and today
  const ctx = useMemo<UserContext | null>(
    () => (ready ? userContext(ready.settings, ready.ruleset, { now, browserLanguage: deps.browserLanguage }) : null),
    [ready?.settings, ready?.ruleset, day, deps.browserLanguage],
  );

  const show = (next: Tab) => {
    setTab(next);
    setAdding(false);
    setAdded(null);
  };
  const startAdding = () => {
    setAdding(true);
    setAdded(null);
  };
  const onSaved = (id: string, title: string) => {
    // The store's watcher also reports the new record; re-reading makes sure it is in the list the moment it shows.
    void refreshTracked().then(() => {
      setTab('all');
      setAdding(false);
      setAdded({ id, title });
      tabRefs.current.all?.focus();
    });
  };

  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : null;
    if (!next) return;
    e.preventDefault();
    show(next);
    tabRefs.current[next]?.focus();
  };
  // the rows All deadlines lists for open notices (its sections add up to this)
  const openCount = useMemo(() => (ready && ctx ? countOpen(deadlineSections(ready.tracked, ctx)) : 0), [ready?.tracked, ctx]);

  return (
    <div class="pp">
      <header class="pp-header">
        <h1 class="pp-title">
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><circle cx="12" cy="13" r="8.5" fill="#0b57d0" /><path d="M12 8.5V13l3 2" stroke="#fff" stroke-width="2" fill="none" stroke-linecap="round" /></svg>
          {t('app.name', lang)}
        </h1>
        <button type="button" class="cc-button cc-quiet" onClick={() => deps.tabs.openOptions()}>{t('popup.options', lang)}</button>
      </header>
      <div class="pp-tabs" role="tablist" aria-label={t('app.name', lang)} onKeyDown={onKey}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            ref={(el) => void (tabRefs.current[id] = el)}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            class="pp-tab"
            onClick={() => show(id)}
          >
            {t(id === 'page' ? 'popup.tab.page' : 'popup.tab.all', lang)}
            {id === 'all' && openCount ? <span class="pp-badge">{openCount}</span> : null}
          </button>
        ))}
      </div>
      <main class="pp-main"><div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="pp-panel">
        {data.state === 'loading' ? <LoadingState text={t('common.loading', lang)} /> : null}
        {data.state === 'error' ? <ErrorState message={data.message} lang={lang} onRetry={retry} /> : null}
        {ctx && adding ? (
          <AddNotice ctx={ctx} now={deps.now}
            save={(notice, title) => deps.store.addManualNotice(notice, title)} onSaved={onSaved}
            onCancel={() => {
              setAdding(false);
              tabRefs.current[tab]?.focus();
            }} onOpenSettings={() => deps.tabs.openOptions()} />
        ) : null}
        {ctx && !adding && tab === 'page' ? <PageView tabs={deps.tabs} ctx={ctx} now={deps.now} onAdd={startAdding} /> : null}
        {ctx && ready && !adding && tab === 'all' ? (
          <AllDeadlines tracked={ready.tracked} ctx={ctx} store={deps.store} calendar={deps.calendar} now={deps.now} onAdd={startAdding} added={added} />
        ) : null}
      </div></main>
      <footer class="pp-footer">{t('app.disclaimer', lang)}</footer>
    </div>
  );
}

// "This page": the notices found in the current tab, or a way to scan it; PDFs can open in ClaimClock's viewer.
import { useEffect, useState } from 'preact/hooks';
import type { Notice } from '../model';
import type { NoticeCorrection } from '../app/corrections';
import type { UserContext } from '../app/context';
import type { PageNotices } from '../messaging/protocol';
import { t, tCount } from '../i18n';
import { NoticeCard } from '../components/NoticeCard';
import { useCorrectedNotice } from '../components/useCorrectedNotice';
import { useStoredCorrections } from '../components/useStoredCorrections';
import type { Now } from '../components/time';
import { isPdfTab, isReadableUrl, siteOf, type ActiveTab, type TabBridge } from './deps';
import { EmptyState, ErrorState, LoadingState } from './States';

type PageState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'unsupported'; tab: ActiveTab }
  | { kind: 'not-scanned'; tab: ActiveTab }
  | { kind: 'scanning'; tab: ActiveTab }
  | { kind: 'error'; tab: ActiveTab | null; message: string }
  | { kind: 'ready'; tab: ActiveTab; page: PageNotices };

export interface PageViewProps {
  tabs: TabBridge;
  /** The user's settings, rule packs and today: every card's deadlines come from it (app/deadlines.ts). */
  ctx: UserContext;
  now: Now;
  /** Opens "Add a notice by hand" (for a notice that was not found, or a paper letter). */
  onAdd?: () => void;
}

function PageNoticeCard({ notice, index, ctx, now, onStore, initial }: { notice: Notice; index: number; onStore?: (n: Notice, patch: NoticeCorrection) => void; initial?: NoticeCorrection } & Omit<PageViewProps, 'tabs' | 'onAdd'>) {
  const c = useCorrectedNotice(notice, { ctx, initial });
  return (
    <NoticeCard
      notice={c.notice}
      deadlines={c.deadlines}
      missing={c.missing}
      lang={ctx.language}
      onCorrect={(patch) => {
        c.correct(patch);
        onStore?.(notice, patch); // stored with the tracked notice: the badge and All deadlines follow
      }}
      ruleset={ctx.ruleset}
      countdown={ctx.settings.countdown}
      now={now}
      id={`page-${index}`}
    />
  );
}

const NO_NOTICES: Notice[] = [];

export function PageView(props: PageViewProps) {
  const { tabs, onAdd } = props;
  const lang = props.ctx.language;
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [siteMessage, setSiteMessage] = useState<string | null>(null);
  const [siteAllowed, setSiteAllowed] = useState(false);
  // the dates the user already confirmed for this page's notices: the cards start from them (no second check)
  const stored = useStoredCorrections(state.kind === 'ready' ? state.page.url : null, state.kind === 'ready' ? state.page.notices : NO_NOTICES, tabs.storedCorrections);

  const load = async () => {
    setState({ kind: 'loading' });
    try {
      const tab = await tabs.activeTab();
      if (!tab) return setState({ kind: 'no-tab' });
      if (!isReadableUrl(tab.url)) return setState({ kind: 'unsupported', tab });
      if (isPdfTab(tab.url)) {
        // a PDF in the browser's viewer: read it at once (the toolbar click is the user's request)
        setState({ kind: 'scanning', tab });
        try {
          return setState({ kind: 'ready', tab, page: await tabs.readPdf(tab.id) });
        } catch (err) {
          return setState({ kind: 'error', tab, message: (err as Error).message });
        }
      }
      const page = await tabs.pageNotices(tab.id);
      setState(page ? { kind: 'ready', tab, page } : { kind: 'not-scanned', tab });
    } catch (err) {
      setState({ kind: 'error', tab: null, message: (err as Error).message });
    }
  };
  useEffect(() => void load(), [tabs]);

  const scan = async (tab: ActiveTab) => {
    setState({ kind: 'scanning', tab });
    try {
      setState({ kind: 'ready', tab, page: await tabs.scan(tab.id) });
    } catch (err) {
      setState({ kind: 'error', tab, message: (err as Error).message });
    }
  };

  const always = (origin: string) => {
    // Called straight from the click: permissions.request needs the user gesture.
    void tabs.allowSite(origin).then((r) => {
      const host = new URL(origin).hostname;
      if (r.ok) setSiteAllowed(true);
      setSiteMessage(r.ok ? t('popup.page.always_done', lang, { site: host }) : (r.error ?? t('popup.page.always_denied', lang)));
    });
  };

  const tab = 'tab' in state ? state.tab : null;
  const site = tab ? siteOf(tab.url) : null;
  useEffect(() => {
    if (site) void tabs.isSiteAllowed(site).then(setSiteAllowed, () => setSiteAllowed(false));
  }, [site]);
  const pdf = tab && isPdfTab(tab.url) ? (
    <div class="pp-callout">
      <p>{t('popup.page.pdf', lang)}</p>
      <button type="button" class="cc-button" onClick={() => tabs.openViewer(tab.url)}>{t('popup.page.open_viewer', lang)}</button>
    </div>
  ) : null;
  const siteControls = site && (state.kind === 'not-scanned' || state.kind === 'ready' || state.kind === 'error') ? (
    <div class="pp-site">
      {siteMessage ? <p role="status" class="pp-status">{siteMessage}</p> : siteAllowed ? (
        <p class="pp-status">{t('popup.page.always_done', lang, { site: new URL(site).hostname })}</p>
      ) : (
        <button type="button" class="cc-button cc-quiet" onClick={() => always(site)}>
          {t('popup.page.always', lang, { site: new URL(site).hostname })}
        </button>
      )}
    </div>
  ) : null;

  const addButton = (label: 'popup.add.not_found' | 'popup.add.missing' | 'popup.add.paper', cls = 'cc-button cc-secondary') =>
    onAdd ? <button type="button" class={cls} onClick={onAdd}>{t(label, lang)}</button> : null;

  switch (state.kind) {
    case 'loading':
      return <LoadingState text={t('popup.page.loading', lang)} />;
    case 'no-tab':
    case 'unsupported':
      return <EmptyState title={t('popup.page.unsupported', lang)}>{addButton('popup.add.not_found')}</EmptyState>;
    case 'scanning':
      return <LoadingState text={t('popup.page.scanning', lang)} />;
    case 'error':
      return (
        <>
          {pdf}
          <ErrorState message={state.message} lang={lang} onRetry={() => void load()} />
          {onAdd ? <div class="pp-site">{addButton('popup.add.paper', 'cc-button cc-quiet')}</div> : null}
          {siteControls}
        </>
      );
    case 'not-scanned':
      return (
        <>
          {pdf}
          <EmptyState title={t('popup.page.not_scanned', lang)} hint={t('popup.page.not_scanned_hint', lang)}>
            <button type="button" class="cc-button" onClick={() => void scan(state.tab)}>{t('popup.page.scan', lang)}</button>
          </EmptyState>
          {onAdd ? <div class="pp-site">{addButton('popup.add.paper', 'cc-button cc-quiet')}</div> : null}
          {siteControls}
        </>
      );
    case 'ready': {
      const { notices, error } = state.page;
      return (
        <>
          {pdf}
          {error ? <ErrorState message={error} lang={lang} /> : null}
          {error && notices.length === 0 ? <div class="pp-site">{addButton('popup.add.paper', 'cc-button cc-quiet')}</div> : null}
          {notices.length === 0 && !error ? (
            <EmptyState title={t('popup.page.none', lang)} hint={t('popup.page.none_hint', lang)}>{addButton('popup.add.not_found')}</EmptyState>
          ) : null}
          {notices.length ? (
            <p class="pp-count">{tCount('popup.page.found', notices.length, lang)}</p>
          ) : null}
          {notices.map((n, i) => (
            <PageNoticeCard key={`${i}${stored ? ':stored' : ''}`} notice={n} index={i} ctx={props.ctx} now={props.now}
              initial={stored?.[i] ?? undefined}
              onStore={tabs.correct && ((notice, patch) => void tabs.correct!(state.page.url, notice, patch).catch(() => {}))} />
          ))}
          {notices.length ? <div class="pp-site">{addButton('popup.add.missing', 'cc-button cc-quiet')}</div> : null}
          {siteControls}
        </>
      );
    }
  }
}

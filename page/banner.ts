// The in-page banner: fixed in a corner (never shifts the page), in a shadow root, keyboard reachable,
// collapsible and dismissible. Plain DOM: the content script stays small.
import type { Language } from '../model';
import { t } from '../i18n';
import { BANNER_MESSAGES } from './messages';
import type { NoticeSummary } from './summary';

export const BANNER_TAG = 'claimclock-banner';

export interface BannerLink {
  label: string;
  onActivate(): void;
}

export interface BannerModel {
  notices: NoticeSummary[];
  links: BannerLink[];
  language?: Language;
}

export interface Banner {
  readonly host: HTMLElement;
  render(model: BannerModel): void;
  remove(): void;
}

const CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: min(380px, calc(100vw - 32px)); }
.box { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 2px solid #0b5394; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 10px 12px; max-height: 60vh; overflow: auto; }
header { display: flex; align-items: center; gap: 6px; }
h2 { font-size: 14px; margin: 0; flex: 1; }
button { font: inherit; cursor: pointer; border: 1px solid #0b5394; background: #fff; color: #0b5394; border-radius: 4px; padding: 2px 8px; }
button:focus-visible { outline: 3px solid #f1c232; outline-offset: 1px; }
.count { font-size: 18px; font-weight: 700; color: #a61c00; }
.notice { margin-top: 8px; }
.notice p { margin: 2px 0; }
.small { font-size: 12px; color: #444; }
.help { font-weight: 600; }
ul { margin: 6px 0 0; padding-left: 18px; }
li button { border: none; padding: 0; text-decoration: underline; text-align: left; }
[hidden] { display: none !important; }
`;

export function createBanner(doc: Document = document, onDismiss: () => void = () => {}): Banner {
  const host = doc.createElement(BANNER_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('section');
  box.className = 'box';
  box.setAttribute('role', 'region');
  root.append(style, box);

  let collapsed = false;
  const h = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) => {
    const el = Object.assign(doc.createElement(tag), props);
    el.append(...kids);
    return el;
  };

  const dismiss = () => {
    host.remove();
    onDismiss();
  };
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      dismiss();
    }
  });

  const render = (model: BannerModel) => {
    const lang = model.language ?? 'en';
    const m = BANNER_MESSAGES[lang];
    host.lang = lang;
    box.setAttribute('aria-label', m.region);
    const toggle = h('button', { type: 'button', textContent: collapsed ? m.show : m.hide });
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggle.setAttribute('aria-controls', 'cc-body');
    const close = h('button', { type: 'button', textContent: '×' });
    close.setAttribute('aria-label', m.dismiss);
    close.addEventListener('click', dismiss);

    const first = model.notices[0];
    const title = first?.countdown ? `ClaimClock: ${first.countdown}` : 'ClaimClock';
    const status = h('div', { id: 'cc-status' }, title);
    status.setAttribute('role', 'status');
    const header = h('header', {}, h('h2', {}, status), toggle, close);

    const body = h('div', { id: 'cc-body', hidden: collapsed });
    for (const n of model.notices) {
      const block = h('div', { className: 'notice' }, h('p', {}, h('strong', {}, n.heading)), h('p', {}, n.action));
      if (n.countdown) block.append(h('p', { className: 'count' }, n.countdown));
      if (n.dates) block.append(h('p', {}, n.dates));
      if (n.help) block.append(h('p', { className: 'help' }, n.help));
      if (n.citation) block.append(h('p', { className: 'small' }, n.citation));
      body.append(block);
    }
    if (model.links.length) {
      const list = h('ul', {});
      list.setAttribute('aria-label', m.highlightedList);
      for (const link of model.links) {
        const b = h('button', { type: 'button', textContent: link.label });
        b.addEventListener('click', link.onActivate);
        list.append(h('li', {}, b));
      }
      body.append(h('p', { className: 'small' }, m.highlighted), list);
    }
    body.append(h('p', { className: 'small' }, `${t('app.disclaimer', lang)} ${m.more}`));
    toggle.addEventListener('click', () => {
      collapsed = !collapsed;
      body.hidden = collapsed;
      toggle.textContent = collapsed ? m.show : m.hide;
      toggle.setAttribute('aria-expanded', String(!collapsed));
    });
    box.replaceChildren(header, body);
    if (!host.isConnected) doc.documentElement.append(host);
  };

  return { host, render, remove: () => host.remove() };
}

// The in-page banner: a compact pill in a corner (fixed, never shifts or covers the page's text until the user opens
// it) that expands into the deadlines, can be moved (drag the grip, or arrow keys on it) and stays where it was put.
// In a shadow root, keyboard reachable, dismissible. A date that needs a check offers the dates on the page as
// choices (hovering or focusing one emphasises it on the page); a notice waiting for a date asks for it.
// Plain DOM: the content script stays small. The status colours are the popup's (components/theme.css).
import type { DateRole, Language } from '../model';
import type { DateChoice } from '../app/choices';
import { t } from '../i18n';
import THEME from '../components/theme.css?inline';
import type { NoticeSummary } from './summary';

export const BANNER_TAG = 'claimclock-banner';

export interface BannerLink {
  label: string;
  onActivate(): void;
}

/** What the banner shows of a notice (page/summary.ts); `index` is the notice's place in the scan's list. */
export type BannerNotice = Pick<NoticeSummary, 'heading' | 'action' | 'countdown' | 'dates' | 'citation' | 'daysLeft'>
  & Partial<Omit<NoticeSummary, 'heading' | 'action' | 'countdown' | 'dates' | 'citation' | 'daysLeft'>> & { index?: number };

export interface BannerModel {
  notices: BannerNotice[];
  links: BannerLink[];
  language?: Language;
  /** The user picked one of the dates on the page for a deadline that needs a check. */
  onChoose?(notice: number, choice: DateChoice): void;
  /** A choice is hovered or focused (null: no longer): the page emphasises that date. */
  onPreview?(choice: DateChoice | null): void;
  /** The user entered the date a deadline waits for. */
  onEnterDate?(notice: number, role: DateRole, date: string): void;
  /** A short message after saving ("Date confirmed…"). */
  message?: string | null;
}

export interface Banner {
  readonly host: HTMLElement;
  render(model: BannerModel): void;
  remove(): void;
  /** Opens the details (e.g. when a date needs the user). */
  expand(): void;
}

/**
 * Where the user moved the banner: kept for the page's life, across rescans, a dismissed banner coming back and the
 * scanner being injected again (a new copy of this module: hence on the page's global, not in a module variable).
 */
const POSITION = Symbol.for('claimclock.banner.position');
type Position = { left: number; top: number };
const store = globalThis as typeof globalThis & { [POSITION]?: Position };

const CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: min(380px, calc(100vw - 32px)); }
.box { font: 14px/1.4 system-ui, sans-serif; color: var(--cc-fg); display: flex; flex-direction: column; align-items: flex-end; gap: 6px; }
.pill { display: flex; align-items: center; gap: 2px; background: #fff; border: 2px solid var(--cc-status);
  border-radius: 999px; box-shadow: 0 2px 10px rgba(0,0,0,.22); padding: 2px 4px 2px 2px; }
.box[data-status=later] { --cc-status: var(--cc-later); } .box[data-status=soon] { --cc-status: var(--cc-soon); }
.box[data-status=today] { --cc-status: var(--cc-today); } .box[data-status=past] { --cc-status: var(--cc-past); }
.box[data-status=none] { --cc-status: var(--cc-accent); }
button { font: inherit; cursor: pointer; }
.grip { border: 0; background: none; color: var(--cc-muted); padding: 4px 4px; cursor: grab; touch-action: none; font-size: 13px; line-height: 1; }
.toggle { border: 0; background: none; color: var(--cc-status); font-weight: 700; padding: 4px 8px; border-radius: 999px; display: flex; align-items: center; gap: 6px; }
.dot { width: 9px; height: 9px; border-radius: 50%; background: var(--cc-status); flex: none; }
.close { border: 0; background: none; color: var(--cc-muted); font-size: 16px; line-height: 1; padding: 4px 8px; border-radius: 999px; }
.panel { background: #fff; border: 1px solid var(--cc-border); border-top: 4px solid var(--cc-status); border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 10px 12px; max-height: min(60vh, 520px); overflow: auto; width: min(360px, calc(100vw - 32px)); box-sizing: border-box; }
.notice + .notice { border-top: 1px solid var(--cc-border); margin-top: 8px; padding-top: 8px; }
.notice p { margin: 2px 0; }
.count { font-size: 18px; font-weight: 700; }
.small { font-size: 12px; color: var(--cc-muted); }
.links { list-style: none; margin: 4px 0 0; padding: 0; }
.links li { margin: 2px 0; }
.links button { border: none; background: none; padding: 0; color: var(--cc-accent); text-decoration: underline; text-align: left; font-size: 13px; }
.passed { margin-top: 6px; font-size: 12.5px; }
.passed summary { cursor: pointer; color: var(--cc-accent); font-weight: 600; }
.passed p { margin: 4px 0 0; line-height: 1.45; }
.need { margin: 6px 0; background: var(--cc-warn-bg); color: var(--cc-warn-fg); border-radius: 6px; padding: 6px 8px; font-size: 12.5px; }
.need .row { display: flex; gap: 6px; align-items: end; flex-wrap: wrap; margin-top: 4px; }
.saved { font-size: 12.5px; color: var(--cc-later); margin: 6px 0 0; }
.help { font-weight: 600; }
[hidden] { display: none !important; }
`;

const STEP = 24;

export function createBanner(doc: Document = document, onDismiss: () => void = () => {}): Banner {
  const host = doc.createElement(BANNER_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${THEME}\n${CSS}`;
  const box = doc.createElement('section');
  box.className = 'box';
  box.setAttribute('role', 'region');
  root.append(style, box);

  let collapsed = true;
  let last: BannerModel | null = null;
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

  const win = doc.defaultView;
  const place = () => {
    const moved = store[POSITION];
    if (!moved || !win) return;
    const rect = host.getBoundingClientRect();
    const left = Math.max(0, Math.min(moved.left, win.innerWidth - Math.max(rect.width, 60)));
    const top = Math.max(0, Math.min(moved.top, win.innerHeight - Math.max(rect.height, 30)));
    Object.assign(host.style, { left: `${left}px`, top: `${top}px`, right: 'auto', bottom: 'auto' });
  };
  const moveTo = (left: number, top: number) => {
    store[POSITION] = { left, top };
    place();
  };

  const grip = () => {
    const g = h('button', { type: 'button', className: 'grip', textContent: '⠿' });
    g.setAttribute('aria-label', t('banner.move', last?.language ?? 'en'));
    g.addEventListener('pointerdown', (e) => {
      const start = host.getBoundingClientRect();
      const dx = e.clientX - start.left;
      const dy = e.clientY - start.top;
      g.setPointerCapture?.(e.pointerId);
      const move = (ev: PointerEvent) => moveTo(ev.clientX - dx, ev.clientY - dy);
      const up = () => {
        g.removeEventListener('pointermove', move);
        g.removeEventListener('pointerup', up);
      };
      g.addEventListener('pointermove', move);
      g.addEventListener('pointerup', up);
      e.preventDefault();
    });
    g.addEventListener('keydown', (e) => {
      const d = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, -STEP], ArrowDown: [0, STEP] }[e.key];
      if (!d) return;
      e.preventDefault();
      const r = host.getBoundingClientRect();
      moveTo(r.left + d[0]!, r.top + d[1]!);
    });
    return g;
  };

  const noticeBlock = (n: BannerNotice, model: BannerModel, lang: Language) => {
    const block = h('div', { className: 'notice' }, h('p', {}, h('strong', {}, n.heading)), h('p', {}, n.action));
    if (n.countdown) {
      const count = h('p', { className: `count cc-${n.status && n.status !== 'none' ? n.status : 'later'}` }, n.countdown);
      if (n.check) count.classList.add('cc-unconfirmed');
      block.append(count);
    }
    if (n.dates) block.append(h('p', {}, n.dates));
    if (n.help) block.append(h('p', { className: 'help' }, n.help));
    const index = n.index ?? 0;
    if (n.check) {
      const check = h('div', { className: 'cc-check' });
      check.setAttribute('role', 'note');
      check.append(h('p', { className: 'cc-check-title' }, h('strong', {}, t('check.title', lang)), ` · ${t('check.unconfirmed', lang)}`));
      check.append(h('ul', {}, ...n.check.lines.map((line) => h('li', {}, line))));
      if (n.check.choices.length && model.onChoose) {
        const group = h('div', { className: 'cc-choices' }, h('p', { className: 'cc-check-title' }, t('check.choose', lang)));
        group.setAttribute('role', 'group');
        group.setAttribute('aria-label', t('check.choose', lang));
        for (const { label, choice } of n.check.choices) {
          const b = h('button', { type: 'button', className: 'cc-choice', textContent: label });
          if (choice.start !== undefined) b.dataset.linked = 'true';
          b.addEventListener('click', () => model.onChoose?.(index, choice));
          const preview = () => model.onPreview?.(choice);
          const unpreview = () => model.onPreview?.(null);
          b.addEventListener('mouseenter', preview);
          b.addEventListener('focus', preview);
          b.addEventListener('mouseleave', unpreview);
          b.addEventListener('blur', unpreview);
          group.append(b);
        }
        check.append(group);
      }
      block.append(check);
    }
    if (n.needsDate?.length) {
      const need = h('div', { className: 'need' }, h('p', {}, h('strong', {}, t('needs_date.title', lang)), ` · ${t('needs_date.hint', lang)}`));
      need.dataset.needsDate = 'true';
      for (const { role, label } of n.needsDate) {
        const id = `cc-need-${index}-${role}`;
        const input = doc.createElement('input');
        input.type = 'date';
        input.id = id;
        input.dataset.role = role;
        const save = h('button', { type: 'button', className: 'cc-button', textContent: t('common.save', lang) });
        save.addEventListener('click', () => {
          if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) model.onEnterDate?.(index, role, input.value);
        });
        const labelEl = doc.createElement('label');
        labelEl.htmlFor = id;
        labelEl.textContent = label;
        const field = h('div', { className: 'cc-field' }, labelEl, input);
        need.append(h('div', { className: 'row' }, field, save));
      }
      block.append(need);
    }
    if (n.ifPassed) {
      const passed = h('details', { className: 'passed' }, h('summary', {}, t('passed.title', lang)), h('p', {}, n.ifPassed));
      passed.dataset.ifPassed = 'true';
      block.append(passed);
    }
    if (n.citation) block.append(h('p', { className: 'small' }, n.citation));
    return block;
  };

  const render = (model: BannerModel) => {
    last = model;
    const lang = model.language ?? 'en';
    host.lang = lang;
    box.setAttribute('aria-label', t('banner.region', lang));
    const first = model.notices[0];
    box.dataset.status = first?.status ?? (first?.daysLeft == null ? 'none' : first.daysLeft < 0 ? 'past' : 'later');

    const title = first?.countdown ? `ClaimClock: ${first.countdown}${first.check ? ' ?' : ''}` : first?.needsDate ? `ClaimClock: ${t('needs_date.title', lang)}` : 'ClaimClock';
    const status = h('span', { id: 'cc-status' }, title);
    status.setAttribute('role', 'status');
    const toggle = h('button', { type: 'button', className: 'toggle' }, h('span', { className: 'dot' }), status);
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggle.setAttribute('aria-controls', 'cc-body');
    toggle.title = collapsed ? t('banner.expand', lang) : t('banner.collapse', lang);
    const close = h('button', { type: 'button', className: 'close', textContent: '×' });
    close.setAttribute('aria-label', t('banner.dismiss', lang));
    close.addEventListener('click', dismiss);
    const pill = h('div', { className: 'pill' }, grip(), toggle, close);

    const body = h('div', { id: 'cc-body', className: 'panel', hidden: collapsed });
    for (const n of model.notices) body.append(noticeBlock(n, model, lang));
    if (model.message) {
      const msg = h('p', { className: 'saved' }, model.message);
      msg.setAttribute('aria-live', 'polite');
      body.append(msg);
    }
    if (model.links.length) {
      const list = h('ul', { className: 'links' });
      list.setAttribute('aria-label', t('banner.highlighted_list', lang));
      for (const link of model.links) {
        const b = h('button', { type: 'button', textContent: link.label });
        b.addEventListener('click', link.onActivate);
        list.append(h('li', {}, b));
      }
      body.append(h('p', { className: 'small' }, t('banner.highlighted', lang)), list);
    }
    body.append(h('p', { className: 'small' }, `${t('app.disclaimer', lang)} ${t('banner.more', lang)}`));
    toggle.addEventListener('click', () => setCollapsed(!collapsed));
    box.replaceChildren(body, pill);
    if (!host.isConnected) doc.documentElement.append(host);
    place();
  };

  const setCollapsed = (value: boolean) => {
    collapsed = value;
    const body = root.getElementById('cc-body');
    const toggle = root.querySelector<HTMLButtonElement>('.toggle');
    if (body) body.hidden = collapsed;
    toggle?.setAttribute('aria-expanded', String(!collapsed));
    if (toggle && last) toggle.title = collapsed ? t('banner.expand', last.language ?? 'en') : t('banner.collapse', last.language ?? 'en');
    place();
  };

  return { host, render, remove: () => host.remove(), expand: () => setCollapsed(false) };
}

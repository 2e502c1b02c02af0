// The viewer page: the PDF on the left, the notice cards beside it, progress and errors on top.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Language, Notice } from '../model';
import type { NoticeCorrection } from '../app/corrections';
import type { DateChoice } from '../app/choices';
import type { UserContext } from '../app/context';
import { isOpenableFileUrl } from '../background/pdf-url';
import { DropZone, FilePicker, useFileDrop } from './DropZone';
import { viewerMessage } from './errors';
import { firstEvidencePage, highlightsByPage, itemRangesFor } from './highlight-map';
import { Progress } from './Progress';
import { ViewerSession, type Phase, type SessionDeps } from './session';
import { viewerStrings, type ViewerStrings } from './strings';
import type { VirtualPages } from './virtual-pages';
import { ViewerNotice } from './ViewerNotice';
import { useStoredCorrections, type LoadStoredCorrections } from '../components/useStoredCorrections';

export interface ViewerProps {
  /** The PDF's original URL (from ?file=), or null when the user will drop/choose a file. */
  fileUrl: string | null;
  /** The extension's own redirect opened it (the viewer key matched): its notices are saved at once. */
  trusted: boolean;
  lang: Language;
  /** The user's settings, rule packs and today (app/context.ts): the cards' deadlines come from it. */
  ctx: UserContext;
  /** Opens bytes for the URL; errors are ViewerError. */
  fetchBytes: (url: string) => Promise<Uint8Array>;
  readFile: (file: File) => Promise<Uint8Array>;
  deps: Omit<SessionDeps, 'onPhase' | 'onPdf'>;
  mountPages: (pdf: Parameters<NonNullable<SessionDeps['onPdf']>>[0], el: HTMLElement) => Promise<VirtualPages>;
  browserViewerUrl: (url: string) => string;
  /** Runs before the link to the browser's viewer is followed (lets that one URL through the redirect). */
  beforeOpenOriginal?: (url: string) => Promise<void>;
  /**
   * Saves what was found: 'redirect' for a PDF the extension opened (trusted), 'user' for a file the user picked or
   * notices the user chose to track. A PDF another page opened is shown but saved only on the user's click.
   */
  onNotices: (source: string, title: string, notices: Notice[], by: 'redirect' | 'user') => Promise<void>;
  requestPermission?: (url: string) => Promise<boolean>;
  /** Stores a date the user confirmed or entered for a notice of this file (when it is tracked). */
  onCorrect?: (source: string, notice: Notice, patch: NoticeCorrection) => Promise<void>;
  /** The dates the user already confirmed for these notices of this file (a reopened PDF does not ask again). */
  storedCorrections?: LoadStoredCorrections;
}

/** Who opened what is shown: decides whether its notices are saved at once (viewer key or the user's own file). */
type Opener = 'redirect' | 'user' | 'page';

export function App(props: ViewerProps) {
  // a file URL the viewer will not open (data:, blob:, javascript:…): only ever handed in by a page
  const unsafe = props.fileUrl !== null && !isOpenableFileUrl(props.fileUrl);
  const [phase, setPhase] = useState<Phase>(unsafe ? { kind: 'error', code: 'unsafe_url' } : props.fileUrl ? { kind: 'loading', page: 0, total: 0 } : { kind: 'pick' });
  const s = viewerStrings(props.lang);
  const [source, setSource] = useState(props.fileUrl ?? '');
  const [notices, setNotices] = useState<Notice[]>([]);
  const [opener, setOpener] = useState<Opener>(props.trusted ? 'redirect' : 'page');
  const [saved, setSaved] = useState<'no' | 'yes' | 'failed'>('no');
  const stored = useStoredCorrections(source, notices, props.storedCorrections);
  const pagesEl = useRef<HTMLDivElement>(null);
  const pages = useRef<VirtualPages | null>(null);
  const session = useRef<ViewerSession | null>(null);

  const start = useCallback(
    (name: string, bytes: Promise<Uint8Array>, by: Opener) => {
      session.current?.destroy();
      pages.current?.destroy();
      pages.current = null;
      setSource(name);
      setNotices([]);
      setOpener(by);
      setSaved('no');
      if (!props.fileUrl) document.title = `${name} — ClaimClock`;
      const next = new ViewerSession(name, {
        ...props.deps,
        onPhase: (p) => {
          setPhase(p);
          if (p.kind === 'ready') setNotices(p.notices);
        },
        onPdf: async (pdf) => {
          if (pagesEl.current) pages.current = await props.mountPages(pdf, pagesEl.current);
        },
      });
      session.current = next;
      void next.open(bytes);
    },
    [props],
  );

  useEffect(() => {
    if (props.fileUrl && !unsafe) start(props.fileUrl, props.fetchBytes(props.fileUrl), props.trusted ? 'redirect' : 'page');
    return () => session.current?.destroy();
  }, []);

  const onFile = useCallback((file: File) => start(file.name, props.readFile(file), 'user'), [start, props]);
  const save = (list: Notice[], by: 'redirect' | 'user') =>
    props.onNotices(source, document.title, list, by).then(() => setSaved('yes'), () => setSaved('failed'));
  useFileDrop(onFile);
  const preview = (choice: DateChoice | null) => {
    if (phase.kind !== 'ready') return;
    const ranges = choice?.start !== undefined && choice.end !== undefined ? itemRangesFor(phase.doc, choice.start, choice.end, 'focus') : [];
    pages.current?.focus(ranges);
  };

  // Highlights and the background's record follow the detected notices.
  useEffect(() => {
    if (phase.kind !== 'ready') return;
    const evidence = phase.notices.flatMap((n) => n.evidence);
    pages.current?.setHighlights(highlightsByPage(phase.doc, evidence));
    const first = firstEvidencePage(phase.doc, evidence);
    if (first && first > 1) pages.current?.scrollToPage(first);
    // saved at once when ClaimClock or the user opened the file; a PDF another page opened waits for the user
    if (phase.notices.length && opener !== 'page') void save(phase.notices, opener);
  }, [phase]);

  useEffect(() => {
    document.body.dataset.phase = phase.kind;
  }, [phase.kind]);

  return (
    <div class="cc-viewer">
      <header class="cc-bar">
        <strong>ClaimClock</strong>
        {props.fileUrl && !unsafe ? (
          <>
            <span class="cc-source" title={props.fileUrl}>
              {props.fileUrl}
            </span>
            <a
              class="cc-original"
              href={props.browserViewerUrl(props.fileUrl)}
              onClick={(e) => {
                if (!props.beforeOpenOriginal || !props.fileUrl) return;
                e.preventDefault();
                const target = props.browserViewerUrl(props.fileUrl);
                void props.beforeOpenOriginal(props.fileUrl).finally(() => location.assign(target));
              }}
            >
              {s.openOriginal}
            </a>
          </>
        ) : source ? (
          <span class="cc-source">{source}</span>
        ) : null}
        {phase.kind !== 'pick' ? <FilePicker onFile={onFile} label={s.openAnother} /> : null}
      </header>
      <div class="cc-body">
        {phase.kind === 'pick' ? (
          <div class="cc-pick">
            <DropZone onFile={onFile} strings={s} />
          </div>
        ) : null}
        <main class="cc-pages" ref={pagesEl} aria-label={s.pages} hidden={phase.kind === 'pick'} tabIndex={0} />
        <aside class="cc-side" aria-label={s.deadlines} hidden={phase.kind === 'pick'} tabIndex={0}>
          <PhasePanel phase={phase} {...props} strings={s} session={session.current} onFile={onFile} />
          {phase.kind === 'ready' && notices.length === 0 ? (
            <p class="cc-none">{s.noNotice}</p>
          ) : null}
          {phase.kind === 'ready' && phase.ocr && notices.length ? (
            <p class="cc-uncertain">{s.ocrDates}</p>
          ) : null}
          {phase.kind === 'ready' && notices.length && opener === 'page' && saved !== 'yes' ? (
            <div class="cc-not-saved" role="status">
              <p>{s.notSaved}</p>
              <button type="button" class="cc-button" onClick={() => void save(notices, 'user')}>{s.track}</button>
            </div>
          ) : null}
          {opener === 'page' && saved === 'yes' ? <p class="cc-saved" role="status">{s.tracked}</p> : null}
          {notices.map((n, i) => (
            <ViewerNotice
              key={`${source}#${i}#${stored ? 'stored' : ''}`}
              id={`cc-notice-${i}`}
              notice={n}
              initial={stored?.[i] ?? undefined}
              ctx={props.ctx}
              onPreview={preview}
              onCorrect={props.onCorrect && ((detected, patch) => void props.onCorrect!(source, detected, patch).catch(() => {}))}
            />
          ))}
          {phase.kind === 'ready' && phase.ocr ? (
            <details class="cc-ocr-text">
              <summary>{s.ocrText}</summary>
              <pre tabIndex={0}>{phase.doc.text}</pre>
            </details>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

type PanelProps = ViewerProps & {
  phase: Phase;
  strings: ViewerStrings;
  session: ViewerSession | null;
  onFile: (f: File) => void;
};

function PhasePanel(p: PanelProps) {
  const { phase, lang, strings: s } = p;
  switch (phase.kind) {
    case 'pick': // the drop zone fills the page instead
      return null;
    case 'loading':
      return (
        <Progress
          label={phase.page ? s.reading(phase.page, phase.total) : s.opening}
          value={phase.total ? phase.page / phase.total : 0}
        />
      );
    case 'ocr':
      return (
        <Progress
          label={phase.page ? s.ocrPage(phase.page, phase.total) : s.ocrStarting}
          value={phase.value}
          onCancel={() => p.session?.cancel()}
          cancelLabel={s.cancel}
        />
      );
    case 'scanned':
      return (
        <div class="cc-scanned" role="status">
          <p>{phase.cancelled ? s.ocrCancelled : s.scanned}</p>
          <button type="button" onClick={() => void p.session?.runOcr()}>
            {s.runOcr}
          </button>
        </div>
      );
    case 'error':
      return (
        <div class="cc-error" role="alert" data-code={phase.code}>
          <p>{viewerMessage(phase.code, lang)}</p>
          {phase.code === 'no_permission' && p.fileUrl && p.requestPermission ? (
            <button type="button" onClick={() => void p.requestPermission!(p.fileUrl!).then((ok) => ok && location.reload())}>
              {s.allow}
            </button>
          ) : null}
          <DropZone onFile={p.onFile} strings={s} />
        </div>
      );
    case 'ready':
      return phase.scannedPages.length ? (
        <div class="cc-scanned" role="status">
          <p>{s.scannedPages(phase.scannedPages)}</p>
          <button type="button" onClick={() => void p.session?.runOcr()}>
            {s.runOcrPages}
          </button>
        </div>
      ) : null;
  }
}

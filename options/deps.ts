// What the options page needs from the browser: main.tsx wires the real one, tests pass fakes.
import type { UiStore } from '../app/store';

export interface OptionsDeps {
  store: UiStore;
  /** Unregisters the content script for the origin and gives up its host permission. */
  disallowSite(origin: string): Promise<void>;
  browserLanguage: string;
  download(text: string, filename: string, type: string): void;
  /** The optional permission the automatic PDF redirect needs (webNavigation, decision 0007). */
  pdfRedirect: {
    granted(): Promise<boolean>;
    /** Asks the browser (call it straight from the click: it needs the user gesture). */
    request(): Promise<boolean>;
    release(): Promise<void>;
  };
}

// The options page: wires storage and site access to App.tsx.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './style.css';
import { downloadText } from '../../components/calendar';
import type { Message } from '../../messaging/protocol';
import { createUiStore } from '../../storage';
import { App } from './App';

render(
  <App
    deps={{
      store: createUiStore(),
      browserLanguage: navigator.language,
      download: (text, filename, type) => downloadText(text, filename, type),
      async disallowSite(origin) {
        await browser.runtime.sendMessage({ type: 'disallow-site', origin } satisfies Message);
      },
    }}
  />,
  document.getElementById('app')!,
);

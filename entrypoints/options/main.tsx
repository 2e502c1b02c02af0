// The options page: wires storage and site access to options/App.tsx.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../options/style.css';
import { downloadText } from '../../components/download';
import { send } from '../../messaging/client';
import { App } from '../../options/App';
import { createUiStore } from '../../storage';

render(
  <App
    deps={{
      store: createUiStore(),
      browserLanguage: navigator.language,
      download: (text, filename, type) => downloadText(text, filename, type),
      async disallowSite(origin) {
        await send('disallow-site', { origin });
      },
      pdfRedirect: {
        granted: () => browser.permissions.contains({ permissions: ['webNavigation'] }),
        request: () => browser.permissions.request({ permissions: ['webNavigation'] }),
        release: async () => void (await browser.permissions.remove({ permissions: ['webNavigation'] })),
      },
    }}
  />,
  document.getElementById('app')!,
);

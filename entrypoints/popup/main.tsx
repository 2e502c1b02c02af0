// The toolbar popup: wires the browser (tabs, storage, calendar export) to App.tsx. popup.html?tab=ID&view=all
// opens it as a page for one tab (used by the end-to-end tests and by "open in a tab").
import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { systemNow } from '../../components/time';
import { calendarExport } from '../../export';
import { createUiStore } from '../../storage';
import { App } from './App';
import { browserTabs } from './browser-tabs';

const view = new URLSearchParams(location.search).get('view') === 'all' ? 'all' : 'page';

render(
  <App
    initialTab={view}
    deps={{ store: createUiStore(), tabs: browserTabs, calendar: calendarExport, now: systemNow, browserLanguage: navigator.language }}
  />,
  document.getElementById('app')!,
);

// The toolbar popup: wires the browser (tabs, storage, calendar export) to App.tsx. popup.html?tab=ID&view=all
// opens it as a page for one tab (used by the end-to-end tests and by "open in a tab").
import { render } from 'preact';
import '../../components/theme.css';
import '../../popup/style.css';
import type { CalendarExport } from '../../app/calendar';
import { systemNow } from '../../components/time';
import { createCalendarExport } from '../../export';
import { createUiStore } from '../../storage';
import { App } from '../../popup/App';
import { browserTabs } from '../../popup/browser-tabs';

const view = new URLSearchParams(location.search).get('view') === 'all' ? 'all' : 'page';
const store = createUiStore();

// Calendar reminders follow the lead days chosen in the options page.
let calendar = createCalendarExport();
const useLeadDays = (leadDays: number[]) => void (calendar = createCalendarExport({ leadDays }));
void store.getSettings().then((s) => useLeadDays(s.reminderLeadDays), () => {});
store.watchSettings((s) => useLeadDays(s.reminderLeadDays));
const liveCalendar: CalendarExport = {
  ics: (items, lang) => calendar.ics(items, lang),
  googleUrl: (item, lang) => calendar.googleUrl(item, lang),
  outlookUrl: (item, lang) => calendar.outlookUrl(item, lang),
};

render(
  <App initialTab={view} deps={{ store, tabs: browserTabs, calendar: liveCalendar, now: systemNow, browserLanguage: navigator.language }} />,
  document.getElementById('app')!,
);

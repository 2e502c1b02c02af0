// "Add to calendar": download an .ics, or open Google Calendar / Outlook with the event filled in.
import type { Language } from '../model';
import { t } from '../i18n';
import { icsFilename, type CalendarExport, type CalendarItem } from '../app/calendar';
import { downloadText } from './download';

export interface CalendarButtonsProps {
  item: CalendarItem;
  lang: Language;
  calendar: CalendarExport;
}

export function CalendarButtons({ item, lang, calendar }: CalendarButtonsProps) {
  const label = `${t('card.add_calendar', lang)}: ${item.deadline.title[lang]}`;
  return (
    <div class="cc-calendar" role="group" aria-label={label}>
      <button type="button" class="cc-button cc-secondary" onClick={() => downloadText(calendar.ics([item], lang), icsFilename([item]))}>
        {t('card.download_ics', lang)}
      </button>
      <a href={calendar.googleUrl(item, lang)} target="_blank" rel="noreferrer noopener">{t('card.google', lang)}</a>
      <a href={calendar.outlookUrl(item, lang)} target="_blank" rel="noreferrer noopener">{t('card.outlook', lang)}</a>
    </div>
  );
}

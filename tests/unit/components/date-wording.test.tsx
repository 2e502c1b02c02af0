// @vitest-environment happy-dom
// The four wordings that could misstate a date (issue 14 item 2, language review findings 3–6), one test each:
// "Actúe antes de" on the last day, "Passed N days ago" while the law may still allow filing, abbreviated Spanish
// dates ("mar" = martes or marzo), and a calendar event or reminder that does not say what to do.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { DeadlineView } from '../../../components/DeadlineView';
import { badgeFor } from '../../../background/badge';
import { googleCalendarUrl } from '../../../export/calendar-links';
import { eventDescription, reminderText } from '../../../export/text';
import { formatDate, t } from '../../../i18n';
import { summarize } from '../../../page/summary';
import { MESSAGES } from '../../../i18n';
import { DEFAULT_PROFILE, type Deadline, type Language } from '../../../model';
import { computeDeadlines, defaultRuleset } from '../../../rules';
import { urDenial } from '../../support/notices';

// UR denial decided 2026-03-02, served by mail 2026-03-04: IMR safe date 2026-04-01, latest 2026-04-08.
const profile = { ...DEFAULT_PROFILE, represented: false, addressRegion: 'ca' as const };
const imr = (today: string): Deadline => computeDeadlines(urDenial(), profile, defaultRuleset(), today).find((d) => d.rule === 'ca.imr.request')!;
const at = (iso: string) => () => new Date(`${iso}T12:00:00`);
const card = (today: string, lang: Language) => {
  const d = imr(today);
  const { container } = render(<DeadlineView deadline={d} lang={lang} now={at(today)} action={d.action?.[lang]} />);
  return container;
};
const item = (today: string) => ({ noticeId: 'n1', revision: 1, notice: urDenial(), deadline: imr(today) });

afterEach(cleanup);

describe('the last day reads as the last day, not the day after it', () => {
  it('says "Actúe a más tardar el …" (never "antes de") next to "Vence hoy", and "Act by …, this day included" in English', () => {
    expect(imr('2026-04-01').due).toBe('2026-04-01');
    const es = card('2026-04-01', 'es');
    expect(es.querySelector('.cc-countdown')?.textContent).toMatch(/^Vence hoy/);
    expect(es.querySelector('.cc-due')?.textContent).toBe('Actúe a más tardar el miércoles, 1 de abril de 2026');
    expect(es.textContent).not.toMatch(/antes de/i);
    cleanup();
    const en = card('2026-04-01', 'en');
    expect(en.querySelector('.cc-due')?.textContent).toBe('Act by Wednesday, April 1, 2026, this day included');
  });

  it('has no "antes de" in any Spanish message or banner string that gives a deadline', () => {
    const spanish = Object.values(MESSAGES.es); // the banner's strings are banner.* keys
    expect(spanish.filter((s) => /Actúe antes de|antes de la fecha segura|antes de \{/.test(s))).toEqual([]);
    expect(t('countdown.safe_by', 'es', { date: formatDate('2026-04-01', 'es', 'long') })).toBe('Actúe a más tardar el miércoles, 1 de abril de 2026');
  });
});

describe('past the safe date but not the latest, nothing says the deadline has passed', () => {
  const today = '2026-04-03'; // safe date 2026-04-01 passed, latest 2026-04-08 ahead

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: the card says act today, until when the law may still allow, and who can help`, () => {
      const c = card(today, lang);
      const big = c.querySelector('.cc-countdown')?.textContent ?? '';
      expect(big).toBe(lang === 'en' ? 'Act today' : 'Actúe hoy');
      expect(c.textContent).not.toMatch(/Passed \d+ days? ago|Venció hace/);
      const help = c.querySelector('.cc-safe-passed')?.textContent ?? '';
      expect(help).toContain(formatDate('2026-04-08', lang, 'long'));
      expect(help).toContain('1-800-736-7401');
      expect(c.querySelector('[data-if-passed] p')?.textContent).toMatch(lang === 'en' ? /fax the form today/ : /mande el formulario hoy/);
    });

    it(`${lang}: the banner, the badge and the reminder say the same`, () => {
      const d = imr(today);
      const s = summarize(urDenial(), [d], 'safe', today, lang);
      expect(s.countdown).toBe(lang === 'en' ? 'Act today' : 'Actúe hoy');
      expect(s.help).toContain('1-800-736-7401');
      const row = { tracked: { id: 'n1' }, notice: urDenial(), deadline: d, claim: null } as unknown as Parameters<typeof badgeFor>[0][number];
      expect(badgeFor([row], 'safe', today, lang).title).not.toMatch(/Passed|Venció/);
      expect(reminderText(item(today), lang, -2)).not.toMatch(/Passed|Venció/);
    });
  }

  it('says the latest date has passed once it has, counted from that date', () => {
    const c = card('2026-04-10', 'en');
    expect(c.querySelector('.cc-countdown')?.textContent).toBe('The latest date passed 2 days ago');
    expect(c.querySelector('.cc-safe-passed')).toBeNull();
  });
});

describe('Spanish dates are never abbreviated', () => {
  const ABBREVIATED = /\b(lun|mar|mié|jue|vie|sáb|dom)\.?,|\bde (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.? de\b/;

  it('formats the short style without a weekday or a short month', () => {
    expect(formatDate('2026-03-03', 'es')).toBe('3 de marzo de 2026');
    expect(formatDate('2026-03-03', 'es', 'long')).toBe('martes, 3 de marzo de 2026');
    expect(formatDate('2026-09-01', 'es')).not.toMatch(ABBREVIATED);
  });

  it('shows no abbreviated date anywhere on a Spanish card, its steps or its calendar event', () => {
    const c = card('2026-03-10', 'es');
    expect(c.textContent).not.toMatch(ABBREVIATED);
    expect(c.querySelector('.cc-latest')?.textContent).toContain('miércoles, 8 de abril de 2026');
    expect(eventDescription(item('2026-03-10'), 'es')).not.toMatch(ABBREVIATED);
  });
});

describe('the calendar event and its reminders say what to do', () => {
  it('puts the rule’s action (which form, where to send it, keep proof) in the event, the links and every reminder', () => {
    const en = eventDescription(item('2026-03-10'), 'en');
    expect(en).toContain('What to do: Sign the IMR form that came with the letter (DWC Form IMR).');
    const es = eventDescription(item('2026-03-10'), 'es');
    expect(es).toContain('Qué hacer: Firme la solicitud de IMR');
    expect(new URL(googleCalendarUrl(item('2026-03-10'), 'es')).searchParams.get('details')).toContain('Qué hacer: Firme');
    expect(reminderText(item('2026-03-10'), 'en', 3)).toMatch(/^Ask for Independent Medical Review \(IMR\): 3 days left\. Sign the IMR form/);
  });

  it('for IMR, says the form must reach the IMR unit by the date, not just be mailed', () => {
    expect(eventDescription(item('2026-03-10'), 'en')).toMatch(/It must arrive by this date/);
    expect(eventDescription(item('2026-03-10'), 'es')).toMatch(/Debe llegar a más tardar en esta fecha/);
    expect(reminderText(item('2026-03-10'), 'es', 1)).toMatch(/Debe llegar a más tardar en esta fecha/);
  });
});

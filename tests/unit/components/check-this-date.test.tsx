// @vitest-environment happy-dom
// A deadline that needs a check says so on the card, on the badge ("12?") and in the calendar event (issue 11).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { NoticeCard } from '../../../components/NoticeCard';
import { useCorrectedNotice } from '../../../components/useCorrectedNotice';
import { DEFAULT_SETTINGS } from '../../../storage/types';
import type { Notice } from '../../../model';
import { DeadlineView } from '../../../components/DeadlineView';
import { badgeFor } from '../../../background/badge';
import { eventDescription, reminderText } from '../../../export/text';
import { DEFAULT_PROFILE, type Deadline, type Language } from '../../../model';
import { computeDeadlines, defaultRuleset } from '../../../rules';
import { panelWithoutAssignment, urDenial } from '../../support/notices';

const TODAY = '2026-03-20';
const profile = { ...DEFAULT_PROFILE, represented: false };
const select = (): Deadline => computeDeadlines(panelWithoutAssignment(), profile, defaultRuleset(), TODAY).find((d) => d.rule === 'ca.qme.select')!;
const now = () => new Date(2026, 2, 20, 12, 0, 0);

afterEach(cleanup);

describe('a deadline that needs a check', () => {
  it('counts from the stand-in neighbour and says why it needs a check', () => {
    const d = select();
    expect(d.needsCheck).toBe(true);
    expect(d.checkReasons).toContain('substitute_trigger');
    expect(d.due <= '2026-03-31').toBe(true); // from 03/19 (10 days: 03/29, a Sunday, rolled to 03/30) at the latest
  });

  for (const lang of ['en', 'es'] as Language[]) {
    it(`shows "check this date" with its reasons on the card (${lang})`, () => {
      render(<DeadlineView deadline={select()} lang={lang} now={now} />);
      const note = screen.getByRole('note');
      expect(note.textContent).toMatch(lang === 'en' ? /Check this date.*Not confirmed/ : /Revise esta fecha.*Sin confirmar/);
      expect(note.querySelectorAll('li').length).toBeGreaterThanOrEqual(2);
      expect(document.querySelector('.cc-unconfirmed')).not.toBeNull();
    });
  }

  it('shows no check on a deadline read with confidence', () => {
    const d = computeDeadlines(urDenial(), profile, defaultRuleset(), '2026-03-10').find((x) => x.rule === 'ca.imr.request')!;
    expect(d.needsCheck).toBe(false);
    render(<DeadlineView deadline={d} lang="en" now={now} />);
    expect(screen.queryByText(/Check this date/)).toBeNull();
    expect(document.querySelector('.cc-unconfirmed')).toBeNull();
  });

  it('marks the badge "N?" and says so in the calendar event and its reminders', () => {
    const d = select();
    const row = { deadline: d, claim: 'ADJ7654321' } as Parameters<typeof badgeFor>[0][number];
    const badge = badgeFor([row], 'safe', TODAY);
    expect(badge.text).toMatch(/^\d+\?$/);
    expect(badge.title).toMatch(/Check this date$/);
    const item = { deadline: d, notice: panelWithoutAssignment() } as Parameters<typeof eventDescription>[0];
    expect(eventDescription(item, 'en').split('\n')[0]).toMatch(/^Check this date: Not confirmed/);
    expect(eventDescription(item, 'es')).toMatch(/Revise esta fecha/);
    expect(reminderText(item, 'en', 3)).toMatch(/: 3 days left \(Check this date\)\. /);
  });

  it('offers the document\'s dates as one-click choices; choosing one confirms it and the check goes away', () => {
    const ctx = { settings: { ...DEFAULT_SETTINGS, profile }, ruleset: defaultRuleset(), today: TODAY };
    function Live({ notice }: { notice: Notice }) {
      const c = useCorrectedNotice(notice, { ctx });
      return <NoticeCard notice={c.notice} deadlines={c.deadlines} lang="en" onCorrect={c.correct} now={now} id="t" />;
    }
    render(<Live notice={panelWithoutAssignment()} />);
    const select = screen.getByRole('region', { name: /choose|select|QME/i });
    const choice = Array.from(select.querySelectorAll('button.cc-choice')).find((b) => /March 19, 2026/.test(b.textContent ?? ''));
    expect(choice, 'the stand-in date is offered').toBeTruthy();
    fireEvent.click(choice!);
    const after = screen.getByRole('region', { name: /choose|select|QME/i });
    expect(after.querySelector('.cc-check')).toBeNull();
    expect(after.querySelector('.cc-unconfirmed')).toBeNull();
  });
});

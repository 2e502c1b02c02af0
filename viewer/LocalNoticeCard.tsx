// A minimal notice card for the viewer until components/NoticeCard.tsx (shared with the popup) lands:
// pathway, countdown, steps, citation and date correction.
import type { DateRole, Deadline, Notice } from '../model';

const KIND_LABEL: Record<string, string> = {
  ur_decision: 'Utilization Review decision',
  imr_determination: 'IMR final determination',
  qme_panel: 'QME panel',
  mmi_report: 'MMI / P&S report',
  mpn_second_opinion: 'MPN second opinion',
};

export interface NoticeCardProps {
  notice: Notice;
  deadlines: Deadline[];
  onCorrectDate?: (role: DateRole, date: string) => void;
}

function countdown(d: Deadline): string {
  if (d.daysLeft > 1) return `${d.daysLeft} days left`;
  if (d.daysLeft === 1) return '1 day left';
  if (d.daysLeft === 0) return 'Due today';
  return `${-d.daysLeft} days ago`;
}

export function LocalNoticeCard({ notice, deadlines, onCorrectDate }: NoticeCardProps) {
  const roles = Object.keys(notice.dates) as DateRole[];
  return (
    <article class="cc-card" aria-label={KIND_LABEL[notice.kind] ?? notice.kind}>
      <h2>
        {KIND_LABEL[notice.kind] ?? notice.kind}
        {notice.outcome ? <span class="cc-outcome"> — {notice.outcome}</span> : null}
      </h2>
      {deadlines.length === 0 ? <p>No deadline applies to this notice.</p> : null}
      {deadlines.map((d) => (
        <section class="cc-deadline" data-rule={d.rule} key={d.rule}>
          <h3>{d.title.en}</h3>
          <p class="cc-countdown">
            <strong>{countdown(d)}</strong> — due <time dateTime={d.due}>{d.due}</time>
            {d.latest !== d.due ? (
              <span>
                {' '}
                (latest <time dateTime={d.latest}>{d.latest}</time>)
              </span>
            ) : null}
          </p>
          <p class="cc-citation">{d.citation}</p>
          <details>
            <summary>How this date was computed</summary>
            <ol>
              {d.steps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
          </details>
        </section>
      ))}
      {roles.length ? (
        <fieldset class="cc-dates">
          <legend>Dates read from the document (correct them if needed)</legend>
          {roles.map((role) => (
            <label key={role}>
              <span>{role.replace(/_/g, ' ')}</span>
              <input
                type="date"
                value={notice.dates[role]}
                data-role={role}
                onChange={(e) => {
                  const v = (e.currentTarget as HTMLInputElement).value;
                  if (v) onCorrectDate?.(role, v);
                }}
              />
              {notice.dateNotes[role] ? <small class="cc-uncertain">{notice.dateNotes[role]}</small> : null}
            </label>
          ))}
        </fieldset>
      ) : null}
    </article>
  );
}

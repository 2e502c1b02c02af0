// `claimclock --help`.
export const USAGE = `ClaimClock: deadline clocks for California workers' compensation notices.
Not legal advice: check every date against the letter.

Usage:
  claimclock scan FILE... [--json] [--represented | --unrepresented] [--today YYYY-MM-DD]
                          [--ics FILE] [--ocr] [--lang en|es]
      Reads .pdf, .html and .txt files, finds the notices in them and computes their deadlines.
      --ocr reads scanned (image-only) PDFs with offline text recognition; their dates are marked uncertain.

  claimclock deadlines --kind KIND [--outcome OUTCOME] --date ROLE=YYYY-MM-DD [--date ROLE=YYYY-MM-DD ...]
                       [--service mail|fax|email|personal|unknown] [--represented | --unrepresented]
                       [--expedited] [--medication] [--region ca|us|abroad] [--served-region ca|us|abroad]
                       [--claim NUMBER]
                       [--today YYYY-MM-DD] [--json] [--ics FILE] [--lang en|es]
      Computes the deadlines for a notice described on the command line (--claim names the calendar events).

Options:
  --json            print JSON (scan: one object per file in an array; deadlines: the deadlines array)
  --ics FILE        also write the deadlines as an iCalendar file (all-day events with reminders)
  --represented     you have an attorney; --unrepresented: you do not (default: unknown, the shorter period)
  --today DATE      count days left from DATE instead of today
  --region R        where YOUR address is (mail time for notices served on you): ca, us or abroad
  --served-region R where the OTHER party you served is (the earliest day to request a QME panel after your
                    objection): ca, us or abroad; unknown counts as the farthest, so the date is never too early
  --lang en|es      language of the calendar events and the table (default en)
  -h, --help        show this help

Kinds: ur_decision, imr_determination, qme_panel, mmi_report, mpn_second_opinion (and the wider packs' kinds).
Outcomes: denied, modified, delayed, approved (UR); upheld, overturned (IMR).
Date roles: document_date, decision_date, service_date, panel_assigned_date, exam_date, report_date, received_date.

Exit codes: 0 done, 1 a file could not be read, 2 wrong command line.

Example:
  claimclock deadlines --kind ur_decision --outcome denied --date decision_date=2026-03-02 \\
    --date service_date=2026-03-04 --service mail --json
`;

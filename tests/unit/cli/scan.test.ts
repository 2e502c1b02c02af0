// `claimclock scan`: real files in a temp folder, through main() with captured output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textDocumentFromString } from '../../../extract/text-document';
import { OCR_DATE_NOTE } from '../../../ocr/uncertain-dates';
import { encryptedPdf, scannedLetterPdf, UR_DENIAL_LINES } from '../../e2e/viewer-support';
import { renderLetter } from '../../fixtures/letters/layout';
import { otherLetters } from '../../fixtures/letters/other';
import { urLetters } from '../../fixtures/letters/ur';
import { ScanJson } from './contract';
import { randomBytes, run, tempDir } from './harness';

const letter = (list: typeof urLetters, file: string) => {
  const found = list.find((l) => l.file === file);
  if (!found) throw new Error(`no fixture letter ${file}`);
  return found;
};

const HTML = `<!doctype html><html><head><title>Claim portal</title><script>var x = "Date of UR Decision: 01/01/2020";</script></head>
<body><nav>Home · Claims · Messages</nav><main><h1>Notice of Utilization Review Decision</h1>
<p>Claim Number: PCW-25-118830</p><p>Date of UR Decision: 03/02/2026</p>
<p>Your physician's request for physical therapy, 12 visits, is <b>denied</b> (non-certified).</p>
<p>If you disagree, you may request Independent Medical Review (IMR) using the enclosed DWC Form IMR within 30 days of service of this decision.</p>
<p>Proof of service: this decision was served by mail on March 4, 2026.</p></main></body></html>`;

let fx: ReturnType<typeof tempDir>;

beforeAll(async () => {
  fx = tempDir();
  fx.put('ur-denial-mail.pdf', await renderLetter(letter(urLetters, 'ur-denial-mail.pdf')));
  fx.put('pr4-ps-report.pdf', await renderLetter(letter(otherLetters, 'pr4-ps-report.pdf')));
  fx.put('eob-statement.pdf', await renderLetter(letter(otherLetters, 'eob-statement.pdf')));
  fx.put('corrupt.pdf', randomBytes(4096));
  fx.put('encrypted.pdf', await encryptedPdf());
  fx.put('scanned.pdf', await scannedLetterPdf());
  fx.put('portal.html', HTML);
  fx.put('letter.txt', UR_DENIAL_LINES.join('\n'));
  fx.put('notes.docx', 'not supported');
}, 60_000);

afterAll(() => fx.dispose());

describe('claimclock scan', () => {
  it('prints one JSON object per file with the notices and deadlines of DESIGN.md', async () => {
    const r = await run(['scan', 'ur-denial-mail.pdf', '--json', '--today', '2026-03-10'], fx.dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    ScanJson.parse(out);
    expect(out).toHaveLength(1);
    const [file] = out;
    expect(file).toMatchObject({ source: 'ur-denial-mail.pdf', error: null });
    expect(file.notices).toHaveLength(1);
    const [notice] = file.notices;
    expect(notice).toMatchObject({
      kind: 'ur_decision', outcome: 'denied', serviceMethod: 'mail', expedited: false, represented: null,
      dates: { decision_date: '2026-03-02', service_date: '2026-03-04' },
    });
    expect(notice.confidence).toBeGreaterThan(0.5);
    expect(notice.confidence).toBeLessThanOrEqual(1);
    const imr = notice.deadlines.find((d: { rule: string }) => d.rule === 'ca.imr.request');
    // Golden: tests/unit/rules/golden/imr-ur.cases.ts, "IMR request by mail".
    expect(imr).toMatchObject({
      due: '2026-04-01', latest: '2026-04-08', start: '2026-03-02', status: 'upcoming', daysLeft: 22,
    });
    expect(imr.citation).toMatch(/Lab\. Code § 4610\.5\(h\)\(1\)/);
    expect(imr.startRole).toMatch(/decision_date/);
    expect(imr.steps.length).toBeGreaterThan(2);
    expect(imr.steps.every((s: unknown) => typeof s === 'string')).toBe(true);
  });

  it('applies --represented / --unrepresented when the document does not say (20 or 30 days to object)', async () => {
    const objection = async (...flags: string[]) => {
      const r = await run(['scan', 'pr4-ps-report.pdf', '--json', '--today', '2026-07-15', ...flags], fx.dir);
      const [notice] = JSON.parse(r.stdout)[0].notices;
      expect(notice.represented).toBeNull();
      return notice.deadlines.find((d: { rule: string }) => d.rule === 'ca.report.objection');
    };
    const represented = await objection('--represented');
    const unrepresented = await objection('--unrepresented');
    const unknown = await objection();
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(days(represented.start, represented.due)).toBe(20);
    expect(days(unrepresented.start, unrepresented.due)).toBe(30);
    expect(unknown.due).toBe(represented.due); // unknown: the shorter period
    expect(unknown.assumptions.join(' ')).toMatch(/shorter|20/);
  });

  it('reads .html (visible text only) and .txt files', async () => {
    const r = await run(['scan', 'portal.html', 'letter.txt', '--json', '--today', '2026-03-10'], fx.dir);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout);
    ScanJson.parse(parsed);
    const [html, txt] = parsed;
    expect(html.source).toBe('portal.html');
    expect(html.notices[0]).toMatchObject({ kind: 'ur_decision', outcome: 'denied' });
    expect(html.notices[0].dates.decision_date).toBe('2026-03-02');
    expect(txt.notices[0]).toMatchObject({ kind: 'ur_decision', outcome: 'denied', dates: { service_date: '2026-03-04' } });
    expect(txt.notices[0].deadlines.map((d: { rule: string }) => d.rule)).toContain('ca.imr.request');
  });

  it('gives "notices": [] for a document without a notice', async () => {
    const r = await run(['scan', 'eob-statement.pdf', '--json'], fx.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ source: 'eob-statement.pdf', notices: [], error: null }]);
  });

  it('reports an error per unreadable file, still processes the others, and exits 1', async () => {
    const files = ['corrupt.pdf', 'ur-denial-mail.pdf', 'encrypted.pdf', 'missing.pdf', 'notes.docx', 'letter.txt'];
    const r = await run(['scan', ...files, '--json', '--today', '2026-03-10'], fx.dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    ScanJson.parse(out);
    expect(out.map((f: { source: string }) => f.source)).toEqual(files);
    const [corrupt, good, encrypted, missing, docx, txt] = out;
    expect(corrupt.error).toMatch(/damaged or is not a real PDF/);
    expect(corrupt.notices).toEqual([]);
    expect(encrypted.error).toMatch(/password/);
    expect(missing.error).toMatch(/could not be opened/);
    expect(docx.error).toMatch(/not supported/);
    expect(good.error).toBeNull();
    expect(good.notices[0].deadlines[0].rule).toBe('ca.imr.request');
    expect(txt.error).toBeNull();
    expect(txt.notices).toHaveLength(1);
    for (const f of [corrupt, encrypted, missing, docx]) expect(f.error).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says a scanned PDF has no text layer and suggests --ocr', async () => {
    const r = await run(['scan', 'scanned.pdf', '--json'], fx.dir);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    expect(file.error).toMatch(/no text layer/);
    expect(file.error).toMatch(/--ocr/);
    expect(file.errorCode).toBe('no_text_layer');
  });

  it('with --ocr, reads a scanned PDF by OCR and marks its dates uncertain', async () => {
    const seen: string[] = [];
    const ocrPdf = async (bytes: Uint8Array, source: string) => {
      seen.push(`${source}:${bytes.length}`);
      return textDocumentFromString(UR_DENIAL_LINES.join('\n'), source);
    };
    const r = await run(['scan', 'scanned.pdf', 'ur-denial-mail.pdf', '--json', '--ocr', '--today', '2026-03-10'], fx.dir, { scan: { ocrPdf } });
    expect(r.code).toBe(0);
    expect(seen).toHaveLength(1); // the typed PDF has a text layer: no OCR for it
    expect(seen[0]).toMatch(/^scanned\.pdf:\d+$/);
    const [scanned, typed] = JSON.parse(r.stdout);
    expect(scanned.error).toBeNull();
    expect(scanned.notices[0]).toMatchObject({ kind: 'ur_decision', outcome: 'denied' });
    expect(scanned.notices[0].dateNotes.service_date.startsWith(OCR_DATE_NOTE)).toBe(true);
    for (const note of Object.values(scanned.notices[0].dateNotes)) expect(note).toMatch(/^Read by OCR/);
    expect(JSON.stringify(typed.notices[0].dateNotes)).not.toContain(OCR_DATE_NOTE);
  });

  it('with --ocr, really reads a scanned PDF offline (tesseract with the bundled data)', async () => {
    const r = await run(['scan', 'scanned.pdf', '--json', '--ocr', '--today', '2026-03-10'], fx.dir);
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.stdout);
    expect(file.notices[0]).toMatchObject({ kind: 'ur_decision', outcome: 'denied', dates: { service_date: '2026-03-04' } });
    // the proof of service's date was read by OCR: the deadline asks for a check, and the latest date counts from the
    // safe start (the letter's date, March 2, plus mail time) rather than from a service date that may be misread
    expect(file.notices[0].deadlines[0]).toMatchObject({ rule: 'ca.imr.request', due: '2026-04-01', latest: '2026-04-06', needsCheck: true });
    expect(file.notices[0].deadlines[0].checkReasons).toContain('ocr');
    expect(file.notices[0].dateNotes.service_date).toMatch(/^Read by OCR/);
    expect(r.stderr).toContain('scanned.pdf: reading page 1 of 1 by OCR');
  }, 60_000);

  it('writes --ics with one event per deadline, parsed by ical.js, with the same UIDs on every run', async () => {
    const args = ['scan', 'ur-denial-mail.pdf', 'corrupt.pdf', '--json', '--today', '2026-03-10', '--ics', 'out.ics'];
    const first = await run(args, fx.dir);
    expect(first.code).toBe(1); // the corrupt file; the calendar is still written
    expect(first.stderr).toMatch(/Wrote 1 calendar event to out\.ics/);
    const text = readFileSync(join(fx.dir, 'out.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect((event!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-04-01');
    expect(event!.getFirstPropertyValue('summary')).toBe('Ask for Independent Medical Review (IMR) — Claim SMC-0448217');
    expect(event!.getAllSubcomponents('valarm')).toHaveLength(4);
    const uid = event!.getFirstPropertyValue('uid');
    await run(args, fx.dir);
    const again = new ICAL.Component(ICAL.parse(readFileSync(join(fx.dir, 'out.ics'), 'utf8')));
    expect(again.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toBe(uid);
  });

  it('writes the calendar in Spanish with --lang es', async () => {
    await run(['scan', 'ur-denial-mail.pdf', '--ics', 'es.ics', '--lang', 'es', '--today', '2026-03-10'], fx.dir);
    const event = new ICAL.Component(ICAL.parse(readFileSync(join(fx.dir, 'es.ics'), 'utf8'))).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe('Pida una Revisión Médica Independiente (IMR) — Reclamo SMC-0448217');
  });

  it('prints a readable table without --json', async () => {
    const r = await run(['scan', 'ur-denial-mail.pdf', 'corrupt.pdf', '--today', '2026-03-10'], fx.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ur-denial-mail\.pdf\n {2}Utilization review \(UR\) decision \(denied\) · Claim SMC-0448217 · How it was sent to you \(served\): Mail/);
    expect(r.stdout).toMatch(/RULE\s+DUE \(SAFE\)\s+LATEST\s+DAYS LEFT\s+CITATION/);
    expect(r.stdout).toMatch(/ca\.imr\.request\s+2026-04-01\s+2026-04-08\s+22\s+Lab\. Code § 4610\.5\(h\)\(1\)/);
    expect(r.stdout).toMatch(/corrupt\.pdf\n {2}error: This file looks damaged/);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('counts days left from the local date when --today is not given', async () => {
    const r = await run(['scan', 'ur-denial-mail.pdf', '--json'], fx.dir, {}, new Date(2026, 2, 31, 23, 30));
    const imr = JSON.parse(r.stdout)[0].notices[0].deadlines[0];
    expect(imr).toMatchObject({ rule: 'ca.imr.request', daysLeft: 1, status: 'upcoming' });
  });

  it('answers a 50 MB web page with a plain "too large to read automatically" instead of running on', async () => {
    const fx = tempDir();
    const row = '<tr><td>03/02/2025</td><td>Utilization review decision</td><td>Denied</td><td><a href="#">view<</td></tr>\n';
    fx.put('huge.html', `<html><body><h1>Claim history</h1><table>${row.repeat(Math.ceil((50 * 1024 * 1024) / row.length))}</table></body></html>`);
    const r = await run(['scan', 'huge.html', '--json'], fx.dir);
    fx.dispose();
    const [report] = JSON.parse(r.stdout);
    expect(report.error).toMatch(/too large to read automatically/);
    expect(r.code).toBe(1);
  }, 60_000);

  it('refuses a scan without files, a bad --today and both representation flags with exit code 2', async () => {
    for (const argv of [['scan', '--json'], ['scan', 'a.pdf', '--today', '2026-02-30'], ['scan', 'a.pdf', '--represented', '--unrepresented'], ['scan', 'a.pdf', '--bogus']]) {
      const r = await run(argv, fx.dir);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^claimclock: .+\nRun "claimclock --help" for usage\.\n$/);
    }
  });
});

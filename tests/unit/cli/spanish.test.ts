// The CLI with --lang es on the corpus (issue 14 item 1): every line it prints in text mode (headings, table headers,
// rule titles, dates, countdowns, date-reading notes, missing-date notes, errors, the calendar message) is Spanish.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { NOTICE_KINDS } from '../../../model';
import { englishWords } from '../../support/english';
import { run, tempDir } from './harness';

const DOCS = fileURLToPath(new URL('../../fixtures/docs/', import.meta.url));
const files = readdirSync(DOCS).filter((f) => /\.(txt|html)$/.test(f)).sort();
const tmp = tempDir();
afterAll(() => tmp.dispose());

/** Lines that are not ClaimClock's words: the file names it echoes. */
const ownLines = (out: string, names: string[]) => out.split('\n').filter((l) => l.trim() && !names.includes(l.trim()));

describe('claimclock --lang es', () => {
  it(`scans the ${files.length} text and HTML documents of the corpus and prints no English`, async () => {
    expect(files.length).toBeGreaterThan(60);
    const r = await run(['scan', ...files, 'ur-denial-mail.pdf', 'missing.pdf', '--lang', 'es', '--today', '2026-03-10'], DOCS);
    const bad = ownLines(r.stdout, [...files, 'ur-denial-mail.pdf', 'missing.pdf']).map((l) => [l, englishWords(l)] as const).filter(([, w]) => w.length);
    expect(bad).toEqual([]);
    expect(r.stdout).toMatch(/REGLA\s+A MÁS TARDAR \(SEGURA\)\s+ÚLTIMA FECHA\s+DÍAS QUE QUEDAN\s+CITA/);
    expect(r.stdout).toMatch(/Pida una Revisión Médica Independiente \(IMR\)\s+\d+ de \w+ de 2026/);
    expect(r.stdout).toMatch(/missing\.pdf\n {2}error: No se pudo abrir este archivo/);
    expect(r.stdout).not.toMatch(/-\d+\s+Lab\./); // a countdown phrase, not a negative number
  });

  it('prints deadlines for every kind, the missing-date notes and the calendar message in Spanish', async () => {
    const out: string[] = [];
    for (const kind of NOTICE_KINDS) {
      const r = await run(['deadlines', '--kind', kind, '--date', 'document_date=2026-03-02', '--lang', 'es', '--today', '2026-03-10'], tmp.dir);
      out.push(r.stdout, r.stderr);
    }
    const ics = await run(['deadlines', '--kind', 'ur_decision', '--outcome', 'denied', '--date', 'service_date=2026-03-04', '--ics', 'a.ics', '--lang', 'es'], tmp.dir);
    expect(ics.stderr).toBe('Se escribió 1 evento de calendario en a.ics\n');
    out.push(ics.stdout, ics.stderr);
    const bad = out.join('\n').split('\n').filter((l) => l.trim()).map((l) => [l, englishWords(l.replace(/\b[a-z]{2}\.[a-z_.]+/g, ' '))] as const).filter(([, w]) => w.length);
    expect(bad).toEqual([]);
  });
});

// The ClaimClock command line (DESIGN.md "Contracts that other tools rely on"): `scan` files and `deadlines` from
// flags, as JSON or a table, optionally writing an .ics file. Same pure core as the extension.
import { resolve } from 'node:path';
import type { CalendarItem } from '../app/calendar';
import { defaultRuleset, localToday } from '../rules';
import { deadlinesFor, missingDeadlines } from '../app/deadlines';
import { calendarItems, writeIcs } from './calendar';
import { defaultIo, EXIT, UsageError, type CliIo } from './io';
import { noticeFromFlags, type DeadlineFlags } from './notice-from-flags';
import { commonValues, DEADLINES_OPTIONS, parse, SCAN_OPTIONS, type CommonValues } from './options';
import { t, tCount } from '../i18n';
import { deadlinesTable, needsText, scanText, toJson } from './report';
import { cliContext, defaultScanDeps, scanFile, type ScanDeps } from './scan';
import { USAGE } from './usage';

export interface MainDeps {
  scan?: Partial<ScanDeps>;
}

/** Writes --ics FILE when asked; false (after a plain message) when the file cannot be written. */
async function maybeWriteIcs(common: CommonValues, items: CalendarItem[], io: CliIo): Promise<boolean> {
  if (!common.ics) return true;
  if (!items.length) {
    // RFC 5545 wants at least one event in a calendar: say so instead of writing an empty one.
    io.stderr.write(`${t('cli.ics.none', common.lang, { file: common.ics })}\n`);
    return true;
  }
  const path = resolve(io.cwd, common.ics);
  try {
    await writeIcs(path, items, common.lang, io.writeFile, io.now());
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e);
    io.stderr.write(`${t('cli.ics.failed', common.lang, { file: common.ics, reason })}\n`);
    return false;
  }
  io.stderr.write(`${tCount('cli.ics.wrote', items.length, common.lang, { file: common.ics })}\n`);
  return true;
}

async function scan(args: string[], io: CliIo, deps: MainDeps): Promise<number> {
  const { values, positionals } = parse(args, SCAN_OPTIONS);
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const common = commonValues(values, localToday(io.now()));
  if (!positionals.length) throw new UsageError('scan needs at least one file (.pdf, .html or .txt).');
  const progress = (source: string, page: number, pages: number) => io.stderr.write(`${t('cli.ocr_page', common.lang, { source, page, pages })}\n`);
  const scanDeps = { ...defaultScanDeps(progress), ...deps.scan };
  const options = { cwd: io.cwd, today: common.today, profile: common.profile, ocr: Boolean(values.ocr) };
  const results = [];
  for (const file of positionals) {
    const result = await scanFile(file, options, scanDeps);
    if (result.unexpected) io.stderr.write(`claimclock: ${file}: ${(result.unexpected as Error)?.stack ?? String(result.unexpected)}\n`);
    results.push(result);
  }
  const reports = results.map((r) => r.report);
  io.stdout.write(common.json ? toJson(reports) : scanText(reports, common.lang));
  const written = await maybeWriteIcs(common, results.flatMap((r) => r.items), io);
  return reports.some((r) => r.error) || !written ? EXIT.fileError : EXIT.ok;
}

async function deadlines(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, DEADLINES_OPTIONS);
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`deadlines takes no file names (got "${positionals[0]}"); use flags.`);
  const common = commonValues(values, localToday(io.now()));
  const notice = noticeFromFlags(values as DeadlineFlags);
  const ctx = cliContext(common.profile, defaultRuleset(), common.today);
  const found = deadlinesFor(notice, ctx);
  io.stdout.write(common.json ? toJson(found) : `${deadlinesTable(found, common.lang)}\n`);
  for (const m of missingDeadlines(notice, ctx)) {
    io.stderr.write(`${needsText(m, common.lang, 'cli.note_needs')}\n`);
  }
  return (await maybeWriteIcs(common, calendarItems(notice, found), io)) ? EXIT.ok : EXIT.fileError;
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo(), deps: MainDeps = {}): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr.write(USAGE);
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (command === 'scan') return await scan(rest, io, deps);
    if (command === 'deadlines') return await deadlines(rest, io);
    throw new UsageError(`Unknown command "${command}". Use "scan" or "deadlines".`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`claimclock: ${e.message}\nRun "claimclock --help" for usage.\n`);
      return EXIT.usage;
    }
    io.stderr.write(`claimclock: unexpected error: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT.fileError;
  }
}

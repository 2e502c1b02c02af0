// The page-side steps of a scan in headless Chromium, without the extension: the DOM read (sources/dom.ts) and
// detect() against the floor (a TreeWalker collecting the text of every Text node of the same page), and the probe's
// check (page/probe.ts) on a page with no claim words. tests/bench/in-page.ts is bundled with esbuild and run in the
// page. "First" is the first run in a fresh page (the content script is injected fresh on every page, so this is
// what a user waits for); "warm" is the median of 10 more runs.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../e2e/harness';
import { bigPlainPage, bigPortalPage } from './content.bench';
import type { InPageTimes } from './in-page';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface DomBenchRow {
  page: string;
  chars: number;
  first: InPageTimes;
  warm: InPageTimes;
}

export async function runDomBench(warmRuns = 10): Promise<DomBenchRow[]> {
  const bundled = await build({ entryPoints: [join(ROOT, 'tests/bench/in-page.ts')], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  const script = bundled.outputFiles[0]!.text;
  const folder = await mkdtemp(join(tmpdir(), 'claimclock-dom-bench-'));
  const pages = { 'portal page with a UR denial (200 KB)': await bigPortalPage(), 'non-matching page (200 KB)': bigPlainPage() };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const rows: DomBenchRow[] = [];
    for (const [name, html] of Object.entries(pages)) {
      const file = join(folder, `${rows.length}.html`);
      await writeFile(file, html);
      const page = await browser.newPage();
      await page.goto(`file://${file}`);
      await page.addScriptTag({ content: script });
      const run = () => page.evaluate(() => (globalThis as unknown as { ccInPage: () => InPageTimes }).ccInPage());
      const first = await run();
      const runs: InPageTimes[] = [];
      for (let i = 0; i < warmRuns; i++) runs.push(await run());
      const warm = Object.fromEntries((Object.keys(first) as (keyof InPageTimes)[]).map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as InPageTimes;
      rows.push({ page: name, chars: first.chars, first, warm });
      await page.close();
    }
    return rows;
  } finally {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  }
}

export function domBenchMarkdown(rows: DomBenchRow[]): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const ratio = (t: InPageTimes) => `${(t.readDomMs / Math.max(t.floorMs, 0.1)).toFixed(1)}×`;
  return [
    '| page | characters read | run | floor (TreeWalker text) | DOM read | read ÷ floor | detect() | read + detect | probe check |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.flatMap((r) => (['first', 'warm'] as const).map((run) => {
      const t = r[run];
      return `| ${r.page} | ${r.chars.toLocaleString('en-US')} | ${run} | ${ms(t.floorMs)} | ${ms(t.readDomMs)} | ${ratio(t)} | ${ms(t.detectMs)} | ${ms(t.readDomMs + t.detectMs)} | ${ms(t.probeMs)} |`;
    })),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(domBenchMarkdown(await runDomBench()));

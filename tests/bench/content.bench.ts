// Content-script benchmark (run: npx tsx tests/bench/content.bench.ts, after npx wxt build):
//  A. a ~200 KB portal page (claim history, payments, the UR denial letter): the built content script in
//     headless Chromium, injected by 'scan-tab' — injection to answer (wall clock, as the user waits) and the
//     scan itself (DOM walk + detect + highlights + banner, measured inside the page);
//  B. a non-matching page of the same size (a store catalogue): the fast exit;
//  C. bundle size of each entrypoint in .output/chrome-mv3 (its own files plus the chunks its HTML loads).
import { mkdtemp, readdir, readFile, rm, stat, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchExtension, relativeDates, ROOT, serveFolder } from '../e2e/harness';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** ~`kb` KB of portal markup around the UR denial letter from the e2e pages. */
export async function bigPortalPage(kb = 200): Promise<string> {
  const letterPage = await readFile(join(ROOT, 'tests/e2e/pages/ur-denial.html'), 'utf8');
  const rows: string[] = [];
  for (let i = 0; rows.join('').length < kb * 1024 - letterPage.length; i++) {
    const d = `${String((i % 12) + 1).padStart(2, '0')}/${String((i % 27) + 1).padStart(2, '0')}/2024`;
    rows.push(`<tr><td>${d}</td><td>Temporary disability payment #${10_000 + i}, check mailed to address of record</td><td>$${(612.5 + (i % 40)).toFixed(2)}</td><td>Paid</td></tr>`);
  }
  const table = `<h3>Payment history</h3><table aria-label="Payments"><tr><th>Date</th><th>Description</th><th>Amount</th><th>Status</th></tr>${rows.join('')}</table>`;
  // the letter's dates relative to today ('{{today-4}}'), as the e2e server writes them: a letter with its dates
  return relativeDates(letterPage.replace('<h3>Earlier letters</h3>', `${table}<h3>Earlier letters</h3>`));
}

/** The same size of markup with none of the words the scanner looks for. */
export function bigPlainPage(kb = 200): string {
  const rows: string[] = [];
  for (let i = 0; rows.join('').length < kb * 1024; i++) {
    rows.push(`<tr><td>SKU-${40_000 + i}</td><td>Cordless drill kit, 20 V, two batteries, charger and case (model ${i % 90})</td><td>$${(89 + (i % 50)).toFixed(2)}</td><td>In stock</td></tr>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Catalogue</title></head><body><h1>Catalogue</h1><table>${rows.join('')}</table></body></html>`;
}

export interface ContentBenchResult {
  matchingPageKB: number;
  plainPageKB: number;
  matching: { injectToAnswerMs: number; scanMs: number; notices: number };
  plain: { injectToAnswerMs: number; scanMs: number };
  rounds: number;
  bundles: { entrypoint: string; files: number; bytes: number; gzipBytes: number }[];
}

async function entrypointBundles(dir = EXTENSION_DIR): Promise<ContentBenchResult['bundles']> {
  const sizeOf = async (files: string[]) => {
    let bytes = 0;
    let gzipBytes = 0;
    for (const f of files) {
      const buf = await readFile(join(dir, f));
      bytes += buf.length;
      gzipBytes += gzipSync(buf).length;
    }
    return { files: files.length, bytes, gzipBytes };
  };
  const out: ContentBenchResult['bundles'] = [];
  for (const name of await readdir(dir)) {
    if (name.endsWith('.html')) {
      const html = await readFile(join(dir, name), 'utf8');
      const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
      // chunks imported by those scripts (one level is enough for WXT's output)
      const deps = new Set(refs);
      for (const r of refs.filter((x) => x.endsWith('.js'))) {
        const code = await readFile(join(dir, r), 'utf8');
        for (const m of code.matchAll(/from\s*["']\.{1,2}\/([^"']+\.js)["']|import\(["']\.{1,2}\/([^"']+\.js)["']\)/g)) {
          const rel = m[1] ?? m[2]!;
          deps.add(rel.startsWith('chunks/') ? rel : join(dirname(r), rel));
        }
      }
      out.push({ entrypoint: name.replace('.html', ''), ...(await sizeOf([name, ...deps])) });
    }
  }
  out.push({ entrypoint: 'background', ...(await sizeOf(['background.js'])) });
  for (const f of await readdir(join(dir, 'content-scripts'))) out.push({ entrypoint: `content-scripts/${f}`, ...(await sizeOf([`content-scripts/${f}`])) });
  return out.sort((a, b) => a.entrypoint.localeCompare(b.entrypoint));
}

export async function runContentBench(rounds = 5): Promise<ContentBenchResult> {
  const folder = await mkdtemp(join(tmpdir(), 'claimclock-bench-'));
  const big = await bigPortalPage();
  const plain = bigPlainPage();
  await writeFile(join(folder, 'big.html'), big);
  await writeFile(join(folder, 'plain.html'), plain);
  await copyFile(join(ROOT, 'tests/e2e/pages/portal.css'), join(folder, 'portal.css'));
  const server = await serveFolder(folder);
  const h = await launchExtension({ patchManifest: (m) => void (m.host_permissions = ['http://127.0.0.1/*']) });
  try {
    const measure = async (file: string) => {
      const wall: number[] = [];
      const scan: number[] = [];
      let notices = 0;
      for (let r = 0; r <= rounds; r++) {
        const page = await h.page(server.url(file));
        const tabId = await h.tabId(page);
        const t0 = performance.now();
        const res = await h.message<{ notices: unknown[]; scanMs: number }>({ type: 'scan-tab', tabId });
        const ms = performance.now() - t0;
        if (r > 0) {
          wall.push(ms); // round 0 is a warm-up
          scan.push(res.scanMs);
        }
        notices = res.notices.length;
        await page.close();
      }
      return { injectToAnswerMs: median(wall), scanMs: median(scan), notices };
    };
    const matching = await measure('big.html');
    const { notices: _n, ...plainResult } = await measure('plain.html');
    return {
      matchingPageKB: Math.round(big.length / 1024),
      plainPageKB: Math.round(plain.length / 1024),
      matching,
      plain: plainResult,
      rounds,
      bundles: await entrypointBundles(),
    };
  } finally {
    await h.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

export function contentBenchMarkdown(r: ContentBenchResult): string {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  return [
    `| page | size | injection → answer (median of ${r.rounds}) | scan inside the page | notices |`,
    '|---|---|---|---|---|',
    `| portal page with a UR denial | ${r.matchingPageKB} KB HTML | ${r.matching.injectToAnswerMs.toFixed(1)} ms | ${r.matching.scanMs.toFixed(1)} ms | ${r.matching.notices} |`,
    `| non-matching page (fast exit) | ${r.plainPageKB} KB HTML | ${r.plain.injectToAnswerMs.toFixed(1)} ms | ${r.plain.scanMs.toFixed(1)} ms | 0 |`,
    '',
    '| entrypoint | files | size | gzip |',
    '|---|---|---|---|',
    ...r.bundles.map((b) => `| ${b.entrypoint} | ${b.files} | ${kb(b.bytes)} | ${kb(b.gzipBytes)} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = await stat(join(EXTENSION_DIR, 'manifest.json')).catch(() => null);
  if (!t) throw new Error('Build first: npx wxt build');
  console.log(contentBenchMarkdown(await runContentBench()));
}

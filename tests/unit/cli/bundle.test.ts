// The CLI as users run it: bundled by esbuild exactly like `npm run build:cli`, then run by a separate node process
// on a real PDF. Built into node_modules/.cache so the external packages resolve as they do from dist-cli/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderLetter } from '../../fixtures/letters/layout';
import { urLetters } from '../../fixtures/letters/ur';
import { ScanJson } from './contract';
import { tempDir } from './harness';

const root = resolve(__dirname, '../../..');
const outDir = join(root, 'node_modules/.cache/claimclock-cli-test');
const outfile = join(outDir, `claimclock-${process.pid}.mjs`);
const fx = tempDir();

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  // Same options as package.json "build:cli".
  await build({
    entryPoints: [join(root, 'cli/main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', outfile, logLevel: 'silent',
  });
  writeFileSync(join(fx.dir, 'ur-denial-mail.pdf'), await renderLetter(urLetters.find((l) => l.file === 'ur-denial-mail.pdf')!));
}, 60_000);

afterAll(() => {
  fx.dispose();
  rmSync(outfile, { force: true });
});

function cli(args: string[]) {
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(outfile).href)});
process.exitCode = await main(${JSON.stringify(args)});`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: fx.dir, encoding: 'utf8', timeout: 60_000 });
}

describe('the bundled CLI', () => {
  it('scans a PDF in a separate node process and prints the JSON contract', () => {
    const r = cli(['scan', 'ur-denial-mail.pdf', '--json', '--today', '2026-03-10']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = ScanJson.parse(JSON.parse(r.stdout));
    expect(out[0]!.notices[0]!.deadlines[0]).toMatchObject({ rule: 'ca.imr.request', due: '2026-04-01', latest: '2026-04-08' });
  });

  it('exits 2 with a message, not a stack trace, on a bad command line', () => {
    const r = cli(['deadlines', '--kind', 'nope', '--date', 'decision_date=2026-03-02']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown notice kind "nope"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

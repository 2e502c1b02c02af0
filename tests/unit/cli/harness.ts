// Runs main() with captured output, a fixed clock and a temp working directory holding generated fixtures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type MainDeps } from '../../../cli/main';
import type { CliIo } from '../../../cli/io';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], cwd: string, deps: MainDeps = {}, now = new Date(2026, 2, 10, 12)): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    now: () => now,
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
  const code = await main(argv, io, deps);
  return { code, stdout, stderr };
}

export function tempDir(): { dir: string; put: (name: string, data: Uint8Array | string) => string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'claimclock-cli-'));
  return {
    dir,
    put: (name, data) => {
      writeFileSync(join(dir, name), data);
      return name;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Random bytes that pdf.js cannot read (seeded, so the test is repeatable). */
export function randomBytes(n: number, seed = 42): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

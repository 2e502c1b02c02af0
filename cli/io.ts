// The CLI's seam to the outside world: output streams, working directory, clock and file writing. Tests pass their
// own (captured output, a fixed clock); bin/claimclock.mjs uses the defaults.
import { writeFile } from 'node:fs/promises';

export interface Out {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: Out;
  stderr: Out;
  cwd: string;
  now: () => Date;
  writeFile: (path: string, text: string) => Promise<void>;
}

export function defaultIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    now: () => new Date(),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
}

/** Exit codes: 0 fine, 1 a file could not be read (or an unexpected failure), 2 the command line is wrong. */
export const EXIT = { ok: 0, fileError: 1, usage: 2 } as const;

/** A mistake on the command line: printed with the usage hint, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

// The committed corpus (tests/fixtures/docs) is what the generator makes: rebuild it in memory and compare bytes.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtures, DOCS_DIR } from '../../fixtures/make-fixtures';
import { TRUTH } from '../../fixtures/truth';

describe('fixture corpus files', () => {
  it('are up to date with tests/fixtures/make-fixtures.ts (run it and commit the files when this fails)', async () => {
    const built = await buildFixtures();
    const onDisk = (await readdir(DOCS_DIR)).sort();
    expect(onDisk).toEqual(built.map((f) => f.file));
    for (const f of built) {
      const committed = new Uint8Array(await readFile(join(DOCS_DIR, f.file)));
      expect(Buffer.compare(Buffer.from(committed), Buffer.from(f.bytes)), `${f.file} differs from the generator's output`).toBe(0);
    }
  }, 60_000);

  it('each have a labelled truth, and the truth names no missing file', async () => {
    const onDisk = (await readdir(DOCS_DIR)).sort();
    expect(Object.keys(TRUTH).sort()).toEqual(onDisk);
  });

  it('include the README example, tests/fixtures/docs/ur-denial-mail.pdf', async () => {
    expect((await readdir(DOCS_DIR))).toContain('ur-denial-mail.pdf');
  });
});

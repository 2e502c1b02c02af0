#!/usr/bin/env node
// The CLI is bundled by `npm run build:cli` from cli/main.ts (same core as the extension).
// `claimclock ... | head` closes stdout early: stop quietly instead of printing an EPIPE stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

let cli;
try {
  cli = await import('../dist-cli/claimclock.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist-cli')) throw e;
  process.stderr.write('claimclock: the CLI is not built yet. Run "npm run build:cli" (or "npm run build") first.\n');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));

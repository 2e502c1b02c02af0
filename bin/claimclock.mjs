#!/usr/bin/env node
// The CLI is bundled by `npm run build:cli` from cli/main.ts (same core as the extension).
import { main } from '../dist-cli/claimclock.mjs';
process.exitCode = await main(process.argv.slice(2));

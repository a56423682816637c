#!/usr/bin/env node
// Entry point of the whynot CLI: runs the compiled CLI from dist/.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err instanceof Error ? err.stack : String(err)); process.exitCode = 2; },
);

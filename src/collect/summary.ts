// The end-of-run summary: files, calls, errors, time, and the first failed calls.
import type { CollectResult } from './collect.js';

const SHOWN = 20;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** The summary printed after a run, as plain text lines. */
export function formatSummary(r: CollectResult): string {
  const lines = [
    `whynot collect: ${plural(r.written, 'file')} written${r.skipped ? `, ${r.skipped} already complete` : ''}, ${plural(r.calls, 'API call')}, ` +
      `${plural(r.errors, 'error')}, ${seconds(r.ms)} -> ${r.out}`,
    `  caller ${r.caller.Arn}; accounts ${r.accounts.join(', ') || '(none)'}; regions ${r.regions.join(', ') || '(none)'}`,
  ];
  if (r.none) lines.push(`  ${r.none} "none" answers (no bucket policy, no function policy...) recorded in whynot-collect.json`);
  const errors = r.failed;
  if (errors.length) {
    lines.push(`  failed calls (all recorded in whynot-collect.json; the snapshot is usable, answers that need them will say so):`);
    for (const f of errors.slice(0, SHOWN)) lines.push(`    ${f.error} on ${f.call}${f.file ? `: ${f.file}` : ''}`);
    if (errors.length > SHOWN) lines.push(`    ... and ${errors.length - SHOWN} more`);
  }
  return lines.join('\n') + '\n';
}

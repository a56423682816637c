// SNAPSHOT_FILE_UNREADABLE: a snapshot file could not be read (bad JSON, wrong shape); its data is never taken as allow-all or deny-all.
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'SNAPSHOT_FILE_UNREADABLE', severity: 'error', title: 'A snapshot file cannot be read',
    needs: ['any snapshot file'],
    fix: 'Collect the file again (aws ... --output json > FILE, or whynot collect); until then, conclusions that depend on it are listed under notChecked.',
    docs: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html',
  },
  check({ ctx, report }) {
    for (const p of ctx.snapshot.problems) {
      report({ message: p.message, fix: p.fix ?? 'Collect the file again (aws ... --output json > FILE, or whynot collect).', ...(p.resource ? { resource: p.resource } : {}), ...(p.location ? { location: p.location } : {}), evidence: [`loader: ${p.code}`] });
    }
  },
};

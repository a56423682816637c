// Doctor benchmark: every check over the generated large account (plus the example estate for the regional checks), in a child process for honest memory.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runDoctorAsync } from '../src/doctor/index.js';
import { loadSnapshot } from '../src/snapshot/index.js';
import { writeLargeAccount } from '../test/fixtures/snapshots/generate-large.js';

const ACCOUNT = '123456789012';

/** Child side: load the snapshot, run doctor, report timings, counts and peak memory as JSON. */
async function child(dir: string): Promise<void> {
  const t0 = performance.now();
  const snapshot = await loadSnapshot(dir);
  const t1 = performance.now();
  const r = await runDoctorAsync(snapshot);
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({
    loadMs: Math.round(t1 - t0), doctorMs: Math.round(t2 - t1), totalMs: Math.round(t2 - t0),
    findings: r.findings.length, notChecked: r.notChecked.length, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
}

/** Generates the large account (5,000 roles, 2,000 policies, 1,000 buckets) next to a copy of examples/snapshot and times doctor over it. */
export async function benchDoctor(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'whynot-doctor-large-'));
  try {
    await cp(resolve(import.meta.dirname, '../examples/snapshot'), dir, { recursive: true });
    const bytes = await writeLargeAccount(dir, { account: ACCOUNT });
    const out = execFileSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return { authorizationDetailsMB: Math.round((bytes / 1048576) * 10) / 10, ...(JSON.parse(out) as Record<string, number>) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2]) {
  await child(process.argv[2]);
}

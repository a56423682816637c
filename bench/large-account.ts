// Large-account benchmark: load a generated 100 MB+ account and answer a first question, in a child process for honest memory figures.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate } from '../src/iam/evaluate.js';
import { buildFromSnapshot } from '../src/iam/from-snapshot.js';
import { loadSnapshot } from '../src/snapshot/index.js';
import { writeLargeAccount } from '../test/fixtures/snapshots/generate-large.js';

/** Figures of the large-account benchmark. */
export interface LargeAccountBench {
  authorizationDetailsMB: number;
  loadMs: number;
  firstDecisionMs: number;
  loadPlusFirstDecisionMs: number;
  peakRssMB: number;
  decision: string;
}

const ACCOUNT = '123456789012';

/** Child side: load the snapshot, answer one question, report timings and peak memory. */
async function child(dir: string): Promise<void> {
  const t0 = performance.now();
  const snapshot = await loadSnapshot(dir);
  const t1 = performance.now();
  const built = buildFromSnapshot(snapshot, { principal: `arn:aws:iam::${ACCOUNT}:role/service/role-4321`, action: 's3:GetObject', resource: 'arn:aws:s3:::generated-bucket-77/data/x' });
  const decision = built.ok ? evaluate(built.input).decision : `error: ${built.reason}`;
  const t2 = performance.now();
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ loadMs: Math.round(t1 - t0), firstDecisionMs: Math.round(t2 - t1), peakRssMB, decision }));
}

/** Generates the account (5,000 roles, 2,000 policies, 1,000 buckets), then measures it in a fresh process. */
export async function benchLargeAccount(): Promise<LargeAccountBench> {
  const dir = await mkdtemp(join(tmpdir(), 'whynot-large-'));
  try {
    const bytes = await writeLargeAccount(dir, { account: ACCOUNT });
    const out = execFileSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out) as Omit<LargeAccountBench, 'authorizationDetailsMB' | 'loadPlusFirstDecisionMs'>;
    return { authorizationDetailsMB: Math.round((bytes / 1048576) * 10) / 10, ...r, loadPlusFirstDecisionMs: r.loadMs + r.firstDecisionMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2]) {
  await child(process.argv[2]);
}

// Runs the lint pass of a large snapshot on worker threads plus the main thread, then hands the findings to the run.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Finding } from '../../core/finding.js';
import type { DoctorContext } from '../context.js';
import { lintJobs, runLintJobs, setPolicyTextFindings, type LintJob } from './policies.js';

/** Below this many policies the pass runs on the main thread only (a worker costs more than it saves). */
const MIN_JOBS = 2000;

/** A worker running lint-worker: the compiled file, or (running from source) the .ts file behind tsx's loader. */
function startWorker(jobs: LintJob[]): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: jobs });
  const entry = new URL('./lint-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, { eval: true, workerData: jobs });
}

function inWorker(jobs: LintJob[]): Promise<Finding[]> {
  return new Promise((resolvePromise, reject) => {
    const w = startWorker(jobs);
    w.once('message', (m: Finding[]) => { resolvePromise(m); void w.terminate(); });
    w.once('error', reject);
  });
}

/** Precomputes the lint findings of the run in parallel when the snapshot is large; falls back to the main thread on any worker error. */
export async function precomputePolicyText(ctx: DoctorContext, threads = Math.min(4, availableParallelism()), minJobs = MIN_JOBS): Promise<void> {
  const jobs = lintJobs(ctx);
  if (jobs.length < minJobs || threads < 2) return;
  const size = Math.ceil(jobs.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => jobs.slice(i * size, (i + 1) * size));
  const [mine = [], ...theirs] = shares;
  try {
    const pending = theirs.map((share) => inWorker(share).catch(() => runLintJobs(share)));
    const own = runLintJobs(mine);
    const rest = await Promise.all(pending);
    setPolicyTextFindings(ctx, [...own, ...rest.flat()]);
  } catch {
    // Workers cannot start here (bundlers, sandboxes): the checks compute the pass on the main thread.
  }
}

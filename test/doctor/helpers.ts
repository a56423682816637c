// Test helpers: run doctor over a snapshot folder once per options and cache the report.
import { resolve } from 'node:path';
import { runDoctor, type DoctorReport, type RunOptions } from '../../src/doctor/index.js';
import { loadSnapshot } from '../../src/snapshot/index.js';

const cache = new Map<string, Promise<DoctorReport>>();

/** Doctor's report on a snapshot folder (relative to the repository root). */
export function doctorOn(dir: string, opts: RunOptions = {}): Promise<DoctorReport> {
  const key = `${dir} ${JSON.stringify(opts)}`;
  let p = cache.get(key);
  if (!p) {
    p = loadSnapshot(resolve(import.meta.dirname, '../..', dir)).then((s) => runDoctor(s, opts));
    cache.set(key, p);
  }
  return p;
}

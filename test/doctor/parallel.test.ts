// The parallel lint pass gives the same report as the serial one (workers, or the main-thread fallback where workers cannot load).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDoctor, runDoctorAsync } from '../../src/doctor/index.js';
import { loadSnapshot } from '../../src/snapshot/index.js';

describe('runDoctorAsync', () => {
  it('reports exactly what runDoctor reports', async () => {
    const s = await loadSnapshot(resolve(import.meta.dirname, '../../examples/snapshot'));
    const serial = runDoctor(s);
    const parallel = await runDoctorAsync(s, { threads: 2, parallelMinPolicies: 1 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
  }, 60_000);
});

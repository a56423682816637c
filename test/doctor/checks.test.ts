// Table tests, one row per check (rows.ts): the snapshot where it fires and the same snapshot fixed (examples/snapshot-fixed)
// where it does not; each row asserts code, resource and fix text. Each row's `doc` is the AWS page pinning the rule.
import { describe, expect, it } from 'vitest';
import { doctorOn } from './helpers.js';
import { brokenTwin } from './mutate.js';
import { ROWS } from './rows.js';

describe.each(ROWS)('$code', (row) => {
  // The AWS page pinning this row: row.doc.
  it('fires where the flow is broken, naming the resource and the fix', async () => {
    const dir = row.broken === 'examples' ? 'examples/snapshot' : brokenTwin(row.broken);
    const r = await doctorOn(dir, row.opts ?? {});
    const hits = r.findings.filter((f) => f.code === row.code && (row.resource === '' || f.resource === row.resource));
    expect(hits.map((f) => `${f.resource ?? ''} ${f.message}`), `${row.code} on ${row.resource}; got ${r.findings.filter((f) => f.code === row.code).map((f) => f.resource).join(', ')}`).not.toEqual([]);
    expect(hits.some((f) => f.fix?.includes(row.fix)), hits.map((f) => f.fix).join('\n')).toBe(true);
    expect(hits.every((f) => f.location?.file)).toBe(true);
  }, 60_000);
  it('is silent on the same snapshot fixed', async () => {
    const r = await doctorOn('examples/snapshot-fixed', row.opts ?? {});
    expect(r.findings.filter((f) => f.code === row.code && (row.resource === '' || f.resource === row.resource)).map((f) => f.message)).toEqual([]);
  }, 60_000);
});

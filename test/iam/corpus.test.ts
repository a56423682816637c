// Runs every case of test/corpus/ (AWS documentation scenarios, policy-only) through the engine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/iam/evaluate.js';
import { inputFromDocuments, type DocumentSet } from '../../src/iam/from-documents.js';

interface CorpusCase {
  id: string;
  description: string;
  doc: string;
  why: string;
  request: { principal: string; action: string; resource: string; resourceAccount?: string; context?: Record<string, string | string[]> };
  policies: { identity?: unknown[]; resource?: unknown; boundary?: unknown; session?: unknown; endpoint?: unknown; scps?: unknown[][]; rcps?: unknown[][] };
  principalAccount?: string | null;
  managementAccount?: string;
  expect: { decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny' };
}

const dir = join(import.meta.dirname, '..', 'corpus');
const cases: CorpusCase[] = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusCase);

describe('authorization corpus (test/corpus)', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(40);
  });
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const p = c.policies;
    const docs: DocumentSet = {
      ...(p.identity ? { identity: p.identity } : {}),
      ...(p.resource !== undefined ? { resource: p.resource } : {}),
      ...(p.boundary !== undefined ? { boundary: p.boundary } : {}),
      ...(p.session !== undefined ? { session: [p.session] } : {}),
      ...(p.endpoint !== undefined ? { endpoint: p.endpoint } : {}),
      ...(p.scps ? { scps: p.scps } : {}),
      ...(p.rcps ? { rcps: p.rcps } : {}),
    };
    const input = inputFromDocuments({ ...c.request, ...(c.managementAccount ? { managementAccount: c.managementAccount } : {}) }, docs);
    const d = evaluate(input, { explain: 'full' });
    expect(d.decision, `${c.description}\n${c.why}\n${c.doc}\n${d.summary}`).toBe(c.expect.decision);
  });
});

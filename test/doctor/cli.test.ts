// whynot doctor as a command: output formats, exit status by --fail-on, --only/--skip, --suppress, progress only on a terminal.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const cwd = resolve(import.meta.dirname, '../..');
const run = async (...args: string[]): Promise<{ code: number; out: string; err: string; tty?: boolean }> => {
  const io = bufferIo(cwd);
  const code = await main(['doctor', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
};

describe('whynot doctor', () => {
  it('demonstration run (npm start) exits 0 with --fail-on none and groups text by severity with the fix under each finding', async () => {
    const r = await run('--snapshot', 'examples/snapshot', '--fail-on', 'none');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ERROR \(\d+\)/);
    expect(r.out).toContain('WARNING (');
    expect(r.out).toContain('    fix: ');
    expect(r.err).toBe('');
  }, 60_000);
  it('exits 1 on errors by default and 0 on the fixed twin', async () => {
    expect((await run('--snapshot', 'examples/snapshot')).code).toBe(1);
    expect((await run('--snapshot', 'examples/snapshot-fixed')).code).toBe(0);
    expect((await run('--snapshot', 'examples/snapshot-fixed', '--fail-on', 'warning')).code).toBe(1);
  }, 60_000);
  it('--json prints {findings, notChecked} with evidence', async () => {
    const r = await run('--snapshot', 'examples/snapshot', '--json', '--only', 'LAMBDA_POLICY_MISSING_SERVICE_INVOKE', '--fail-on', 'none');
    const j = JSON.parse(r.out) as { findings: { code: string; evidence?: string[]; location?: { file: string } }[]; notChecked: unknown[] };
    expect(j.findings.map((f) => f.code)).toEqual(['LAMBDA_POLICY_MISSING_SERVICE_INVOKE']);
    expect(j.findings[0]?.evidence?.join(' ')).toContain('events.amazonaws.com lambda:InvokeFunction');
    expect(Array.isArray(j.notChecked)).toBe(true);
  }, 60_000);
  it('--format sarif, --skip and --suppress', async () => {
    const sarif = JSON.parse((await run('--snapshot', 'examples/snapshot', '--format', 'sarif', '--fail-on', 'none')).out) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    const skipped = await run('--snapshot', 'examples/snapshot', '--json', '--skip', 'FLOW_LOGS_MISSING', '--fail-on', 'none');
    expect(skipped.out).not.toContain('"FLOW_LOGS_MISSING"');
    const dir = mkdtempSync(join(tmpdir(), 'whynot-sup-'));
    writeFileSync(join(dir, 's.json'), JSON.stringify({ suppressions: [{ code: 'FLOW_LOGS_MISSING', resource: 'vpc-*', reason: 'accepted' }] }));
    const sup = await run('--snapshot', 'examples/snapshot', '--suppress', join(dir, 's.json'), '--fail-on', 'none');
    expect(sup.out).not.toContain('FLOW_LOGS_MISSING ');
    expect(sup.out).toMatch(/1 suppressed/);
  }, 60_000);
  it('rejects bad input with status 2', async () => {
    expect((await run('--snapshot', 'examples/snapshot', '--only', 'NOT_A_CODE')).code).toBe(2);
    expect((await run('--snapshot', 'examples/snapshot', '--expect', 'lambda:f')).code).toBe(2);
    expect((await run('--snapshot', 'examples/snapshot', '--now', 'yesterday')).code).toBe(2);
    expect((await run()).code).toBe(2);
  });
  it('writes a progress line only when stderr is a terminal', async () => {
    const io = { ...bufferIo(cwd), stderrIsTty: true };
    const err: string[] = [];
    await main(['doctor', '--snapshot', 'examples/snapshot-fixed', '--only', 'FLOW_LOGS_MISSING'], { ...io, stderr: (t) => err.push(t) });
    expect(err.join('')).toContain('doctor: 1/1 FLOW_LOGS_MISSING');
  });
  it('--now makes freshness reproducible: a day after the ingestion, the agent is not stale', async () => {
    const r = await run('--snapshot', 'examples/snapshot', '--json', '--only', 'CW_AGENT_NOT_REPORTING', '--now', '2026-11-21T04:00:00Z', '--fail-on', 'none');
    const j = JSON.parse(r.out) as { findings: { resource: string }[] };
    expect(j.findings.map((f) => f.resource)).not.toContain('i-0c71ab45342b21adb');
  }, 60_000);
});

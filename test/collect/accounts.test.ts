// Management account with --role-name and --accounts all: organization files, AssumeRole per account, a failed AssumeRole recorded.
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsCommand,
  ListParentsCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTargetsForPolicyCommand,
  OrganizationsServiceException,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSServiceException } from '@aws-sdk/client-sts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, CollectSetupError, sdkClientFactory, type ClientFactory } from '../../src/collect/index.js';
import { listFiles, readJson, testDeps } from './helpers.js';
import { ACCOUNT, awsError, installWorld, type World } from './world.js';

const MEMBER = '222233334444';
const DENIED = '444455556666';
const SUSPENDED = '555566667777';
const ORG = { Id: 'o-a1b2c3d4e5', Arn: `arn:aws:organizations::${ACCOUNT}:organization/o-a1b2c3d4e5`, FeatureSet: 'ALL' as const, MasterAccountId: ACCOUNT, MasterAccountArn: `arn:aws:organizations::${ACCOUNT}:account/o-a1b2c3d4e5/${ACCOUNT}` };
const T = new Date('2024-06-01T00:00:00.000Z');
const account = (Id: string, State: string) => ({ Id, Arn: `arn:aws:organizations::${ACCOUNT}:account/o-a1b2c3d4e5/${Id}`, Email: `${Id}@example.com`, Name: `acct-${Id}`, Status: State, State, JoinedMethod: 'CREATED', JoinedTimestamp: T });
const PARENTS: Record<string, { Id: string; Type: string }> = {
  [ACCOUNT]: { Id: 'r-ab12', Type: 'ROOT' },
  [MEMBER]: { Id: 'ou-ab12-prod0001', Type: 'ORGANIZATIONAL_UNIT' },
  [DENIED]: { Id: 'ou-ab12-prod0001', Type: 'ORGANIZATIONAL_UNIT' },
  [SUSPENDED]: { Id: 'ou-ab12-susp0001', Type: 'ORGANIZATIONAL_UNIT' },
  'ou-ab12-prod0001': { Id: 'ou-ab12-work0001', Type: 'ORGANIZATIONAL_UNIT' },
  'ou-ab12-work0001': { Id: 'r-ab12', Type: 'ROOT' },
  'ou-ab12-susp0001': { Id: 'r-ab12', Type: 'ROOT' },
};
const SCPS = [
  { Id: 'p-FullAWSAccess', Arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY' as const, AwsManaged: true },
  { Id: 'p-denyregions1', Arn: `arn:aws:organizations::${ACCOUNT}:policy/o-a1b2c3d4e5/service_control_policy/p-denyregions1`, Name: 'DenyRegions', Type: 'SERVICE_CONTROL_POLICY' as const, AwsManaged: false },
];

let world: World;
let dir: string;
beforeEach(async () => {
  world = installWorld();
  dir = await mkdtemp(join(tmpdir(), 'whynot-collect-org-'));
  const { org, sts } = world.mocks;
  org.on(DescribeOrganizationCommand).resolves({ Organization: ORG });
  org.on(ListRootsCommand).resolves({ Roots: [{ Id: 'r-ab12', Arn: `arn:aws:organizations::${ACCOUNT}:root/o-a1b2c3d4e5/r-ab12`, Name: 'Root', PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] }] });
  org.on(ListAccountsCommand).callsFake((i: { NextToken?: string }) =>
    i.NextToken === undefined
      ? { Accounts: [account(ACCOUNT, 'ACTIVE'), account(MEMBER, 'ACTIVE')], NextToken: 'accounts-2' }
      : { Accounts: [account(DENIED, 'ACTIVE'), account(SUSPENDED, 'SUSPENDED')] },
  );
  org.on(ListParentsCommand).callsFake((i: { ChildId: string }) => ({ Parents: [PARENTS[i.ChildId]] }));
  org.on(ListPoliciesCommand, { Filter: 'SERVICE_CONTROL_POLICY' }).resolves({ Policies: SCPS });
  org.on(ListPoliciesCommand, { Filter: 'RESOURCE_CONTROL_POLICY' }).rejects(
    awsError(OrganizationsServiceException, 'PolicyTypeNotEnabledException', 'This operation can be performed only for enabled policy types.'),
  );
  org.on(DescribePolicyCommand).callsFake((i: { PolicyId: string }) => ({
    Policy: { PolicySummary: SCPS.find((p) => p.Id === i.PolicyId), Content: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' },
  }));
  org.on(ListTargetsForPolicyCommand).resolves({ Targets: [{ TargetId: 'r-ab12', Arn: `arn:aws:organizations::${ACCOUNT}:root/o-a1b2c3d4e5/r-ab12`, Name: 'Root', Type: 'ROOT' }] });
  sts.on(AssumeRoleCommand, { RoleArn: `arn:aws:iam::${MEMBER}:role/WhynotCollect` }).resolves({
    Credentials: { AccessKeyId: 'ASIAMEMBEREXAMPLE001', SecretAccessKey: 'member-secret', SessionToken: 'member-token', Expiration: new Date('2025-01-31T13:00:00.000Z') },
    AssumedRoleUser: { AssumedRoleId: 'AROAMEMBER:whynot-collect', Arn: `arn:aws:sts::${MEMBER}:assumed-role/WhynotCollect/whynot-collect` },
  });
  sts.on(AssumeRoleCommand, { RoleArn: `arn:aws:iam::${DENIED}:role/WhynotCollect` }).rejects(
    awsError(STSServiceException, 'AccessDenied', `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${DENIED}:role/WhynotCollect`, 403),
  );
});
afterEach(async () => {
  world.restore();
  await rm(dir, { recursive: true, force: true });
});

describe('collect from the management account with --role-name and --accounts all', () => {
  it('writes the organization, assumes the role in each active account, and records the account it could not enter', async () => {
    const out = join(dir, 'snap');
    const configs: { service: string; region: string; credentials: unknown; retryMode: string }[] = [];
    const clientFactory: ClientFactory = (service, config) => {
      configs.push({ service, ...config });
      return sdkClientFactory(service, config);
    };
    const result = await collect(
      { out, services: ['organizations', 'iam', 'sts'], regions: ['us-east-1'], roleName: 'WhynotCollect', accounts: 'all' },
      testDeps({ clientFactory }),
    );
    expect(result.accounts).toEqual([ACCOUNT, MEMBER, DENIED]);
    expect(await listFiles(out)).toEqual([
      `${ACCOUNT}/iam/get-account-authorization-details.json`,
      `${ACCOUNT}/us-east-1/sts/get-caller-identity.json`,
      `${MEMBER}/iam/get-account-authorization-details.json`,
      `${MEMBER}/us-east-1/sts/get-caller-identity.json`,
      'organizations/describe-organization.json',
      'organizations/list-accounts.json',
      'organizations/list-roots.json',
      `organizations/parents/${ACCOUNT}.json`,
      `organizations/parents/${MEMBER}.json`,
      `organizations/parents/${DENIED}.json`,
      `organizations/parents/${SUSPENDED}.json`,
      'organizations/parents/ou-ab12-prod0001.json',
      'organizations/parents/ou-ab12-susp0001.json',
      'organizations/parents/ou-ab12-work0001.json',
      'organizations/policies/p-FullAWSAccess/describe-policy.json',
      'organizations/policies/p-FullAWSAccess/list-targets-for-policy.json',
      'organizations/policies/p-denyregions1/describe-policy.json',
      'organizations/policies/p-denyregions1/list-targets-for-policy.json',
      'whynot-collect.json',
    ]);
    const accounts = (await readJson(out, 'organizations/list-accounts.json')) as { Accounts: { Id: string; JoinedTimestamp: string }[] };
    expect(accounts.Accounts.map((a) => a.Id)).toEqual([ACCOUNT, MEMBER, DENIED, SUSPENDED]);
    expect(accounts.Accounts[0]?.JoinedTimestamp).toBe('2024-06-01T00:00:00.000Z');
    expect(await readJson(out, 'organizations/describe-organization.json')).toEqual({ Organization: ORG });

    expect(result.record.failures).toEqual([
      expect.objectContaining({ call: 'organizations:ListPolicies', error: 'PolicyTypeNotEnabledException' }),
      expect.objectContaining({ call: 'sts:AssumeRole', error: 'AccessDenied', message: expect.stringContaining(DENIED) as string }),
    ]);
    expect(result.record.failures.every((f) => f.file === undefined)).toBe(true);

    // The member account's clients use the assumed role's credentials, every client the adaptive retry mode.
    const iamClients = configs.filter((c) => c.service === 'iam');
    expect(iamClients).toHaveLength(2);
    const resolve = iamClients[1]?.credentials as () => Promise<{ accessKeyId: string; sessionToken?: string }>;
    await expect(resolve()).resolves.toMatchObject({ accessKeyId: 'ASIAMEMBEREXAMPLE001', sessionToken: 'member-token' });
    expect(configs.every((c) => c.retryMode === 'adaptive')).toBe(true);
    const assumed = world.mocks.sts.calls().map((c) => c.args[0].input as { RoleArn?: string; RoleSessionName?: string }).filter((i) => i.RoleArn);
    expect(assumed).toEqual([
      { RoleArn: `arn:aws:iam::${MEMBER}:role/WhynotCollect`, RoleSessionName: 'whynot-collect', DurationSeconds: 3600 },
      { RoleArn: `arn:aws:iam::${DENIED}:role/WhynotCollect`, RoleSessionName: 'whynot-collect', DurationSeconds: 3600 },
    ]);
  });

  it('refuses --accounts all from a member account', async () => {
    world.mocks.org.on(DescribeOrganizationCommand).resolves({ Organization: { ...ORG, MasterAccountId: '999988887777' } });
    await expect(
      collect({ out: join(dir, 'snap'), services: ['iam'], regions: ['us-east-1'], roleName: 'WhynotCollect', accounts: 'all' }, testDeps()),
    ).rejects.toBeInstanceOf(CollectSetupError);
  });

  it('writes no organization files from a member account', async () => {
    world.mocks.org.on(DescribeOrganizationCommand).resolves({ Organization: { ...ORG, MasterAccountId: '999988887777' } });
    const out = join(dir, 'snap');
    await collect({ out, services: ['organizations', 'iam'] }, testDeps());
    expect(await listFiles(out)).toEqual([`${ACCOUNT}/iam/get-account-authorization-details.json`, 'whynot-collect.json']);
  });
});

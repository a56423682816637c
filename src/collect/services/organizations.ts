// Organizations (management account only): the organization, roots, accounts, parents, SCPs and RCPs with their targets.
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  paginateListAccounts,
  paginateListParents,
  paginateListPolicies,
  paginateListRoots,
  paginateListTargetsForPolicy,
  type DescribeOrganizationCommandOutput,
  type ListAccountsCommandOutput,
  type PolicyType,
} from '@aws-sdk/client-organizations';
import { CallError } from '../errors.js';
import { allPages } from '../pages.js';
import { encodeName } from '../paths.js';
import type { Scope } from '../scope.js';

const DESCRIBE = 'organizations/describe-organization.json';

/** What describe-organization said about the caller's account. */
export type OrganizationRole = 'management' | 'member' | 'none' | 'unknown';

/**
 * Calls describe-organization and saves it when the caller is the management account (read back on --resume).
 * `none`: not in an organization; `unknown`: the call failed (recorded).
 */
export async function organizationRole(scope: Scope): Promise<OrganizationRole> {
  const before = (await scope.existing(DESCRIBE)) as DescribeOrganizationCommandOutput | undefined;
  if (before?.Organization?.MasterAccountId === scope.account) return 'management';
  let org: DescribeOrganizationCommandOutput;
  try {
    org = await scope.client('organizations').send(new DescribeOrganizationCommand({}));
  } catch (e) {
    if (e instanceof CallError && e.code === 'AWSOrganizationsNotInUseException') return 'none';
    if (!(e instanceof CallError)) throw e;
    scope.fail(e, DESCRIBE);
    return 'unknown';
  }
  if (org.Organization?.MasterAccountId !== scope.account) return 'member';
  await scope.save(DESCRIBE, org);
  return 'management';
}

/** organizations/list-accounts.json (every page), shared by the organization collector and `--accounts all`. */
export function listAccounts(scope: Scope): Promise<ListAccountsCommandOutput | undefined> {
  const client = scope.client('organizations');
  return scope.file('organizations/list-accounts.json', () => allPages(paginateListAccounts({ client, pageSize: 20 }, {})), { shared: true });
}

/** The parents of every account, then of every OU met on the way up to the root. */
async function collectParents(scope: Scope, accountIds: readonly string[]): Promise<void> {
  const client = scope.client('organizations');
  const seen = new Set(accountIds);
  const visit = async (ChildId: string): Promise<void> => {
    const res = await scope.file(`organizations/parents/${encodeName(ChildId)}.json`, () => allPages(paginateListParents({ client }, { ChildId })));
    const next: string[] = [];
    for (const p of res?.Parents ?? []) {
      if (p.Type === 'ORGANIZATIONAL_UNIT' && p.Id && !seen.has(p.Id)) {
        seen.add(p.Id);
        next.push(p.Id);
      }
    }
    await Promise.all(next.map(visit));
  };
  await Promise.all(accountIds.map(visit));
}

/** Every policy of a type, described, with its targets; a failed list is recorded without a file. */
async function collectPolicies(scope: Scope, Filter: PolicyType): Promise<void> {
  const client = scope.client('organizations');
  let policies;
  try {
    policies = await allPages(paginateListPolicies({ client, pageSize: 20 }, { Filter }));
  } catch (e) {
    if (!(e instanceof CallError)) throw e;
    scope.fail(e);
    return;
  }
  await Promise.all(
    (policies.Policies ?? []).map(async ({ Id: PolicyId }) => {
      if (!PolicyId) return;
      const dir = `organizations/policies/${encodeName(PolicyId)}`;
      await Promise.all([
        scope.file(`${dir}/describe-policy.json`, () => client.send(new DescribePolicyCommand({ PolicyId }))),
        scope.file(`${dir}/list-targets-for-policy.json`, () => allPages(paginateListTargetsForPolicy({ client, pageSize: 20 }, { PolicyId }))),
      ]);
    }),
  );
}

/** The organization's files; call only when {@link organizationRole} said `management`. */
export async function collectOrganization(scope: Scope): Promise<void> {
  const client = scope.client('organizations');
  const [, accounts] = await Promise.all([
    scope.file('organizations/list-roots.json', () => allPages(paginateListRoots({ client }, {}))),
    listAccounts(scope),
  ]);
  const ids = (accounts?.Accounts ?? []).map((a) => a.Id).filter((id): id is string => Boolean(id));
  await Promise.all([
    collectParents(scope, ids),
    collectPolicies(scope, 'SERVICE_CONTROL_POLICY'),
    collectPolicies(scope, 'RESOURCE_CONTROL_POLICY'),
  ]);
}

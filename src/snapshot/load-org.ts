// Loads AWS Organizations data: the organization, root, accounts, parents, and the SCPs and RCPs with their targets.
import type { Collected } from '../core/collected.js';
import { isAccountId } from '../core/arn.js';
import type { LoadContext } from './context.js';
import type { OrgData, OrgPolicy } from './model.js';
import {
  readDescribeOrganization, readDescribePolicy, readListAccounts, readListParents, readListRoots, readListTargets,
} from './readers/organizations.js';

async function loadPolicy(ctx: LoadContext, onDisk: string): Promise<OrgPolicy | undefined> {
  const dir = `organizations/policies/${onDisk}`;
  const [described, targets] = await Promise.all([
    ctx.read(`${dir}/describe-policy.json`, readDescribePolicy),
    ctx.read(`${dir}/list-targets-for-policy.json`, readListTargets),
  ]);
  if (described.state !== 'collected') return undefined;
  const p = described.value;
  if (p.type !== 'SERVICE_CONTROL_POLICY' && p.type !== 'RESOURCE_CONTROL_POLICY') return undefined;
  return { ...p, type: p.type, targets };
}

/** Loads organizations/; missing when describe-organization.json is. */
export async function loadOrganization(ctx: LoadContext): Promise<Collected<OrgData>> {
  const file = 'organizations/describe-organization.json';
  const [org, roots, accounts, parentFiles, policyDirs] = await Promise.all([
    ctx.read(file, readDescribeOrganization),
    ctx.read('organizations/list-roots.json', readListRoots),
    ctx.read('organizations/list-accounts.json', readListAccounts),
    ctx.files('organizations/parents'),
    ctx.dirs('organizations/policies'),
  ]);
  if (org.state !== 'collected') return org;
  const parents = new Map<string, string>();
  await Promise.all(parentFiles.filter((f) => f.endsWith('.json')).map(async (f) => {
    const c = await ctx.read(`organizations/parents/${f}`, readListParents);
    if (c.state === 'collected') parents.set(decodeURIComponent(f.slice(0, -'.json'.length)), c.value);
  }));
  const policies = new Map<string, OrgPolicy>();
  for (const p of await Promise.all(policyDirs.map((d) => loadPolicy(ctx, d.onDisk)))) if (p) policies.set(p.id, p);
  const skipped = policyDirs.length - policies.size;
  if (skipped > 0) ctx.notes.push(`organizations/policies: ${skipped} polic${skipped === 1 ? 'y is' : 'ies are'} not an SCP or RCP, or unreadable, and not used`);
  let accountIds: Set<string>;
  if (accounts.state === 'collected') accountIds = new Set(accounts.value);
  else {
    accountIds = new Set([...parents.keys()].filter(isAccountId));
    ctx.notes.push(`organizations/list-accounts.json is ${accounts.state}: the organization's accounts are taken from organizations/parents/`);
  }
  accountIds.add(org.value.managementAccountId);
  const rootId = roots.state === 'collected' ? roots.value[0] : [...parents.values()].find((p) => p.startsWith('r-'));
  const value: OrgData = {
    id: org.value.id,
    ...(org.value.arn ? { arn: org.value.arn } : {}),
    managementAccountId: org.value.managementAccountId,
    ...(rootId ? { rootId } : {}),
    accounts: accountIds,
    parents,
    policies: new Map([...policies.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  return { state: 'collected', value, file };
}

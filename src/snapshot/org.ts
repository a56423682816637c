// Organizations helpers: an account's path from the root, and the SCPs or RCPs attached to a target.
import type { OrgData, OrgPolicy } from './model.js';

/** The ids from the root to the account (`[r-..., ou-..., ..., accountId]`), or undefined when the account or a parent is not in the snapshot. */
export function orgPathOf(org: OrgData, accountId: string): string[] | undefined {
  if (!org.accounts.has(accountId) && !org.parents.has(accountId)) return undefined;
  const path = [accountId];
  const seen = new Set(path);
  let current = accountId;
  for (;;) {
    const parent = org.parents.get(current);
    if (parent === undefined || seen.has(parent)) return undefined;
    path.unshift(parent);
    if (parent.startsWith('r-') || parent === org.rootId) return path;
    seen.add(parent);
    current = parent;
  }
}

/** The policies of a type whose collected targets include `targetId` (a root, OU or account id), sorted by id. */
export function policiesAt(org: OrgData, targetId: string, type: OrgPolicy['type']): OrgPolicy[] {
  return [...org.policies.values()].filter((p) => p.type === type && p.targets.state === 'collected' && p.targets.value.includes(targetId));
}

/** The policies of a type whose targets were not collected: they may apply anywhere, so an answer that depends on them is uncertain. */
export function policiesWithUnknownTargets(org: OrgData, type: OrgPolicy['type']): OrgPolicy[] {
  return [...org.policies.values()].filter((p) => p.type === type && p.targets.state !== 'collected');
}

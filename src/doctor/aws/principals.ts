// IAM principals of the snapshot: every user and role, and the ones whose attached policies show a role (e.g. auditor).
import type { IamRole, IamUser } from '../../snapshot/model.js';
import type { DoctorContext } from '../context.js';

/** Every user and role of every collected account, sorted by ARN. */
export function allPrincipals(ctx: DoctorContext): (IamUser | IamRole)[] {
  const out: (IamUser | IamRole)[] = [];
  for (const a of ctx.snapshot.accounts.values()) {
    const iam = ctx.iam(a.id);
    if (!iam) continue;
    out.push(...iam.users.values(), ...iam.roles.values());
  }
  return out.sort((x, y) => (x.arn < y.arn ? -1 : 1));
}

/** Names of the policies a principal has: inline, attached managed, and its groups' (by name). */
export function policyNames(ctx: DoctorContext, p: IamUser | IamRole): string[] {
  const iam = ctx.iam(p.account);
  const names = [...p.inlinePolicies.map((x) => x.name), ...p.managedPolicyArns.map((a) => a.split('/').pop() ?? a)];
  if (p.kind === 'user' && iam) {
    for (const g of iam.groups.values()) {
      if (!p.groups.includes(g.name) && !p.groups.includes(g.arn)) continue;
      names.push(...g.inlinePolicies.map((x) => x.name), ...g.managedPolicyArns.map((a) => a.split('/').pop() ?? a));
    }
  }
  return names;
}

/** The principals to check for a role: the `--principal` list when given, else those with a policy whose name matches. */
export function principalsFor(ctx: DoctorContext, pattern: RegExp): string[] {
  if (ctx.principals.length) return [...ctx.principals];
  return allPrincipals(ctx).filter((p) => !(p.kind === 'role' && p.serviceLinked) && policyNames(ctx, p).some((n) => pattern.test(n))).map((p) => p.arn);
}

// Identity policy statements of a principal, and concrete probes (action + resource) built from them to ask the engine.
import { resolveAction } from '../../policy/catalog/actions.js';
import type { Statement } from '../../policy/model.js';
import type { IamRole, IamUser, LoadedPolicy } from '../../snapshot/model.js';
import type { DoctorContext } from '../context.js';

/** The identity policies of a user (with its groups) or a role, as loaded. */
export function identityPolicies(ctx: DoctorContext, p: IamUser | IamRole): LoadedPolicy[] {
  const iam = ctx.iam(p.account);
  if (!iam) return [];
  const out: LoadedPolicy[] = [...p.inlinePolicies];
  const managed = (arns: string[]): void => { for (const a of arns) { const m = iam.policies.get(a); if (m) out.push(m.policy); } };
  managed(p.managedPolicyArns);
  if (p.kind === 'user') {
    for (const g of iam.groups.values()) {
      if (!p.groups.includes(g.name) && !p.groups.includes(g.arn)) continue;
      out.push(...g.inlinePolicies);
      managed(g.managedPolicyArns);
    }
  }
  return out;
}

/** Allow statements of a policy, with the policy. */
export function allowStatements(p: LoadedPolicy): Statement[] {
  return (p.document?.statements ?? []).filter((s) => s.effect === 'Allow');
}

/** A concrete request built from a statement: one action and one resource, wildcards filled. */
export interface Probe {
  action: string;
  resource: string;
  policy: LoadedPolicy;
  statement: Statement;
}

/** A resource ARN with its wildcards filled so that it names one concrete resource; undefined for `*` or variables. */
export function concreteResource(r: string): string | undefined {
  if (r === '*' || r.includes('${')) return undefined;
  return r.replace(/\*/g, 'whynot-probe').replace(/\?/g, 'x');
}

/** One concrete action for an action pattern: itself, or the first catalog action it matches (resource type permitting). */
export function concreteAction(a: string, resource?: string): string | undefined {
  if (a === '*') return undefined;
  if (!/[*?]/.test(a)) return a;
  const r = resolveAction(a);
  if (r.kind !== 'ok') return undefined;
  const objectLike = resource !== undefined && /^arn:aws:s3:::[^/]+\/.+/.test(resource);
  const bucketLike = resource !== undefined && /^arn:aws:s3:::[^/]+$/.test(resource);
  const prefer = r.service === 's3' ? (objectLike ? 'GetObject' : bucketLike ? 'ListBucket' : undefined) : undefined;
  const hit = prefer ? r.actions.find((x) => x.name === prefer) : undefined;
  const pick = hit ?? r.actions.find((x) => /^(Get|Describe|List|Read)/.test(x.name)) ?? r.actions[0];
  return pick ? `${r.service}:${pick.name}` : undefined;
}

/** Probes from the Allow statements of policies: at most `limit`, concrete actions on concrete resources only. */
export function probesOf(policies: LoadedPolicy[], limit = 24): Probe[] {
  const out: Probe[] = [];
  for (const policy of policies) {
    for (const st of allowStatements(policy)) {
      const resources = (st.resource?.values ?? []).map(concreteResource).filter((x): x is string => x !== undefined);
      const res = resources[0] ?? ((st.resource?.values ?? []).includes('*') ? '*' : undefined);
      if (!res) continue;
      for (const a of st.action?.values ?? []) {
        const action = concreteAction(a, res);
        if (!action) continue;
        out.push({ action, resource: res, policy, statement: st });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

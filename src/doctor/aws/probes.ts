// Requests worth asking for the policy-conflict checks: resource-policy grants to named principals, identity Allows of principals
// with a Deny, a boundary or SCPs over them, and `--expect principal:` flows. Asked once per run.
import { findResource } from '../../snapshot/index.js';
import type { DoctorContext } from '../context.js';
import { allPrincipals } from './principals.js';
import { ask, type Refusal } from './service-access.js';
import { concreteAction, concreteResource, identityPolicies, probesOf } from './statements.js';
import { snapshotPolicies } from './policies.js';
import { wildcardMatcher } from '../../policy/catalog/wildcard.js';
import type { IamRole, IamUser, LoadedPolicy } from '../../snapshot/model.js';

/** A request that was refused, and what made doctor ask it. */
export interface RefusedProbe { principal: string; refusal: Refusal; origin: string; file?: string; jsonPath?: string }

const cache = new WeakMap<DoctorContext, RefusedProbe[]>();
const IAM_ENTITY = /^arn:aws:iam::\d{12}:(user|role)\//;

/**
 * A cheap prefilter (the engine still decides): true when a Deny statement of the policies could match the request,
 * i.e. its Action (or any NotAction) and its Resource (or any NotResource, variables, conditions aside) may cover it.
 */
function mayBeDenied(policies: LoadedPolicy[], action: string, resource: string): boolean {
  for (const p of policies) {
    for (const st of p.document?.statements ?? []) {
      if (st.effect !== 'Deny') continue;
      const actionOk = st.notAction !== undefined || (st.action?.values ?? []).some((a) => wildcardMatcher(a)(action));
      const resourceOk = st.notResource !== undefined || (st.resource?.values ?? []).some((r) => r.includes('${') || resource === '*' || wildcardMatcher(r)(resource));
      if (actionOk && resourceOk) return true;
    }
  }
  return false;
}

/** A prefilter: false only when a boundary Allow statement without conditions surely covers the request and no boundary Deny may match. */
function boundaryMayBlock(boundary: LoadedPolicy | undefined, action: string, resource: string): boolean {
  if (!boundary?.document) return true;
  if (mayBeDenied([boundary], action, resource)) return true;
  return !boundary.document.statements.some((st) => st.effect === 'Allow' && st.conditions.length === 0 && !st.notAction && !st.notResource
    && (st.action?.values ?? []).some((a) => wildcardMatcher(a)(action))
    && (st.resource?.values ?? []).some((r) => r === '*' || (!r.includes('${') && resource !== '*' && wildcardMatcher(r)(resource))));
}

/** The refused probes of the run (memoized). */
export function refusedProbes(ctx: DoctorContext): RefusedProbe[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: RefusedProbe[] = [];
  const seen = new Set<string>();
  const probe = (principal: string, action: string, resource: string, origin: string, file?: string, jsonPath?: string): void => {
    const k = `${principal} ${action} ${resource}`;
    if (seen.has(k)) return;
    seen.add(k);
    const a = ask(ctx, principal, action, resource, {}, false);
    if (a.kind === 'refused') out.push({ principal, refusal: a.refusal, origin, ...(file ? { file } : {}), ...(jsonPath ? { jsonPath } : {}) });
  };
  const org = ctx.snapshot.organization.state === 'collected' ? ctx.snapshot.organization.value : undefined;
  const asked = new Set(ctx.principals);
  const entity = (arn: string): IamUser | IamRole | undefined => ctx.iam(arn.split(':')[4] ?? '')?.users.get(arn) ?? ctx.iam(arn.split(':')[4] ?? '')?.roles.get(arn);
  /** Only a Deny that may match, a boundary that may not cover, or SCPs can shadow an Allow: skip the engine otherwise. */
  const worth = (arn: string, action: string, resource: string, extra: LoadedPolicy[] = []): boolean => {
    if (asked.has(arn)) return true;
    const p = entity(arn);
    if (!p) return true;
    if (org !== undefined && p.account !== org.managementAccountId && org.policies.size > 0) return true;
    if (mayBeDenied([...identityPolicies(ctx, p), ...extra], action, resource)) return true;
    const boundary = p.permissionsBoundaryArn ? ctx.iam(p.account)?.policies.get(p.permissionsBoundaryArn)?.policy : undefined;
    return p.permissionsBoundaryArn !== undefined && boundaryMayBlock(boundary, action, resource);
  };
  // Resource-based policies that grant a named user or role.
  for (const sp of snapshotPolicies(ctx)) {
    if (sp.type !== 'resource' || !sp.resource) continue;
    const ownerArn = sp.resource;
    for (const st of sp.policy.document?.statements ?? []) {
      if (st.effect !== 'Allow' || st.principal?.kind !== 'map') continue;
      const named = st.principal.AWS.filter((v) => IAM_ENTITY.test(v));
      if (!named.length) continue;
      const resources = (st.resource?.values ?? []).map((r) => (r === '*' ? (sp.bucket ? `arn:aws:s3:::${sp.bucket}/whynot-probe` : ownerArn) : concreteResource(r))).filter((x): x is string => !!x);
      const resource = resources.find((r) => /^arn:aws:s3:::[^/]+\/./.test(r)) ?? resources[0] ?? ownerArn;
      if (findResource(ctx.snapshot, resource).kind === 'unknown') continue;
      for (const a of st.action?.values ?? []) {
        const action = concreteAction(a, resource);
        if (!action) continue;
        for (const p of named) if (worth(p, action, resource, [sp.policy])) probe(p, action, resource, `${sp.policy.name} statement ${st.sid ?? `#${st.index + 1}`} grants it`, sp.policy.file, `${sp.policy.jsonPath} -> ${st.path ?? `$.Statement[${st.index}]`}`);
        break;
      }
    }
  }
  // Identity Allows of principals that a Deny, a boundary or SCPs could shadow (every Allow of a --principal).
  for (const p of allPrincipals(ctx)) {
    if (p.kind === 'role' && p.serviceLinked) continue;
    const policies = identityPolicies(ctx, p);
    const hasDeny = policies.some((x) => (x.document?.statements ?? []).some((s) => s.effect === 'Deny'));
    const underScp = org !== undefined && p.account !== org.managementAccountId && org.policies.size > 0;
    if (!hasDeny && !p.permissionsBoundaryArn && !underScp && !asked.has(p.arn)) continue;
    for (const pr of probesOf(policies, asked.has(p.arn) ? 64 : 8)) {
      if (pr.resource !== '*' && findResource(ctx.snapshot, pr.resource).kind === 'unknown' && /^arn:aws:(s3|kms|lambda|secretsmanager|sns|sqs):/.test(pr.resource)) continue;
      if (!worth(p.arn, pr.action, pr.resource)) continue;
      probe(p.arn, pr.action, pr.resource, `${pr.policy.name} statement ${pr.statement.sid ?? `#${pr.statement.index + 1}`} allows it`, pr.policy.file, pr.policy.jsonPath);
    }
  }
  for (const e of ctx.expectations) if (e.kind === 'principal-action') probe(e.principal, e.action, e.resource, `--expect ${e.text}`, `${e.principal.split(':')[4] ?? ''}/iam/get-account-authorization-details.json`);
  cache.set(ctx, out);
  return out;
}

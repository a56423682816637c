// The one decision function: AWS's policy evaluation logic as a table, one comment per arm.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
import type { ResourcePolicyKind } from './inputs.js';
import type { RequestPrincipal } from './request.js';
import type { DecisionValue, PolicyResult, Reason, StatementHit } from './result.js';

/** Every policy result of one request, grouped by policy type. */
export interface Evaluated {
  principal: RequestPrincipal;
  sameAccount: boolean;
  identity: PolicyResult[];
  boundary?: PolicyResult;
  session?: PolicyResult[];
  scpLevels?: { target: string; results: PolicyResult[] }[];
  rcpLevels?: { target: string; results: PolicyResult[] }[];
  endpoint?: PolicyResult;
  resource?: PolicyResult;
  resourceKind: ResourcePolicyKind;
  /** Reasons a KMS grant or a bucket ACL grant covers the request (resource side). */
  grantReasons: Reason[];
  /** Every result above, in AWS's order of evaluation. */
  all: readonly PolicyResult[];
}

/** How unknown statements are read: `conservative` counts unknown Denies and ignores unknown Allows. */
export type World = 'conservative' | 'optimistic';

function allowsOf(r: PolicyResult | undefined, world: World): StatementHit[] {
  if (!r) return [];
  return world === 'optimistic' ? [...r.allows, ...r.unknown.filter((h) => h.effect === 'Allow')] : r.allows;
}

function deniesOf(r: PolicyResult | undefined, world: World): StatementHit[] {
  if (!r) return [];
  return world === 'conservative' ? [...r.denies, ...r.unknown.filter((h) => h.effect === 'Deny')] : r.denies;
}

const stmtReason = (h: StatementHit): Reason => ({ kind: 'statement', message: '', statement: h });

/** The outcome of the decision table: the decision and the reasons that decided it. */
export interface Combined {
  decision: DecisionValue;
  reasons: Reason[];
  /** Rules the AWS documentation leaves open that this decision depended on. */
  doubts?: string[];
}

/**
 * Combines the policy results into AWS's decision. Each arm is one rule of the evaluation logic,
 * in AWS's order: explicit deny, RCPs, SCPs, VPC endpoint policy, then the grants.
 */
export function combine(e: Evaluated, world: World): Combined {
  const p = e.principal;

  // 1. An explicit Deny in any policy of any type wins.
  const denies: StatementHit[] = [];
  for (const r of e.all) if (r.denies.length || r.unknown.length) denies.push(...deniesOf(r, world));
  if (denies.length) return { decision: 'ExplicitDeny', reasons: denies.map(stmtReason) };

  // 2. RCPs: every level from the root to the resource's account must have an Allow.
  for (const level of e.rcpLevels ?? []) {
    if (!level.results.some((r) => allowsOf(r, world).length)) {
      return { decision: 'ImplicitDeny', reasons: [{ kind: 'missing-allow', message: `no resource control policy attached to ${level.target} allows the request` }] };
    }
  }

  // 3. SCPs: every level from the root to the principal's account must have an Allow.
  for (const level of e.scpLevels ?? []) {
    if (!level.results.some((r) => allowsOf(r, world).length)) {
      return { decision: 'ImplicitDeny', reasons: [{ kind: 'missing-allow', message: `no service control policy attached to ${level.target} allows the request` }] };
    }
  }

  // 4. A VPC endpoint policy, when the request goes through an endpoint, must allow.
  if (e.endpoint && !allowsOf(e.endpoint, world).length) {
    return { decision: 'ImplicitDeny', reasons: [{ kind: 'missing-allow', message: 'the VPC endpoint policy does not allow the request' }] };
  }

  // The identity side: identity-based policies, limited by the boundary and the session policies.
  const identityAllows = e.identity.flatMap((r) => allowsOf(r, world));
  const boundaryOk = !e.boundary || allowsOf(e.boundary, world).length > 0;
  const sessionOk = !e.session || e.session.some((r) => allowsOf(r, world).length > 0);
  const isIam = p.type === 'user' || p.type === 'role-session' || p.type === 'federated-user';
  // The root user has full access in its own account and acts for its account across accounts.
  const identitySide = p.type === 'root' || (isIam && identityAllows.length > 0 && boundaryOk && sessionOk);
  const identityReasons: Reason[] = p.type === 'root'
    ? [{ kind: 'root', message: `the AWS account root user ${p.arn} has full access in its own account` }]
    : identityAllows.map(stmtReason);

  // The resource side: resource-policy Allows, split by how their Principal named the caller.
  const resourceAllows = allowsOf(e.resource, world);
  const grantOnItsOwn = (h: StatementHit): boolean => {
    const kind = h.principal?.kind ?? 'wildcard';
    switch (kind) {
      // A grant to the account delegates to the account's identity-based policies.
      case 'account': return p.type === 'root';
      // A grant to the role ARN is limited by the session's boundary and session policy.
      case 'role': return boundaryOk && sessionOk;
      // A grant to the user ARN or the session ARN itself is not limited by an implicit deny elsewhere.
      case 'direct': return true;
      // `*` names everyone. Within an account a boundary does not reduce what a resource-based
      // policy grants to a user (access_policies_boundaries.html); for sessions it is read as a grant
      // to the role, which the boundary and session policy limit.
      case 'wildcard': return !isIam || p.type === 'user' || (boundaryOk && sessionOk);
    }
  };
  const ownGrants = resourceAllows.filter(grantOnItsOwn);
  const resourceReasons: Reason[] = [...resourceAllows.map(stmtReason), ...e.grantReasons];

  if (e.resourceKind === 'kms-key' || e.resourceKind === 'role-trust') {
    // 5a. Key policies and role trust policies must allow: directly, or by delegating to the
    //     account, in which case an identity-based policy must allow too.
    const what = e.resourceKind === 'kms-key' ? 'key policy' : 'trust policy';
    if (e.grantReasons.length && (e.sameAccount ? true : identitySide)) return { decision: 'Allow', reasons: e.grantReasons };
    if (!resourceAllows.length) {
      return { decision: 'ImplicitDeny', reasons: [{ kind: 'missing-allow', message: `no statement in the ${what} allows the request` }, ...identityReasons] };
    }
    if (e.sameAccount && ownGrants.length) return { decision: 'Allow', reasons: ownGrants.map(stmtReason) };
    if (identitySide) return { decision: 'Allow', reasons: [...resourceAllows.map(stmtReason), ...identityReasons] };
    return { decision: 'ImplicitDeny', reasons: [{ kind: 'missing-allow', message: `the ${what} delegates to the account, but no identity-based policy allows the request` }, ...resourceAllows.map(stmtReason)] };
  }

  if (!isIam && p.type !== 'root') {
    // 5b. Service principals and anonymous callers have no identity side: only a resource policy can allow.
    if (resourceAllows.length || e.grantReasons.length) return { decision: 'Allow', reasons: resourceReasons };
    return { decision: 'ImplicitDeny', reasons: [{ kind: 'missing-allow', message: 'no resource-based policy allows this principal' }] };
  }

  if (e.sameAccount) {
    // 5c. Same account: an Allow in the identity side or a grant that stands on its own suffices.
    if (ownGrants.length) return { decision: 'Allow', reasons: ownGrants.map(stmtReason) };
    if (identitySide) return { decision: 'Allow', reasons: identityReasons };
    // The docs say how boundaries and session policies limit grants to a role ARN and to a session
    // ARN, but not to `*`: whynot reads `*` as naming the role, and says the answer rests on that.
    const openWildcard = p.type !== 'user' && resourceAllows.some((h) => (h.principal?.kind ?? 'wildcard') === 'wildcard');
    return {
      decision: 'ImplicitDeny',
      reasons: implicitDenyReasons(e, identityAllows.length > 0, boundaryOk, sessionOk, resourceAllows),
      ...(openWildcard ? { doubts: ['a resource-based policy grants to "*"; AWS documents how a permissions boundary or session policy limits grants to a role ARN but not to "*", and whynot reads "*" as the role (if "*" stands on its own, the answer is Allow)'] } : {}),
    };
  }

  // 5d. Cross-account: the caller's account must allow (identity side) and the resource's account
  //     must allow (resource-based policy naming the caller or its account).
  if (identitySide && (resourceAllows.length || e.grantReasons.length)) {
    return { decision: 'Allow', reasons: [...identityReasons, ...resourceReasons] };
  }
  const reasons: Reason[] = [];
  if (!identitySide) reasons.push(...implicitDenyReasons(e, identityAllows.length > 0, boundaryOk, sessionOk, []));
  if (!resourceAllows.length && !e.grantReasons.length) {
    reasons.push({ kind: 'missing-allow', message: !e.resource
      ? 'cross-account access needs a resource-based policy in the resource\'s account, and none applies'
      : 'cross-account access needs the resource-based policy to allow the caller or its account, and it does not' });
  }
  return { decision: 'ImplicitDeny', reasons };
}

function implicitDenyReasons(e: Evaluated, identityAllowed: boolean, boundaryOk: boolean, sessionOk: boolean, resourceAllows: StatementHit[]): Reason[] {
  const out: Reason[] = [];
  if (!identityAllowed) out.push({ kind: 'missing-allow', message: 'no identity-based policy allows the request' });
  else {
    if (!boundaryOk) out.push({ kind: 'missing-allow', message: `the permissions boundary ${e.boundary?.ref.name ?? ''} does not allow the request (a boundary limits permissions and never grants them)` });
    if (!sessionOk) out.push({ kind: 'missing-allow', message: 'no session policy allows the request' });
  }
  for (const h of resourceAllows) {
    out.push({ kind: 'statement', message: h.principal?.kind === 'account'
      ? 'the resource-based policy grants to the account, which delegates to identity-based policies'
      : 'the resource-based policy grants to the role, which is limited by the boundary or session policy', statement: h });
  }
  return out;
}

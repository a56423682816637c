// The engine's entry point: evaluates every policy of an AuthorizationInput and combines them into a Decision.
import { combine, type Evaluated } from './combine.js';
import { describePolicy, describeReason, describeStatement } from './describe.js';
import { evaluatePolicy, type PolicyEvalOptions } from './evaluate-policy.js';
import type { AuthorizationInput, NotCollected, PolicyInput } from './inputs.js';
import { grantReasons } from './kms-grants.js';
import { principalAccount } from './request.js';
import type { Decision, PolicyResult, Reason } from './result.js';
import { aclReasons } from './s3-acl.js';

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** `decisive` (default) keeps only what decided; `full` also records why every other statement did not apply. */
  explain?: 'decisive' | 'full';
}

function summarize(decision: Decision['decision'], reasons: Reason[], ev: Evaluated): string {
  if (decision === 'ExplicitDeny') {
    const denies = reasons.filter((r) => r.statement).map((r) => `the Deny in ${describeStatement(r.statement!)}`); // eslint-disable-line @typescript-eslint/no-non-null-assertion
    const allResults = [...ev.identity, ...(ev.resource ? [ev.resource] : []), ...(ev.boundary ? [ev.boundary] : []), ...(ev.session ?? [])];
    const allows = allResults.flatMap((r) => r.allows).map((h) => `the Allow in ${describeStatement(h)}`);
    return `ExplicitDeny: ${denies.join(' and ')}${allows.length ? ` overrides ${allows.join(' and ')}` : ''}.`;
  }
  if (decision === 'Allow') return `Allow: ${reasons.map(describeReason).join('; and ')}.`;
  return `ImplicitDeny: ${reasons.map(describeReason).join('; ')}.`;
}

/**
 * Decides a request as AWS would: returns the decision, the decisive reasons, the condition keys
 * nobody supplied, and everything that makes the answer uncertain. Never throws on bad policies.
 */
export function evaluate(input: AuthorizationInput, options: EvaluateOptions = {}): Decision {
  const opts: PolicyEvalOptions = { explain: options.explain ?? 'decisive' };
  const req = input.request;
  const actionLower = req.action.toLowerCase();
  const run = (p: PolicyInput): PolicyResult => evaluatePolicy(p, req, actionLower, opts);
  const pAccount = principalAccount(req.principal);
  const resourceKind = input.resourceKind ?? 'generic';
  const ev: Evaluated = {
    principal: req.principal,
    sameAccount: req.resourceAccount === undefined || pAccount === undefined || req.resourceAccount === pAccount,
    identity: input.identity.map(run),
    ...(input.boundary ? { boundary: run(input.boundary) } : {}),
    ...(input.session ? { session: input.session.map(run) } : {}),
    ...(input.scpLevels ? { scpLevels: input.scpLevels.map((l) => ({ target: l.target, results: l.policies.map(run) })) } : {}),
    ...(input.rcpLevels ? { rcpLevels: input.rcpLevels.map((l) => ({ target: l.target, results: l.policies.map(run) })) } : {}),
    ...(input.endpoint ? { endpoint: run(input.endpoint) } : {}),
    ...(input.resource ? { resource: run(input.resource) } : {}),
    resourceKind,
    grantReasons: [...grantReasons(input.grants ?? [], req), ...aclReasons(input.acl ?? [], req)],
    resourcePolicyAbsent: !input.resource,
  };
  const policies: PolicyResult[] = [
    ...(ev.scpLevels ?? []).flatMap((l) => l.results),
    ...(ev.rcpLevels ?? []).flatMap((l) => l.results),
    ...(ev.endpoint ? [ev.endpoint] : []),
    ...(ev.resource ? [ev.resource] : []),
    ...ev.identity,
    ...(ev.boundary ? [ev.boundary] : []),
    ...(ev.session ?? []),
  ];

  const conservative = combine(ev, 'conservative');
  const uncertain: string[] = [];
  const hasUnknown = policies.some((r) => r.unknown.length);
  if (hasUnknown) {
    const optimistic = combine(ev, 'optimistic');
    if (optimistic.decision !== conservative.decision) {
      for (const r of policies) for (const h of r.unknown) uncertain.push(`${describeStatement(h)} could not be evaluated: ${h.uncertainReason ?? 'unknown'}; if it applied the answer would be ${optimistic.decision}`);
    }
  }
  const notCollected: NotCollected[] = [...(input.notCollected ?? [])];
  for (const r of policies) {
    if (r.unreadable) notCollected.push({ what: describePolicy(r.ref), ...(r.ref.file ? { file: r.ref.file } : {}), reason: `unreadable: ${r.unreadable}`, assumed: 'it was treated as neither allowing nor denying' });
  }
  const missingKeys = policies.flatMap((r) => r.missingKeys);
  const decision = conservative.decision;
  const certain = uncertain.length === 0 && (decision === 'ExplicitDeny' || notCollected.length === 0);
  return {
    decision,
    certain,
    summary: summarize(decision, conservative.reasons, ev),
    reasons: conservative.reasons,
    missingKeys,
    uncertain,
    notCollected,
    notes: [...(input.notes ?? [])],
    policies,
  };
}

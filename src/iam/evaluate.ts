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
    const denies = reasons.flatMap((r) => (r.statement ? [`the Deny in ${describeStatement(r.statement)}`] : []));
    // The grants a Deny overrides (SCP, RCP and endpoint Allows only filter, they grant nothing).
    const grants = [...ev.identity, ...(ev.resource ? [ev.resource] : []), ...(ev.boundary ? [ev.boundary] : []), ...(ev.session ?? [])];
    const allows = grants.flatMap((r) => r.allows).map((h) => `the Allow in ${describeStatement(h)}`);
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
  const policies: PolicyResult[] = [];
  const inputs: PolicyInput[] = [];
  const track = (r: PolicyResult, p: PolicyInput): PolicyResult => { policies.push(r); inputs.push(p); return r; };
  const levels = (ls: { target: string; policies: PolicyInput[] }[]): { target: string; results: PolicyResult[] }[] =>
    ls.map((l) => ({ target: l.target, results: l.policies.map((p) => track(run(p), p)) }));

  const grants = input.grants?.length ? grantReasons(input.grants, req) : [];
  const acl = input.acl?.length ? aclReasons(input.acl, req) : [];
  const ev: Evaluated = {
    principal: req.principal,
    sameAccount: req.resourceAccount === undefined || pAccount === undefined || req.resourceAccount === pAccount,
    identity: [],
    resourceKind: input.resourceKind ?? 'generic',
    grantReasons: grants.length || acl.length ? [...grants, ...acl] : grants,
    all: policies,
  };
  // Results are listed in AWS's order of evaluation: SCPs, RCPs, endpoint, resource, identity, boundary, session.
  if (input.scpLevels) ev.scpLevels = levels(input.scpLevels);
  if (input.rcpLevels) ev.rcpLevels = levels(input.rcpLevels);
  if (input.endpoint) ev.endpoint = track(run(input.endpoint), input.endpoint);
  if (input.resource) ev.resource = track(run(input.resource), input.resource);
  ev.identity = input.identity.map((p) => track(run(p), p));
  if (input.boundary) ev.boundary = track(run(input.boundary), input.boundary);
  if (input.session) ev.session = input.session.map((p) => track(run(p), p));

  const conservative = combine(ev, 'conservative');
  if (conservative.decision === 'ImplicitDeny' && opts.explain === 'decisive') {
    // For an implicit deny the near misses are the explanation: the statements whose action matched
    // but whose resource, principal or condition did not. Only this outcome pays for them.
    const near: PolicyEvalOptions = { explain: 'near' };
    policies.forEach((r, i) => {
      const misses = evaluatePolicy(inputs[i] as PolicyInput, req, actionLower, near).misses;
      if (misses?.length) r.misses = misses;
    });
  }
  const uncertain: string[] = [...(conservative.doubts ?? [])];
  if (policies.some((r) => r.unknown.length)) {
    const optimistic = combine(ev, 'optimistic');
    if (optimistic.decision !== conservative.decision) {
      for (const r of policies) for (const h of r.unknown) uncertain.push(`${describeStatement(h)} could not be evaluated: ${h.uncertainReason ?? 'unknown'}; if it applied the answer would be ${optimistic.decision}`);
    }
  }
  const notCollected: NotCollected[] = input.notCollected ? [...input.notCollected] : [];
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
    notes: input.notes ? [...input.notes] : [],
    policies,
  };
}

// Evaluates one policy against one request: which statements apply, which might, and why others do not.
import type { PolicyInput, PolicyType } from './inputs.js';
import { compilePolicy, type CompiledStatement } from './compile.js';
import type { ConditionOutcome } from './conditions/types.js';
import { matchPrincipal, notPrincipalExcludes, type PrincipalMatch } from './principal-match.js';
import type { Request } from './request.js';
import type { MissingKey, PolicyResult, StatementHit, StatementMiss } from './result.js';

/** Policy types whose statements carry a Principal: resource-based, VPC endpoint and resource control policies. */
const principalTypes: ReadonlySet<PolicyType> = new Set(['resource', 'endpoint', 'rcp']);
/** Policy types where AWS requires Resource or NotResource in every statement. */
const resourceRequired: ReadonlySet<PolicyType> = new Set(['identity', 'boundary', 'session', 'scp']);

/**
 * Evaluation options: `full` records why each non-matching statement did not apply; `near` records
 * only the near misses (statements whose Action matched but whose resource, principal or condition
 * did not), looking only at the statements of the request's service.
 */
export interface PolicyEvalOptions {
  explain: 'decisive' | 'near' | 'full';
}

function hitOf(input: PolicyInput, cs: CompiledStatement, effect: 'Allow' | 'Deny', principal: PrincipalMatch | undefined, conditions: ConditionOutcome[] | undefined, uncertainReason?: string): StatementHit {
  const st = cs.statement;
  const hit: StatementHit = { policy: input.ref, index: st.index, effect };
  if (st.sid !== undefined) hit.sid = st.sid;
  if (principal) hit.principal = principal;
  if (uncertainReason) hit.uncertainReason = uncertainReason;
  if (st.span) hit.span = st.span;
  if (conditions?.length) hit.conditions = conditions;
  return hit;
}

/** Evaluates the statements of one policy for a request. Never throws; an unreadable policy is reported, not guessed. */
export function evaluatePolicy(input: PolicyInput, req: Request, actionLower: string, opts: PolicyEvalOptions): PolicyResult {
  const result: PolicyResult = { ref: input.ref, allows: [], denies: [], unknown: [], missingKeys: [] };
  if (opts.explain !== 'decisive') result.misses = [];
  if (!input.document) {
    result.unreadable = input.problems?.map((p) => p.message).join('; ') || 'the policy document could not be read';
    return result;
  }
  const type = input.ref.type;
  const compiled = compilePolicy(input.document, resourceRequired.has(type));
  const withPrincipal = principalTypes.has(type);
  const misses = result.misses;
  // Reasons are built lazily: only explain `full` pays for the text of statements that did not apply.
  const miss = (cs: CompiledStatement, element: StatementMiss['element'], why: () => string, conditions?: ConditionOutcome[], missingKeys?: string[]): void => {
    if (!misses) return;
    const st = cs.statement;
    const reason = why();
    misses.push({
      policy: input.ref, index: st.index, ...(st.sid !== undefined ? { sid: st.sid } : {}), ...(st.effect !== undefined ? { effect: st.effect } : {}),
      element, reason, ...(conditions ? { conditions } : {}), ...(missingKeys?.length ? { missingKeys } : {}),
    });
  };

  const colon = actionLower.indexOf(':');
  // Without explain full, only statements whose Action can name this service are looked at.
  const candidates = opts.explain === 'full' ? compiled.statements : compiled.forService(colon < 0 ? actionLower : actionLower.slice(0, colon));
  const actionMisses = opts.explain === 'full';
  for (const cs of candidates) {
    const st = cs.statement;
    if (!cs.matchAction(actionLower)) {
      if (actionMisses) miss(cs, st.action ? 'Action' : 'NotAction', () => st.action
        ? `${req.action} is not in Action ${JSON.stringify(st.action.values)}`
        : `${req.action} is excluded by NotAction ${JSON.stringify(st.notAction?.values ?? [])}`);
      continue;
    }
    if (!cs.matchResource(req.resource, req.context)) {
      if (misses) miss(cs, st.resource ? 'Resource' : 'NotResource', () => st.resource
        ? `${req.resource} does not match Resource ${JSON.stringify(st.resource.values)}`
        : `${req.resource} is excluded by NotResource ${JSON.stringify(st.notResource?.values ?? [])}`);
      continue;
    }
    let principal: PrincipalMatch | undefined;
    if (withPrincipal) {
      if (st.principal) {
        principal = matchPrincipal(st.principal, req.principal);
        if (!principal) { miss(cs, 'Principal', () => 'the Principal element does not name the caller'); continue; }
      } else if (st.notPrincipal) {
        const p = req.principal;
        const boundaryDeny = cs.effect === 'Deny' && 'hasBoundary' in p && p.hasBoundary === true;
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html : Deny with
        // NotPrincipal always denies principals that have a permissions boundary.
        if (!boundaryDeny && notPrincipalExcludes(st.notPrincipal, p)) { miss(cs, 'NotPrincipal', () => 'the caller is listed in NotPrincipal'); continue; }
        principal = { kind: 'wildcard', entry: 'NotPrincipal' };
      } else {
        // A resource policy statement without Principal is invalid; AWS would not have stored it.
        const effect = cs.effect ?? 'Deny';
        result.unknown.push(hitOf(input, cs, effect, undefined, undefined, 'the statement has no Principal or NotPrincipal'));
        continue;
      }
    }
    // Conditions: every entry must match (AND); an unknown entry makes the statement unknown.
    let failed: ConditionOutcome | undefined;
    let unknownReason: string | undefined;
    const outcomes: ConditionOutcome[] = [];
    const missing: string[] = [];
    for (const c of cs.conditions) {
      const o = c.evaluate(req.context);
      outcomes.push(o);
      if (o.missingKey) missing.push(o.missingKey);
      if (o.result === 'nomatch') { failed ??= o; if (opts.explain === 'decisive') break; }
      else if (o.result === 'unknown') unknownReason ??= o.reason;
    }
    if (missing.length && cs.effect) {
      for (const key of missing) result.missingKeys.push({ key, policy: input.ref, index: st.index, ...(st.sid !== undefined ? { sid: st.sid } : {}), effect: cs.effect } satisfies MissingKey);
    }
    if (failed) { const f = failed; miss(cs, 'Condition', () => f.reason, outcomes, missing); continue; }
    if (cs.invalid || !cs.effect) {
      result.unknown.push(hitOf(input, cs, cs.effect ?? 'Deny', principal, outcomes, cs.invalid));
      if (!cs.effect) result.unknown.push(hitOf(input, cs, 'Allow', principal, outcomes, cs.invalid));
      continue;
    }
    if (unknownReason) { result.unknown.push(hitOf(input, cs, cs.effect, principal, outcomes, unknownReason)); continue; }
    (cs.effect === 'Deny' ? result.denies : result.allows).push(hitOf(input, cs, cs.effect, principal, outcomes));
  }
  // A policy whose text AWS would reject (syntax or shape errors) was read tolerantly: what it
  // seems to say is reported, but it decides nothing with certainty.
  const invalid = input.problems?.find((p) => p.severity === 'error');
  if (invalid) {
    const why = `the policy text is invalid (${invalid.code}: ${invalid.message}); AWS would reject it, so this reading is a guess`;
    for (const h of [...result.allows, ...result.denies]) { h.uncertainReason = why; result.unknown.push(h); }
    result.allows = [];
    result.denies = [];
  }
  return result;
}

// Builds an AuthorizationInput from plain policy documents (policy-only mode, tests, benchmarks).
import { parseArn } from '../core/arn.js';
import { parsePolicyValue } from '../policy/parse.js';
import type { ContextValue } from './context.js';
import type { AuthorizationInput, PolicyInput, PolicyType, ResourcePolicyKind } from './inputs.js';
import { parsePrincipal } from './principal-parse.js';
import type { RequestPrincipal } from './request.js';
import { principalContext } from './request-context.js';
import { rcpsApply, scpsApply } from './applicability.js';

/** Policies as decoded JSON values, by type; SCP and RCP levels root first. */
export interface DocumentSet {
  identity?: unknown[];
  resource?: unknown;
  boundary?: unknown;
  session?: unknown[];
  endpoint?: unknown;
  scps?: unknown[][];
  rcps?: unknown[][];
}

/** A request in plain terms. */
export interface PlainRequest {
  principal: string | RequestPrincipal;
  action: string;
  resource: string;
  resourceAccount?: string;
  context?: Record<string, string | string[]>;
  resourceKind?: ResourcePolicyKind;
  /** The organization's management account: SCPs and RCPs do not apply there. */
  managementAccount?: string;
}

function input(value: unknown, type: PolicyType, name: string, target?: string): PolicyInput {
  const parsed = parsePolicyValue(value, { file: name });
  return { ref: { type, name, ...(target ? { target } : {}) }, document: parsed.document, problems: parsed.problems };
}

/** Builds the engine input; throws on a principal that does not parse (a caller error). */
export function inputFromDocuments(req: PlainRequest, docs: DocumentSet): AuthorizationInput {
  let principal: RequestPrincipal;
  if (typeof req.principal === 'string') {
    const parsed = parsePrincipal(req.principal);
    if (!parsed.ok) throw new Error(parsed.reason);
    principal = parsed.principal;
  } else {
    principal = req.principal;
  }
  const resourceAccount = req.resourceAccount ?? (parseArn(req.resource)?.account || undefined);
  const context = principalContext(principal, resourceAccount ? { resourceAccount } : {});
  for (const [k, v] of Object.entries(req.context ?? {})) {
    context.set(k.toLowerCase(), (Array.isArray(v) ? { values: v, multi: true } : { values: [v], multi: false }) satisfies ContextValue);
  }
  const scps = docs.scps?.length && scpsApply(principal, req.managementAccount) ? docs.scps : undefined;
  const rcps = docs.rcps?.length && rcpsApply(principal, req.action, resourceAccount, req.managementAccount) ? docs.rcps : undefined;
  const kind: ResourcePolicyKind = req.resourceKind ?? (/^kms:/i.test(req.action) ? 'kms-key' : /^sts:AssumeRole/i.test(req.action) ? 'role-trust' : 'generic');
  return {
    request: { principal, action: req.action, resource: req.resource, ...(resourceAccount ? { resourceAccount } : {}), context },
    identity: (docs.identity ?? []).map((d, i) => input(d, 'identity', `identity-${i + 1}`)),
    ...(docs.boundary !== undefined ? { boundary: input(docs.boundary, 'boundary', 'boundary') } : {}),
    ...(docs.session?.length ? { session: docs.session.map((d, i) => input(d, 'session', `session-${i + 1}`)) } : {}),
    ...(scps ? { scpLevels: scps.map((l, i) => ({ target: `level ${i + 1}`, policies: l.map((d, j) => input(d, 'scp', `scp-${i + 1}-${j + 1}`, `level ${i + 1}`)) })) } : {}),
    ...(rcps ? { rcpLevels: rcps.map((l, i) => ({ target: `level ${i + 1}`, policies: l.map((d, j) => input(d, 'rcp', `rcp-${i + 1}-${j + 1}`, `level ${i + 1}`)) })) } : {}),
    ...(docs.endpoint !== undefined ? { endpoint: input(docs.endpoint, 'endpoint', 'endpoint policy') } : {}),
    ...(docs.resource !== undefined ? { resource: input(docs.resource, 'resource', 'resource-based policy') } : {}),
    resourceKind: kind,
  };
}

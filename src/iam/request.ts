// The authorization request and the principal making it, as the engine sees them.
import type { RequestContext } from './context.js';

/** Who makes the request. The identity chain drives Principal and NotPrincipal matching. */
export type RequestPrincipal =
  | { type: 'user'; arn: string; account: string; name: string; userId?: string; hasBoundary?: boolean }
  | { type: 'role-session'; arn: string; account: string; roleArn: string; roleName: string; sessionName: string; roleId?: string; serviceLinked?: boolean; hasBoundary?: boolean }
  | { type: 'federated-user'; arn: string; account: string; userArn?: string; name: string }
  | { type: 'root'; arn: string; account: string }
  | { type: 'service'; service: string }
  | { type: 'anonymous' }
  | { type: 'web-identity'; provider: string }
  | { type: 'saml'; provider: string };

/** One authorization request. */
export interface Request {
  principal: RequestPrincipal;
  /** `service:Action` as written by the user; matched case-insensitively. */
  action: string;
  /** Resource ARN, or `*` for actions without a resource. */
  resource: string;
  /** Account that owns the resource (undefined when unknown). */
  resourceAccount?: string;
  context: RequestContext;
}

/** The account of a principal, when it has one. */
export function principalAccount(p: RequestPrincipal): string | undefined {
  return 'account' in p ? p.account : undefined;
}

/**
 * The ARNs a principal presents, most specific first: a user is itself and its account; a role
 * session is the session ARN, its role ARN and its account.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
export function identityChain(p: RequestPrincipal): string[] {
  switch (p.type) {
    case 'user': return [p.arn, `arn:aws:iam::${p.account}:root`];
    case 'role-session': return [p.arn, p.roleArn, `arn:aws:iam::${p.account}:root`];
    case 'federated-user': return [p.arn, `arn:aws:iam::${p.account}:root`];
    case 'root': return [p.arn];
    case 'service': return [p.service];
    case 'anonymous': return ['*'];
    case 'web-identity':
    case 'saml': return [p.provider];
  }
}

/** A short human name for a principal, as answers print it. */
export function principalLabel(p: RequestPrincipal): string {
  switch (p.type) {
    case 'service': return p.service;
    case 'anonymous': return 'anonymous (*)';
    case 'web-identity':
    case 'saml': return p.provider;
    default: return p.arn;
  }
}

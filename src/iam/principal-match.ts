// Principal and NotPrincipal matching: which entry of a statement's Principal names the caller, and how.
import { parseArn } from '../core/arn.js';
import type { PrincipalElement } from '../policy/model.js';
import type { RequestPrincipal } from './request.js';

/**
 * How a Principal entry named the caller. The kind decides the same-account nuances of
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html :
 * `direct` (the user, the session itself, a service, a federated provider) grants on its own;
 * `role` (the role ARN of a session) is limited by the session's boundary and session policy;
 * `account` (account id or root ARN) delegates to the account's identity-based policies;
 * `wildcard` (`*`) names everyone, anonymous callers included.
 */
export type PrincipalMatchKind = 'direct' | 'role' | 'account' | 'wildcard';

/** A Principal entry that matched the caller. */
export interface PrincipalMatch {
  kind: PrincipalMatchKind;
  /** The entry as written, e.g. `arn:aws:iam::111122223333:root`. */
  entry: string;
}

interface IamName { account: string; type: string; name: string }

function iamName(arn: string): IamName | undefined {
  const a = parseArn(arn);
  if (!a) return undefined;
  const slash = a.resource.indexOf('/');
  const type = slash < 0 ? a.resource : a.resource.slice(0, slash);
  const rest = slash < 0 ? '' : a.resource.slice(slash + 1);
  if (a.service === 'iam' && (type === 'user' || type === 'role')) {
    // The path is not part of the identity: names are unique within an account.
    return { account: a.account, type, name: rest.slice(rest.lastIndexOf('/') + 1) };
  }
  if (a.service === 'sts' && type === 'assumed-role') return { account: a.account, type, name: rest };
  if (a.service === 'sts' && type === 'federated-user') return { account: a.account, type, name: rest };
  if (a.service === 'iam' && a.resource === 'root') return { account: a.account, type: 'root', name: '' };
  return undefined;
}

function matchAwsEntry(entry: string, p: RequestPrincipal): PrincipalMatchKind | undefined {
  if (entry === '*') return 'wildcard';
  if (p.type === 'service' || p.type === 'web-identity' || p.type === 'saml') return undefined;
  if (p.type === 'anonymous') return undefined;
  if (/^\d{12}$/.test(entry)) return entry === p.account ? (p.type === 'root' ? 'direct' : 'account') : undefined;
  const n = iamName(entry);
  if (!n) {
    // A unique id (AIDA... user, AROA... role) names the entity that had it.
    if (p.type === 'user' && p.userId && entry === p.userId) return 'direct';
    if (p.type === 'role-session' && p.roleId && entry === p.roleId) return 'role';
    return undefined;
  }
  if (n.account !== p.account) return undefined;
  if (n.type === 'root') return p.type === 'root' ? 'direct' : 'account';
  switch (p.type) {
    case 'user': return n.type === 'user' && n.name === p.name ? 'direct' : undefined;
    case 'role-session':
      if (n.type === 'role' && n.name === p.roleName) return 'role';
      if (n.type === 'assumed-role' && n.name === `${p.roleName}/${p.sessionName}`) return 'direct';
      return undefined;
    case 'federated-user': return n.type === 'federated-user' && n.name === p.name ? 'direct' : undefined;
    case 'root': return undefined;
  }
}

/**
 * The entry of a Principal element that names the caller, or undefined.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
export function matchPrincipal(el: PrincipalElement, p: RequestPrincipal): PrincipalMatch | undefined {
  if (el.kind === 'wildcard') return { kind: 'wildcard', entry: '*' };
  let best: PrincipalMatch | undefined;
  const rank: Record<PrincipalMatchKind, number> = { direct: 3, role: 2, account: 1, wildcard: 0 };
  const consider = (kind: PrincipalMatchKind | undefined, entry: string): void => {
    if (kind && (!best || rank[kind] > rank[best.kind])) best = { kind, entry };
  };
  for (const e of el.AWS) consider(matchAwsEntry(e, p), e);
  if (p.type === 'service') for (const s of el.Service) if (s === p.service || s === '*') consider(s === '*' ? 'wildcard' : 'direct', s);
  if (p.type === 'web-identity' || p.type === 'saml') for (const f of el.Federated) if (f === p.provider) consider('direct', f);
  if (p.type === 'federated-user') for (const f of el.AWS) if (f === p.arn) consider('direct', f);
  return best;
}

/**
 * Whether a NotPrincipal element excludes the caller: only when every ARN the caller presents
 * (session, role, account) is listed; otherwise the statement applies to it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
export function notPrincipalExcludes(el: PrincipalElement, p: RequestPrincipal): boolean {
  if (el.kind === 'wildcard') return true;
  const listedKinds = new Set<PrincipalMatchKind>();
  for (const e of el.AWS) {
    const k = matchAwsEntry(e, p);
    if (k) listedKinds.add(k);
  }
  switch (p.type) {
    case 'user': return listedKinds.has('direct') && listedKinds.has('account');
    case 'role-session': return listedKinds.has('direct') && listedKinds.has('role') && listedKinds.has('account');
    case 'federated-user': return listedKinds.has('direct') && listedKinds.has('account');
    case 'root': return listedKinds.has('direct');
    case 'service': return el.Service.includes(p.service);
    case 'web-identity':
    case 'saml': return el.Federated.includes(p.provider);
    case 'anonymous': return el.AWS.includes('*');
  }
}

// Resolves a principal as a user types it (ARN, session ARN, account id, service, "*") to the IAM entity in the snapshot.
import { absenceReason } from '../core/collected.js';
import { isAccountId, parseArn } from '../core/arn.js';
import type { IamData, IamRole, IamUser, Snapshot } from './model.js';

/** Why a principal could not be resolved. */
export type PrincipalMiss = 'account-not-collected' | 'iam-not-collected' | 'not-in-snapshot' | 'invalid';

/** A resolved principal, or why it is not in the snapshot. */
export type ResolvedPrincipal =
  | { kind: 'user'; arn: string; account: string; user: IamUser }
  | { kind: 'role'; arn: string; account: string; role: IamRole }
  | { kind: 'assumed-role'; arn: string; account: string; role: IamRole; roleArn: string; sessionName: string }
  | { kind: 'root'; arn: string; account: string; accountCollected: boolean }
  | { kind: 'federated-user'; arn: string; account: string; name: string }
  | { kind: 'service'; service: string }
  | { kind: 'anonymous' }
  | { kind: 'not-found'; text: string; why: PrincipalMiss; reason: string; account?: string; entity?: 'user' | 'role' | 'assumed-role' };

const SERVICE = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;

/** The account's IAM data, or the not-found result explaining why it is absent. */
function iamOf(snapshot: Snapshot, account: string, text: string, entity: 'user' | 'role' | 'assumed-role'): IamData | ResolvedPrincipal {
  const acct = snapshot.accounts.get(account);
  if (!acct) return { kind: 'not-found', text, why: 'account-not-collected', reason: `account ${account} is not in the snapshot`, account, entity };
  if (acct.iam.state !== 'collected') {
    return { kind: 'not-found', text, why: 'iam-not-collected', reason: `the IAM data of account ${account} is ${absenceReason(acct.iam) ?? 'absent'}`, account, entity };
  }
  return acct.iam.value;
}

function notInSnapshot(text: string, account: string, entity: 'user' | 'role' | 'assumed-role', what: string): ResolvedPrincipal {
  return { kind: 'not-found', text, why: 'not-in-snapshot', reason: `${what} is not in the IAM data of account ${account}`, account, entity };
}

/** The role of an account with this name (session ARNs carry the name without the path). */
export function roleByName(iam: IamData, name: string): IamRole | undefined {
  for (const r of iam.roles.values()) if (r.name === name) return r;
  return undefined;
}

/** Resolves principal text: user/role ARN, `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`, account root or id, federated user, service principal, or `*`. */
export function resolvePrincipal(snapshot: Snapshot, text: string): ResolvedPrincipal {
  const t = text.trim();
  if (t === '*') return { kind: 'anonymous' };
  if (SERVICE.test(t)) return { kind: 'service', service: t };
  if (isAccountId(t)) return { kind: 'root', arn: `arn:aws:iam::${t}:root`, account: t, accountCollected: snapshot.accounts.has(t) };
  const arn = parseArn(t);
  if (!arn || !isAccountId(arn.account)) {
    return { kind: 'not-found', text, why: 'invalid', reason: 'not a principal: expected an IAM user or role ARN, an assumed-role session ARN, an account id, a service principal or "*"' };
  }
  const { account, resource } = arn;
  if (arn.service === 'iam' && resource === 'root') return { kind: 'root', arn: t, account, accountCollected: snapshot.accounts.has(account) };
  if (arn.service === 'iam' && resource.startsWith('user/')) {
    const iam = iamOf(snapshot, account, text, 'user');
    if ('kind' in iam) return iam;
    const user = iam.users.get(t);
    return user ? { kind: 'user', arn: t, account, user } : notInSnapshot(text, account, 'user', `user ${resource.slice(5)}`);
  }
  if (arn.service === 'iam' && resource.startsWith('role/')) {
    const iam = iamOf(snapshot, account, text, 'role');
    if ('kind' in iam) return iam;
    const role = iam.roles.get(t);
    return role ? { kind: 'role', arn: t, account, role } : notInSnapshot(text, account, 'role', `role ${resource.slice(5)}`);
  }
  if (arn.service === 'sts' && resource.startsWith('assumed-role/')) {
    const [, roleName, ...session] = resource.split('/');
    if (!roleName || session.length === 0) return { kind: 'not-found', text, why: 'invalid', reason: 'an assumed-role ARN is arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION' };
    const iam = iamOf(snapshot, account, text, 'assumed-role');
    if ('kind' in iam) return iam;
    const role = roleByName(iam, roleName);
    if (!role) return notInSnapshot(text, account, 'assumed-role', `role ${roleName}`);
    return { kind: 'assumed-role', arn: t, account, role, roleArn: role.arn, sessionName: session.join('/') };
  }
  if (arn.service === 'sts' && resource.startsWith('federated-user/')) {
    return { kind: 'federated-user', arn: t, account, name: resource.slice('federated-user/'.length) };
  }
  return { kind: 'not-found', text, why: 'invalid', reason: `${arn.service}:${resource.split('/')[0] ?? ''} is not a principal type whynot resolves`, account };
}

// Resolves a principal as a user types it (ARN, session ARN, account id, service, "*") to the IAM entity in the snapshot.
import { absenceReason } from '../core/collected.js';
import { classifyPrincipal } from '../core/principal-text.js';
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
  const c = classifyPrincipal(t);
  switch (c.kind) {
    case 'anonymous': return { kind: 'anonymous' };
    case 'service': return { kind: 'service', service: c.service };
    case 'root': return { kind: 'root', arn: c.arn, account: c.account, accountCollected: snapshot.accounts.has(c.account) };
    case 'user': {
      const iam = iamOf(snapshot, c.account, text, 'user');
      if ('kind' in iam) return iam;
      const user = iam.users.get(t);
      return user ? { kind: 'user', arn: t, account: c.account, user } : notInSnapshot(text, c.account, 'user', `user ${c.name}`);
    }
    case 'role': {
      const iam = iamOf(snapshot, c.account, text, 'role');
      if ('kind' in iam) return iam;
      const role = iam.roles.get(t);
      return role ? { kind: 'role', arn: t, account: c.account, role } : notInSnapshot(text, c.account, 'role', `role ${c.name}`);
    }
    case 'assumed-role': {
      const iam = iamOf(snapshot, c.account, text, 'assumed-role');
      if ('kind' in iam) return iam;
      const role = roleByName(iam, c.roleName);
      if (!role) return notInSnapshot(text, c.account, 'assumed-role', `role ${c.roleName}`);
      return { kind: 'assumed-role', arn: t, account: c.account, role, roleArn: role.arn, sessionName: c.sessionName };
    }
    case 'federated-user': return { kind: 'federated-user', arn: t, account: c.account, name: c.name };
    case 'saml-provider':
    case 'oidc-provider':
      return { kind: 'not-found', text, why: 'invalid', reason: `${c.kind} principals are not IAM entities of the snapshot`, account: c.account };
    case 'invalid': return { kind: 'not-found', text, why: 'invalid', reason: c.reason, ...(c.account ? { account: c.account } : {}) };
  }
}

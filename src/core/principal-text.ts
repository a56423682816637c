// Classifies principal text as typed by a user or found in a policy: the one grammar of principal ARNs, ids and names.
import { parseArn } from './arn.js';

/** What a principal text names, before anything is looked up. */
export type PrincipalText =
  | { kind: 'anonymous' }
  | { kind: 'service'; service: string }
  | { kind: 'root'; arn: string; account: string }
  | { kind: 'user'; arn: string; account: string; partition: string; name: string }
  | { kind: 'role'; arn: string; account: string; partition: string; name: string; serviceLinked: boolean }
  | { kind: 'assumed-role'; arn: string; account: string; partition: string; roleName: string; sessionName: string }
  | { kind: 'federated-user'; arn: string; account: string; name: string }
  | { kind: 'saml-provider' | 'oidc-provider'; arn: string; account: string }
  | { kind: 'invalid'; reason: string; account?: string };

const SERVICE = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;

/**
 * Classifies `*` (anonymous), a 12-digit account id, a service principal (`events.amazonaws.com`), and
 * root, user, role (a role under /aws-service-role/ is service-linked), assumed-role session,
 * federated-user, SAML and OIDC provider ARNs.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
export function classifyPrincipal(text: string): PrincipalText {
  const t = text.trim();
  if (t === '*' || t.toLowerCase() === 'anonymous') return { kind: 'anonymous' };
  if (/^\d{12}$/.test(t)) return { kind: 'root', arn: `arn:aws:iam::${t}:root`, account: t };
  if (SERVICE.test(t)) return { kind: 'service', service: t };
  const a = parseArn(t);
  if (!a) return { kind: 'invalid', reason: `"${t}" is not an ARN, a 12-digit account id, a service principal (events.amazonaws.com) or *` };
  if (!/^\d{12}$/.test(a.account)) return { kind: 'invalid', reason: `the account id "${a.account}" in ${t} is not 12 digits` };
  const account = a.account;
  const [type, ...rest] = a.resource.split('/');
  const last = rest[rest.length - 1] ?? '';
  if (a.service === 'iam') {
    if (a.resource === 'root') return { kind: 'root', arn: t, account };
    if (type === 'user' && last) return { kind: 'user', arn: t, account, partition: a.partition, name: last };
    if (type === 'role' && last) return { kind: 'role', arn: t, account, partition: a.partition, name: last, serviceLinked: rest[0] === 'aws-service-role' };
    if ((type === 'saml-provider' || type === 'oidc-provider') && last) return { kind: type, arn: t, account };
  }
  if (a.service === 'sts') {
    if (type === 'assumed-role' && rest.length >= 2 && rest[0] && rest.slice(1).join('/')) {
      return { kind: 'assumed-role', arn: t, account, partition: a.partition, roleName: rest[0], sessionName: rest.slice(1).join('/') };
    }
    if (type === 'federated-user' && last) return { kind: 'federated-user', arn: t, account, name: last };
    if (type === 'assumed-role') return { kind: 'invalid', reason: 'an assumed-role ARN is arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION', account };
  }
  return { kind: 'invalid', reason: `${t} is not a user, role, assumed-role session, root, federated-user or identity-provider ARN`, account };
}

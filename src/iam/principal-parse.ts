// Turns a principal as typed on the command line (ARN, account id, service, `*`) into a RequestPrincipal.
import { parseArn } from '../core/arn.js';
import type { RequestPrincipal } from './request.js';

/** A parsed principal, or why the text is not one. */
export type ParsedPrincipal = { ok: true; principal: RequestPrincipal } | { ok: false; reason: string };

/**
 * Parses user and role ARNs (a role becomes a session of it), assumed-role session ARNs,
 * account root ARNs or bare account ids, federated-user ARNs, service principals and `*`.
 */
export function parsePrincipal(text: string): ParsedPrincipal {
  const t = text.trim();
  if (t === '*' || t.toLowerCase() === 'anonymous') return { ok: true, principal: { type: 'anonymous' } };
  if (/^\d{12}$/.test(t)) return { ok: true, principal: { type: 'root', arn: `arn:aws:iam::${t}:root`, account: t } };
  if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(t)) return { ok: true, principal: { type: 'service', service: t } };
  const a = parseArn(t);
  if (!a) return { ok: false, reason: `"${t}" is not an ARN, a 12-digit account id, a service principal (events.amazonaws.com) or *` };
  if (!/^\d{12}$/.test(a.account)) return { ok: false, reason: `the account id "${a.account}" in ${t} is not 12 digits` };
  const [type, ...rest] = a.resource.split('/');
  const last = rest[rest.length - 1] ?? '';
  if (a.service === 'iam' && a.resource === 'root') return { ok: true, principal: { type: 'root', arn: t, account: a.account } };
  if (a.service === 'iam' && type === 'user' && last) return { ok: true, principal: { type: 'user', arn: t, account: a.account, name: last } };
  if (a.service === 'iam' && type === 'role' && last) {
    // A role acts through a session; a role under /aws-service-role/ is service-linked.
    const serviceLinked = rest[0] === 'aws-service-role';
    return { ok: true, principal: { type: 'role-session', arn: `arn:${a.partition}:sts::${a.account}:assumed-role/${last}/whynot`, account: a.account, roleArn: t, roleName: last, sessionName: 'whynot', ...(serviceLinked ? { serviceLinked } : {}) } };
  }
  if (a.service === 'sts' && type === 'assumed-role' && rest.length >= 2) {
    const roleName = rest[0] ?? '';
    return { ok: true, principal: { type: 'role-session', arn: t, account: a.account, roleArn: `arn:${a.partition}:iam::${a.account}:role/${roleName}`, roleName, sessionName: rest.slice(1).join('/') } };
  }
  if (a.service === 'sts' && type === 'federated-user' && last) return { ok: true, principal: { type: 'federated-user', arn: t, account: a.account, name: last } };
  if (a.service === 'iam' && (type === 'saml-provider' || type === 'oidc-provider')) {
    return { ok: true, principal: { type: type === 'saml-provider' ? 'saml' : 'web-identity', provider: t } };
  }
  return { ok: false, reason: `${t} is not a user, role, assumed-role session, root or federated-user ARN` };
}

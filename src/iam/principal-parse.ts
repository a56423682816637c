// Turns a principal as typed on the command line (ARN, account id, service, `*`) into a RequestPrincipal.
import { classifyPrincipal } from '../core/principal-text.js';
import type { RequestPrincipal } from './request.js';

/** A parsed principal, or why the text is not one. */
export type ParsedPrincipal = { ok: true; principal: RequestPrincipal } | { ok: false; reason: string };

/**
 * Parses user and role ARNs (a role becomes a session of it), assumed-role session ARNs,
 * account root ARNs or bare account ids, federated-user ARNs, service principals and `*`.
 */
export function parsePrincipal(text: string): ParsedPrincipal {
  const c = classifyPrincipal(text);
  switch (c.kind) {
    case 'anonymous': return { ok: true, principal: { type: 'anonymous' } };
    case 'service': return { ok: true, principal: { type: 'service', service: c.service } };
    case 'root': return { ok: true, principal: { type: 'root', arn: c.arn, account: c.account } };
    case 'user': return { ok: true, principal: { type: 'user', arn: c.arn, account: c.account, name: c.name } };
    case 'role':
      // A role acts through a session.
      return { ok: true, principal: {
        type: 'role-session', arn: `arn:${c.partition}:sts::${c.account}:assumed-role/${c.name}/whynot`, account: c.account,
        roleArn: c.arn, roleName: c.name, sessionName: 'whynot', ...(c.serviceLinked ? { serviceLinked: true } : {}),
      } };
    case 'assumed-role':
      return { ok: true, principal: {
        type: 'role-session', arn: c.arn, account: c.account, roleArn: `arn:${c.partition}:iam::${c.account}:role/${c.roleName}`,
        roleName: c.roleName, sessionName: c.sessionName,
      } };
    case 'federated-user': return { ok: true, principal: { type: 'federated-user', arn: c.arn, account: c.account, name: c.name } };
    case 'saml-provider': return { ok: true, principal: { type: 'saml', provider: c.arn } };
    case 'oidc-provider': return { ok: true, principal: { type: 'web-identity', provider: c.arn } };
    case 'invalid': return { ok: false, reason: c.reason };
  }
}

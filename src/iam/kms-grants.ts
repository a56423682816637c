// KMS grants from list-grants: a grant lets its grantee principal perform the listed operations.
// https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
import type { KmsGrant } from './inputs.js';
import type { Request } from './request.js';
import type { Reason } from './result.js';

/** The reasons the grants of a key cover the request (empty when none does). */
export function grantReasons(grants: readonly KmsGrant[], req: Request): Reason[] {
  const [service, op] = req.action.split(':');
  if (service?.toLowerCase() !== 'kms' || !op) return [];
  const p = req.principal;
  const names: string[] = p.type === 'role-session' ? [p.roleArn, p.arn] : p.type === 'service' ? [p.service] : 'arn' in p ? [p.arn] : [];
  const out: Reason[] = [];
  for (const g of grants) {
    if (!g.GranteePrincipal || !names.includes(g.GranteePrincipal)) continue;
    if (!(g.Operations ?? []).some((o) => o.toLowerCase() === op.toLowerCase())) continue;
    const constraints = g.Constraints?.EncryptionContextEquals ?? g.Constraints?.EncryptionContextSubset;
    if (constraints && Object.keys(constraints).length) {
      const ok = Object.entries(constraints).every(([k, v]) => req.context.get(`kms:encryptioncontext:${k.toLowerCase()}`)?.values.includes(v));
      if (!ok) continue;
    }
    out.push({ kind: 'grant', message: `KMS grant ${g.GrantId ?? g.Name ?? ''} gives ${g.GranteePrincipal} ${op}`.replace(/ {2}/g, ' ') });
  }
  return out;
}

// Cross-account KMS pairs: principals whose identity policies name a key (or its key id in the wrong account) owned by another account.
import type { IamRole, IamUser, KmsKey } from '../../snapshot/model.js';
import type { DoctorContext } from '../context.js';
import { allPrincipals } from './principals.js';
import { identityPolicies } from './statements.js';

/** A principal in one account and a key in another that its policy names (by ARN, or by key id under another account). */
export interface KeyPair { principal: IamUser | IamRole; key: KmsKey; named: string }

/** Every collected key by key id. */
function keysById(ctx: DoctorContext): Map<string, KmsKey> {
  const out = new Map<string, KmsKey>();
  for (const r of ctx.regions()) if (r.data.kmsKeys.state === 'collected') for (const k of r.data.kmsKeys.value.values()) out.set(k.keyId, k);
  return out;
}

/** Pairs found by scanning identity policies for kms resources whose key id belongs to a key of another account. */
export function crossAccountKeyPairs(ctx: DoctorContext): KeyPair[] {
  const keys = keysById(ctx);
  if (!keys.size) return [];
  const out: KeyPair[] = [];
  for (const p of allPrincipals(ctx)) {
    const seen = new Set<string>();
    for (const pol of identityPolicies(ctx, p)) {
      for (const st of pol.document?.statements ?? []) {
        if (st.effect !== 'Allow') continue;
        for (const v of st.resource?.values ?? []) {
          const m = /^arn:aws:kms:[^:]*:[^:]*:key\/([0-9a-f-]{36}|mrk-[0-9a-f]{32})$/.exec(v);
          const key = m?.[1] ? keys.get(m[1]) : undefined;
          if (!key || key.account === p.account || seen.has(key.arn)) continue;
          seen.add(key.arn);
          out.push({ principal: p, key, named: v });
        }
      }
    }
  }
  return out;
}

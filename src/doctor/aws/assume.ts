// sts:AssumeRole pairs: principals whose policies target a role, their group peers, and `--principal`s for roles trusting their account.
import { wildcardMatcher } from '../../policy/catalog/wildcard.js';
import type { IamRole, IamUser } from '../../snapshot/model.js';
import type { DoctorContext } from '../context.js';
import { allPrincipals } from './principals.js';
import { identityPolicies } from './statements.js';

/** A caller and a role it is meant to assume, and why doctor thinks so. */
export interface AssumePair { caller: string; role: IamRole; why: string }

const ASSUME = /^(sts:\*|sts:assumerole|\*)$/i;

function roleIndex(ctx: DoctorContext): Map<string, IamRole> {
  const out = new Map<string, IamRole>();
  for (const a of ctx.snapshot.accounts.values()) for (const r of ctx.iam(a.id)?.roles.values() ?? []) out.set(r.arn, r);
  return out;
}

/** Roles a principal's Allow statements name for sts:AssumeRole (exact ARNs, no wildcards). */
function targetsOf(ctx: DoctorContext, p: IamUser | IamRole, roles: Map<string, IamRole>): IamRole[] {
  const out: IamRole[] = [];
  for (const pol of identityPolicies(ctx, p)) {
    for (const st of pol.document?.statements ?? []) {
      if (st.effect !== 'Allow' || !(st.action?.values ?? []).some((a) => ASSUME.test(a))) continue;
      for (const v of st.resource?.values ?? []) {
        const r = roles.get(v);
        if (r && !out.includes(r)) out.push(r);
      }
    }
  }
  return out;
}

/** True when a role's trust policy names the account (root or id) of `account`. */
function trustsAccount(role: IamRole, account: string): boolean {
  return (role.trustPolicy?.document?.statements ?? []).some((s) => s.effect === 'Allow' && s.principal?.kind === 'map' && s.principal.AWS.some((v) => v === account || v === `arn:aws:iam::${account}:root` || wildcardMatcher(v)(`arn:aws:iam::${account}:root`) && v !== '*'));
}

/** Every caller/role pair doctor checks for sts:AssumeRole. */
export function assumePairs(ctx: DoctorContext): AssumePair[] {
  const roles = roleIndex(ctx);
  const principals = allPrincipals(ctx);
  const out = new Map<string, AssumePair>();
  const add = (caller: string, role: IamRole, why: string): void => { if (caller !== role.arn && !out.has(`${caller} ${role.arn}`)) out.set(`${caller} ${role.arn}`, { caller, role, why }); };
  for (const p of principals) {
    for (const role of targetsOf(ctx, p, roles)) {
      add(p.arn, role, `its identity policy names ${role.arn} for sts:AssumeRole`);
      if (p.kind !== 'user' || role.account === p.account || !trustsAccount(role, p.account)) continue;
      for (const peer of principals) {
        if (peer.kind === 'user' && peer.account === p.account && peer.groups.some((g) => p.groups.includes(g))) add(peer.arn, role, `${role.arn} trusts account ${p.account} and ${p.name}, in the same group, assumes it`);
      }
    }
  }
  for (const caller of ctx.principals) {
    const account = caller.split(':')[4] ?? '';
    for (const role of roles.values()) if (role.account !== account && trustsAccount(role, account)) add(caller, role, `--principal, and ${role.arn} trusts account ${account}`);
  }
  for (const e of ctx.expectations) {
    const role = e.kind === 'principal-action' && /^sts:AssumeRole$/i.test(e.action) ? roles.get(e.resource) : undefined;
    if (role && e.kind === 'principal-action') add(e.principal, role, `--expect ${e.text}`);
  }
  return [...out.values()];
}

// CROSS_ACCOUNT_ONE_SIDED_GRANT: cross-account access to a bucket, queue, topic, secret or function granted by only one of the two accounts.
import { findResource } from '../../snapshot/index.js';
import { allPrincipals } from '../aws/principals.js';
import { snapshotPolicies } from '../aws/policies.js';
import { ask } from '../aws/service-access.js';
import { concreteAction, concreteResource, identityPolicies } from '../aws/statements.js';
import type { Check } from '../types.js';

const SERVICES = /^arn:aws:(s3|sqs|sns|secretsmanager|lambda):/;
const FIX = 'Cross-account needs both the owning account\'s resource policy and an identity policy in the caller\'s account: ';

/** The check. */
export const check: Check = {
  meta: {
    code: 'CROSS_ACCOUNT_ONE_SIDED_GRANT', severity: 'error', title: 'Cross-account access is granted on one side only',
    needs: ['resource policies', 'AUTH of both accounts'],
    fix: `${FIX}add the missing side.`,
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
  },
  check({ ctx, report }) {
    const principals = allPrincipals(ctx);
    // The caller's side allows; the resource's account does not.
    for (const p of principals) {
      for (const pol of identityPolicies(ctx, p)) {
        for (const st of pol.document?.statements ?? []) {
          if (st.effect !== 'Allow') continue;
          for (const r of st.resource?.values ?? []) {
            const resource = SERVICES.test(r) ? concreteResource(r) : undefined;
            if (!resource) continue;
            const f = findResource(ctx.snapshot, resource);
            if (f.kind === 'unknown' || f.kind === 'iam-role' || f.kind === 'kms-key' || f.account === p.account) continue;
            const action = (st.action?.values ?? []).map((a) => concreteAction(a, resource)).find((x): x is string => !!x);
            if (!action) continue;
            const a = ask(ctx, p.arn, action, resource);
            if (a.kind !== 'refused' || !a.refusal.why.identityAllows || a.refusal.why.resourceAllows || a.refusal.why.blocker === 'explicit-deny') continue;
            report({
              message: `${p.arn} (account ${p.account}) is allowed ${action} on ${r} by ${pol.name}, but the resource belongs to account ${f.account} and its policy does not grant account ${p.account}.`,
              fix: `${FIX}in account ${f.account}, allow Principal {"AWS": "${p.arn}"} ${action} on ${r} in the resource policy, or drop the statement from ${pol.name}.`,
              resource: r, location: { file: pol.file, jsonPath: pol.jsonPath }, related: a.refusal.statements, evidence: a.refusal.evidence,
            });
          }
        }
      }
    }
    // The resource's account grants another account; nobody there is allowed by an identity policy.
    for (const sp of snapshotPolicies(ctx)) {
      if (sp.type !== 'resource' || !sp.resource) continue;
      const owner = findResource(ctx.snapshot, sp.resource);
      if (owner.kind === 'unknown' || owner.kind === 'iam-role') continue;
      for (const st of sp.policy.document?.statements ?? []) {
        if (st.effect !== 'Allow' || st.principal?.kind !== 'map') continue;
        const accounts = st.principal.AWS.map((v) => /^(?:arn:aws:iam::)?(\d{12})(?::root)?$/.exec(v)?.[1]).filter((x): x is string => !!x && x !== owner.account && ctx.iam(x) !== undefined);
        for (const b of accounts) {
          const resource = sp.bucket ? `arn:aws:s3:::${sp.bucket}/whynot-probe` : sp.resource;
          const target = (st.resource?.values ?? []).map(concreteResource).find((x): x is string => !!x) ?? resource;
          const action = (st.action?.values ?? []).map((a) => concreteAction(a, target)).find((x): x is string => !!x);
          if (!action) continue;
          const name = sp.bucket ?? sp.resource.split(/[:/]/).pop() ?? sp.resource;
          const candidates = principals.filter((p) => p.account === b && identityPolicies(ctx, p).some((x) => (x.document?.statements ?? []).some((s) => s.effect === 'Allow' && (s.resource?.values ?? []).some((v) => v.includes(name)))));
          const allowed = candidates.some((p) => ask(ctx, p.arn, action, target).kind === 'allowed');
          if (allowed) continue;
          report({
            message: `${sp.policy.name} grants account ${b} ${action} on ${target.replace(/whynot-probe/g, '*')}, but no identity policy in account ${b} allows it, so nobody there can use the grant.`,
            fix: `${FIX}in account ${b}, attach to the intended users or roles an identity policy allowing ${action} on ${target.replace(/whynot-probe/g, '*')}${sp.bucket && action !== 's3:ListBucket' ? ` (and s3:ListBucket on arn:aws:s3:::${sp.bucket})` : ''}.`,
            resource: sp.resource, location: { file: sp.policy.file, jsonPath: `${sp.policy.jsonPath} -> ${st.path ?? `$.Statement[${st.index}]`}` }, evidence: [`${sp.policy.file}: Principal ${b}; identity policies in ${b} naming ${name}: ${candidates.length}`],
          });
        }
      }
    }
  },
};

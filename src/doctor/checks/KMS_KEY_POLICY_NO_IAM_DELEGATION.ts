// KMS_KEY_POLICY_NO_IAM_DELEGATION: the key policy does not trust the account, so IAM policies that allow the key grant nothing.
import { allPrincipals } from '../aws/principals.js';
import { ask } from '../aws/service-access.js';
import { identityPolicies } from '../aws/statements.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'KMS_KEY_POLICY_NO_IAM_DELEGATION', severity: 'error', title: 'The key policy does not delegate to IAM policies',
    needs: ['R/kms/keys/<k>/get-key-policy', 'AUTH'],
    fix: 'Name the principal in the key-users statement, or restore the default "Enable IAM User Permissions" statement (Principal arn:aws:iam::<acct>:root, kms:*)',
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam',
  },
  check({ ctx, report }) {
    const principals = allPrincipals(ctx);
    for (const r of ctx.regions()) {
      if (r.data.kmsKeys.state !== 'collected') continue;
      for (const key of r.data.kmsKeys.value.values()) {
        if (key.policy.state !== 'collected' || !key.policy.value) continue;
        if (ask(ctx, `arn:aws:iam::${key.account}:root`, 'kms:DescribeKey', key.arn).kind !== 'refused') continue;
        const mentions = principals.filter((p) => p.account === key.account && identityPolicies(ctx, p).some((pol) => (pol.document?.statements ?? []).some((s) => s.effect === 'Allow' && (s.action?.values ?? []).some((a) => /^kms:|^\*$/i.test(a)) && (s.resource?.values ?? []).some((v) => v === '*' || v.includes(key.keyId) || v === 'arn:aws:kms:*'))));
        for (const p of mentions) {
          const a = ask(ctx, p.arn, 'kms:Decrypt', key.arn);
          if (a.kind !== 'refused' || !a.refusal.why.identityAllows || a.refusal.why.blocker === 'explicit-deny') continue;
          report({
            message: `${p.arn} is allowed kms:Decrypt on key ${key.keyId} by its IAM policies, but the key policy has no statement for arn:aws:iam::${key.account}:root and does not name it, so the IAM policies grant nothing.`,
            fix: `In the key policy of ${key.arn}, add ${p.arn} to the key-users statement, or restore {"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::${key.account}:root"},"Action":"kms:*","Resource":"*"}.`,
            resource: key.arn, location: { file: key.policy.file, jsonPath: '$.Policy' }, related: a.refusal.statements, evidence: a.refusal.evidence,
          });
        }
      }
    }
  },
};

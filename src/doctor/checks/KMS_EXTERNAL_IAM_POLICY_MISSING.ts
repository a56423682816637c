// KMS_EXTERNAL_IAM_POLICY_MISSING: the key policy trusts account B, but the principal in B has no identity policy allowing the key ARN.
import { crossAccountKeyPairs } from '../aws/cross-kms.js';
import { ask } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'In account {b}, attach to {principal} an identity policy allowing kms:Encrypt, kms:Decrypt, kms:DescribeKey on {key}{named}.';

/** The check. */
export const check: Check = {
  meta: {
    code: 'KMS_EXTERNAL_IAM_POLICY_MISSING', severity: 'error', title: 'The external principal has no IAM policy for the key ARN',
    needs: ['AUTH (B)', 'ORG'],
    fix: fill(FIX, { b: '<B>', principal: '<principal>', key: 'arn:aws:kms:<region>:<A>:key/<id>', named: '' }),
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html',
  },
  check({ ctx, report }) {
    for (const { principal, key, named } of crossAccountKeyPairs(ctx)) {
      if (key.policy.state !== 'collected') continue;
      const a = ask(ctx, principal.arn, 'kms:Decrypt', key.arn);
      if (a.kind !== 'refused' || !a.refusal.why.resourceAllows || a.refusal.why.identityAllows) continue;
      report({
        message: `Key ${key.keyId} of account ${key.account} trusts account ${principal.account}, but no identity policy of ${principal.arn} allows kms:Decrypt on ${key.arn}${named !== key.arn ? ` (its policy names ${named}, not the key ARN)` : ''}.`,
        fix: fill(FIX, { b: principal.account, principal: principal.arn, key: key.arn, named: named !== key.arn ? ` (replace ${named})` : '' }), resource: principal.arn,
        location: { file: `${principal.account}/iam/get-account-authorization-details.json` }, related: [{ file: key.policy.file, jsonPath: '$.Policy' }], evidence: a.refusal.evidence,
      });
    }
  },
};

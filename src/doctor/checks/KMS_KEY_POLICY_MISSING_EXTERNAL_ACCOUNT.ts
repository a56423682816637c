// KMS_KEY_POLICY_MISSING_EXTERNAL_ACCOUNT: a principal in account B uses a key of account A whose key policy does not allow B.
import { crossAccountKeyPairs } from '../aws/cross-kms.js';
import { ask } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'In the key policy of {key} (account {a}) allow Principal {"AWS": "arn:aws:iam::{b}:root"} kms:Encrypt, kms:Decrypt, kms:ReEncrypt*, kms:GenerateDataKey*, kms:DescribeKey.';

/** The check. */
export const check: Check = {
  meta: {
    code: 'KMS_KEY_POLICY_MISSING_EXTERNAL_ACCOUNT', severity: 'error', title: 'The key policy does not trust the caller\'s account',
    needs: ['key policy (A)', 'describe-key'],
    fix: fill(FIX, { key: '<key>', a: '<A>', b: '<B>' }),
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html',
  },
  check({ ctx, report, notChecked }) {
    for (const { principal, key } of crossAccountKeyPairs(ctx)) {
      if (key.policy.state !== 'collected') { notChecked(key.policy.file, `whether key ${key.keyId} trusts account ${principal.account}`, key.arn); continue; }
      const a = ask(ctx, principal.arn, 'kms:Decrypt', key.arn);
      if (a.kind !== 'refused' || a.refusal.why.resourceAllows || a.refusal.why.blocker === 'explicit-deny') continue;
      report({
        message: `${principal.arn} (account ${principal.account}) uses key ${key.keyId} of account ${key.account}, but the key policy allows neither account ${principal.account} nor the principal.`,
        fix: fill(FIX, { key: key.arn, a: key.account, b: principal.account }), resource: key.arn,
        location: { file: key.policy.file, jsonPath: '$.Policy' }, related: a.refusal.statements, evidence: a.refusal.evidence,
      });
    }
  },
};

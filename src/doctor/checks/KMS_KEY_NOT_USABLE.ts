// KMS_KEY_NOT_USABLE: a key that a trail, bucket, function or secret uses is Disabled, PendingDeletion or PendingImport.
import { uniqueTrails, trailKeyArn } from '../aws/cloudtrail.js';
import { crossAccountKeyPairs } from '../aws/cross-kms.js';
import { awsManaged, bucketKmsKey, keyOf, keyState } from '../aws/kms.js';
import { allFunctions } from '../aws/lambda.js';
import type { Check } from '../types.js';

const UNUSABLE = new Set(['Disabled', 'PendingDeletion', 'PendingImport', 'Unavailable']);

/** The check. */
export const check: Check = {
  meta: {
    code: 'KMS_KEY_NOT_USABLE', severity: 'error', title: 'A KMS key in use cannot perform cryptographic operations',
    needs: ['R/kms/keys/<k>/describe-key'],
    fix: 'Enable the key (aws kms enable-key) or cancel-key-deletion; use a customer managed key for cross-account access',
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html',
  },
  check({ ctx, report }) {
    const users = new Map<string, string[]>();
    const use = (key: string | undefined, by: string): void => { if (key) users.set(key, [...(users.get(key) ?? []), by]); };
    for (const t of uniqueTrails(ctx)) use(trailKeyArn(t), `trail ${t.name}`);
    for (const a of ctx.snapshot.accounts.values()) {
      if (a.buckets.state === 'collected') for (const b of a.buckets.value.values()) use(bucketKmsKey(b), `the default encryption of bucket ${b.name}`);
      for (const r of a.regions.values()) {
        if (r.secrets.state === 'collected') for (const s of r.secrets.value.values()) if (typeof s.config.KmsKeyId === 'string') use(s.config.KmsKeyId, `secret ${s.name}`);
      }
    }
    for (const fn of allFunctions(ctx)) if (typeof fn.config.KMSKeyArn === 'string') use(fn.config.KMSKeyArn, `function ${fn.name}`);
    for (const { principal, key } of crossAccountKeyPairs(ctx)) {
      if (!awsManaged(key)) continue;
      report({
        message: `${principal.arn} (account ${principal.account}) uses key ${key.keyId} of account ${key.account}, an AWS managed key (KeyManager=AWS): its key policy cannot be edited, so no other account can ever use it.`,
        fix: `Use a customer managed key for cross-account access: create one in ${key.account}, allow arn:aws:iam::${principal.account}:root in its key policy, and re-encrypt the data with it.`,
        resource: key.arn, location: { file: key.metadata.file, jsonPath: '$.KeyMetadata.KeyManager' }, evidence: [`${key.metadata.file}: KeyManager AWS`],
      });
    }
    const done = new Set<string>();
    for (const [text, by] of users) {
      const key = keyOf(ctx.snapshot, text);
      if (!key || done.has(key.arn)) continue;
      done.add(key.arn);
      const state = keyState(key);
      if (!state || !UNUSABLE.has(state)) continue;
      const fix = state === 'PendingDeletion' ? `aws kms cancel-key-deletion --key-id ${key.keyId} && aws kms enable-key --key-id ${key.keyId}` : state === 'PendingImport' ? `Import key material into ${key.keyId} (aws kms import-key-material)` : `aws kms enable-key --key-id ${key.keyId}`;
      report({ message: `Key ${key.keyId} is ${state}, but ${by.join(', ')} use${by.length === 1 ? 's' : ''} it: every encrypt and decrypt with it fails (KMSInvalidStateException).`, fix, resource: key.arn, location: { file: key.metadata.file, jsonPath: '$.KeyMetadata.KeyState' }, evidence: [`${key.metadata.file}: KeyState ${state}`] });
    }
  },
};

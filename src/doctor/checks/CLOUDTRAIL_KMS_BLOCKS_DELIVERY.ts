// CLOUDTRAIL_KMS_BLOCKS_DELIVERY: the trail's KMS key (or the bucket's default SSE-KMS key) does not let CloudTrail encrypt, or is not Enabled.
import { findResource } from '../../snapshot/index.js';
import { trailKeyArn, uniqueTrails } from '../aws/cloudtrail.js';
import { bucketKmsKey, keyOf, keyState } from '../aws/kms.js';
import { askAll } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'In the key policy of {key}, allow Service cloudtrail.amazonaws.com kms:GenerateDataKey* (StringLike kms:EncryptionContext:aws:cloudtrail:arn = arn:aws:cloudtrail:*:{account}:trail/*, StringEquals aws:SourceArn = {trail}) and kms:DescribeKey; enable the key if it is disabled.';

/** The check. */
export const check: Check = {
  meta: {
    code: 'CLOUDTRAIL_KMS_BLOCKS_DELIVERY', severity: 'error', title: 'The KMS key does not let CloudTrail encrypt log files',
    needs: ['R/ct/describe-trails', 'B/get-bucket-encryption', 'R/kms/keys/<k>/describe-key', 'R/kms/keys/<k>/get-key-policy'],
    fix: fill(FIX, { key: '<key>', account: '<acct>', trail: '<trail-arn>' }),
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html',
  },
  check({ ctx, report, notChecked }) {
    for (const t of uniqueTrails(ctx)) {
      const bucket = t.bucket ? findResource(ctx.snapshot, `arn:aws:s3:::${t.bucket}`) : undefined;
      const bucketKey = bucket?.kind === 's3-bucket' ? bucketKmsKey(bucket.bucket) : undefined;
      const keyText = trailKeyArn(t) ?? bucketKey;
      if (!keyText) continue;
      const via = trailKeyArn(t) ? `trail ${t.name} (KmsKeyId)` : `the default encryption of bucket ${t.bucket ?? ''}`;
      const key = keyOf(ctx.snapshot, keyText);
      if (!key) {
        notChecked(`${t.account}/${t.homeRegion}/kms/keys/`, `key ${keyText} used by ${via} is not among the collected keys (aliases are not resolved)`, t.arn);
        continue;
      }
      const related = [{ file: t.file, jsonPath: `${t.jsonPath}.KmsKeyId` }];
      const state = keyState(key);
      const fix = trailKeyArn(t)
        ? fill(FIX, { key: key.arn, account: t.account, trail: t.arn })
        : `In the key policy of ${key.arn} (default encryption of bucket ${t.bucket ?? ''}), allow Service cloudtrail.amazonaws.com kms:GenerateDataKey (StringEquals aws:SourceArn = ${t.arn}), or set the bucket's default encryption to SSE-S3; enable the key if it is disabled.`;
      if (state && state !== 'Enabled') {
        report({ message: `Key ${key.keyId} used by ${via} is ${state}: CloudTrail cannot encrypt log files, so it delivers none.`, fix: `aws kms enable-key --key-id ${key.keyId} (or cancel-key-deletion); ${fix}`, resource: key.arn, location: { file: key.metadata.file, jsonPath: '$.KeyMetadata.KeyState' }, related, evidence: [`${key.metadata.file}: KeyState ${state}`] });
        continue;
      }
      if (key.policy.state !== 'collected') {
        notChecked(key.policy.file, `whether key ${key.keyId} lets CloudTrail encrypt trail ${t.name}`, t.arn);
        continue;
      }
      // A trail key is used by CloudTrail itself (encryption context aws:cloudtrail:arn); a bucket default SSE-KMS key is used
      // by S3 on CloudTrail's PutObject, which needs kms:GenerateDataKey on it (S3 UsingKMSEncryption.html, "Permissions").
      const context: Record<string, string> = trailKeyArn(t)
        ? { 'aws:SourceArn': t.arn, 'aws:SourceAccount': t.account, 'kms:EncryptionContext:aws:cloudtrail:arn': t.arn }
        : { 'aws:SourceArn': t.arn, 'aws:SourceAccount': t.account, 'kms:ViaService': `s3.${key.region}.amazonaws.com` };
      const { refused } = askAll(ctx, 'cloudtrail.amazonaws.com', [
        { action: 'kms:GenerateDataKey', resource: key.arn, context },
        ...(trailKeyArn(t) ? [{ action: 'kms:DescribeKey', resource: key.arn, context: { 'aws:SourceArn': t.arn, 'aws:SourceAccount': t.account } }] : []),
      ]);
      if (!refused.length) continue;
      report({
        message: `CloudTrail cannot use key ${key.keyId} (${via}): cloudtrail.amazonaws.com is refused ${refused.map((r) => r.action).join(' and ')}, so trail ${t.name} delivers no log files.`,
        fix, resource: key.arn, location: { file: key.policy.file, jsonPath: '$.Policy' },
        related: [...related, ...refused.flatMap((r) => r.statements)], evidence: refused.flatMap((r) => r.evidence),
      });
    }
  },
};

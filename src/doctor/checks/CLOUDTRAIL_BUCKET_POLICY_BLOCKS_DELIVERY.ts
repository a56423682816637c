// CLOUDTRAIL_BUCKET_POLICY_BLOCKS_DELIVERY: evaluated as cloudtrail.amazonaws.com, the bucket refuses GetBucketAcl or PutObject.
import { findResource } from '../../snapshot/index.js';
import { trailStatus, uniqueTrails, type Trail } from '../aws/cloudtrail.js';
import { askAll } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'Add two statements to the bucket policy of {bucket} for Service cloudtrail.amazonaws.com: s3:GetBucketAcl on arn:aws:s3:::{bucket}, and s3:PutObject on arn:aws:s3:::{bucket}/{prefix}AWSLogs/{account}/* with StringEquals s3:x-amz-acl=bucket-owner-full-control and aws:SourceArn={trail}; narrow any Deny that matches them.';

/** The object key CloudTrail writes: `[prefix/]AWSLogs/<account>/CloudTrail/<region>/...`. */
export function logObjectArn(t: Trail): string {
  const prefix = t.prefix ? `${t.prefix.replace(/\/+$/, '')}/` : '';
  return `arn:aws:s3:::${t.bucket ?? ''}/${prefix}AWSLogs/${t.account}/CloudTrail/${t.homeRegion}/whynot-probe.json.gz`;
}

/** The check. */
export const check: Check = {
  meta: {
    code: 'CLOUDTRAIL_BUCKET_POLICY_BLOCKS_DELIVERY', severity: 'error', title: 'The bucket policy does not let CloudTrail deliver',
    needs: ['B/get-bucket-policy', 'B/get-bucket-acl', 'B/get-bucket-ownership-controls', 'R/ct/describe-trails', 'R/ct/trails/<t>/get-trail-status'],
    fix: fill(FIX, { bucket: '<b>', prefix: '[prefix/]', account: '<acct>', trail: '<trail-arn>' }),
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
  },
  check({ ctx, report, notChecked }) {
    for (const t of uniqueTrails(ctx)) {
      if (!t.bucket) continue;
      const found = findResource(ctx.snapshot, `arn:aws:s3:::${t.bucket}`);
      if (found.kind !== 's3-bucket') continue;
      if (found.policy.state !== 'collected') {
        notChecked(found.policy.file, `whether bucket ${t.bucket} lets CloudTrail deliver trail ${t.name}`, t.arn);
        continue;
      }
      const context = { 'aws:SourceArn': t.arn, 'aws:SourceAccount': t.account };
      const { refused } = askAll(ctx, 'cloudtrail.amazonaws.com', [
        { action: 's3:GetBucketAcl', resource: `arn:aws:s3:::${t.bucket}`, context },
        { action: 's3:PutObject', resource: logObjectArn(t), context: { ...context, 's3:x-amz-acl': 'bucket-owner-full-control' } },
      ]);
      const { file: sf, status } = trailStatus(ctx, t);
      const err = typeof status?.LatestDeliveryError === 'string' ? status.LatestDeliveryError : '';
      if (!refused.length && !/AccessDenied/i.test(err)) continue;
      const what = refused.length ? refused.map((r) => `${r.action} on ${r.resource} (${r.why.blocker === 'explicit-deny' ? 'an explicit Deny matches' : 'no statement allows it'})`).join(' and ') : `delivery fails with LatestDeliveryError=${err}`;
      report({
        message: `CloudTrail cannot deliver trail ${t.name} to bucket ${t.bucket}: cloudtrail.amazonaws.com is refused ${what}.`,
        fix: fill(FIX, { bucket: t.bucket, prefix: t.prefix ? `${t.prefix.replace(/\/+$/, '')}/` : '', account: t.account, trail: t.arn }),
        resource: `arn:aws:s3:::${t.bucket}`, location: { file: found.policy.file, jsonPath: '$.Policy' },
        related: [{ file: t.file, jsonPath: t.jsonPath }, ...refused.flatMap((r) => r.statements)],
        evidence: [...refused.flatMap((r) => r.evidence), ...(err ? [`${sf}: LatestDeliveryError ${err}`] : [])],
      });
    }
  },
};

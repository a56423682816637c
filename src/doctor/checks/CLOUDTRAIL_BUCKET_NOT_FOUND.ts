// CLOUDTRAIL_BUCKET_NOT_FOUND: the trail's S3BucketName is in no collected bucket list and delivery fails with NoSuchBucket.
import { closest } from '../../policy/catalog/similar.js';
import { trailStatus, uniqueTrails } from '../aws/cloudtrail.js';
import { fill, type Check } from '../types.js';

const FIX = 'aws cloudtrail update-trail --name {name} --s3-bucket-name {bucket} (bucket names are global; check spelling and prefix)';

/** The check. */
export const check: Check = {
  meta: {
    code: 'CLOUDTRAIL_BUCKET_NOT_FOUND', severity: 'error', title: 'The trail delivers to a bucket that does not exist',
    needs: ['R/ct/describe-trails', 'R/ct/trails/<t>/get-trail-status', '<acct>/s3/list-buckets'],
    fix: fill(FIX, { name: '<t>', bucket: '<existing-bucket>' }),
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrailStatus.html',
  },
  check({ ctx, report, notChecked }) {
    const known = new Set<string>();
    const uncollected: string[] = [];
    for (const a of ctx.snapshot.accounts.values()) {
      if (a.buckets.state === 'collected') for (const b of a.buckets.value.keys()) known.add(b);
      else uncollected.push(a.buckets.file);
    }
    for (const t of uniqueTrails(ctx)) {
      if (!t.bucket || known.has(t.bucket)) continue;
      const { file, status } = trailStatus(ctx, t);
      const err = typeof status?.LatestDeliveryError === 'string' ? status.LatestDeliveryError : '';
      const guess = closest(t.bucket, known);
      if (/NoSuchBucket/i.test(err)) {
        report({
          message: `Trail ${t.name} delivers to bucket ${t.bucket}, which is in no collected list-buckets, and CloudTrail reports LatestDeliveryError=${err}.${guess ? ` Did you mean ${guess}?` : ''}`,
          fix: fill(FIX, { name: t.name, bucket: guess ?? '<existing-bucket>' }), resource: t.arn,
          location: { file: t.file, jsonPath: `${t.jsonPath}.S3BucketName` }, related: [{ file, jsonPath: '$.LatestDeliveryError' }],
          evidence: [`${file}: LatestDeliveryError ${err}`, `buckets collected: ${known.size}`],
        });
      } else if (!status) {
        notChecked(file, `whether bucket ${t.bucket} of trail ${t.name} exists (it is in no collected list-buckets)`, t.arn);
      } else {
        notChecked(uncollected[0] ?? `${t.account}/s3/list-buckets.json`, `bucket ${t.bucket} of trail ${t.name} is in no collected list-buckets and delivery reports no NoSuchBucket: it may belong to an account not in the snapshot (cannot verify)`, t.arn);
      }
    }
  },
};

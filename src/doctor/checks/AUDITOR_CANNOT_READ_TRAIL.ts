// AUDITOR_CANNOT_READ_TRAIL: a principal meant to audit (CloudTrail read policy, or --principal) cannot read events, the log objects or the key.
import { findResource } from '../../snapshot/index.js';
import { trailKeyArn, uniqueTrails } from '../aws/cloudtrail.js';
import { principalsFor } from '../aws/principals.js';
import { askAll } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'Attach arn:aws:iam::aws:policy/AWSCloudTrail_ReadOnlyAccess (successor of the deprecated AWSCloudTrailReadOnlyAccess) to {principal}. It grants only cloudtrail:Get*/Describe*/List*/LookupEvents, so also allow s3:ListBucket on arn:aws:s3:::{bucket}, s3:GetObject on arn:aws:s3:::{bucket}/{prefix}AWSLogs/*{kms}.';

/** The check. */
export const check: Check = {
  meta: {
    code: 'AUDITOR_CANNOT_READ_TRAIL', severity: 'error', title: 'The auditor cannot read the trail, its log files or its key',
    needs: ['AUTH', 'ORG', 'B/get-bucket-policy', 'R/ct/describe-trails', 'key policy'],
    fix: fill(FIX, { principal: '<auditor>', bucket: '<b>', prefix: '<prefix>/', kms: ', and kms:Decrypt on the trail key' }),
    docs: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCloudTrail_ReadOnlyAccess.html',
  },
  check({ ctx, report }) {
    const trails = uniqueTrails(ctx);
    if (!trails.length) return;
    const ordered = [...trails].sort((a, b) => Number(b.organization || b.multiRegion) - Number(a.organization || a.multiRegion));
    for (const principal of principalsFor(ctx, /cloudtrail.*read|auditor|securityaudit/i)) {
      const results = ordered.map((t) => {
        const prefix = t.prefix ? `${t.prefix.replace(/\/+$/, '')}/` : '';
        const key = trailKeyArn(t);
        const bucketKnown = t.bucket ? findResource(ctx.snapshot, `arn:aws:s3:::${t.bucket}`).kind === 's3-bucket' : false;
        const items = [
          { action: 'cloudtrail:LookupEvents', resource: '*' },
          { action: 'cloudtrail:DescribeTrails', resource: '*' },
          { action: 'cloudtrail:GetTrailStatus', resource: t.arn },
          ...(t.bucket && bucketKnown ? [
            { action: 's3:ListBucket', resource: `arn:aws:s3:::${t.bucket}` },
            { action: 's3:GetObject', resource: `arn:aws:s3:::${t.bucket}/${prefix}AWSLogs/${t.account}/CloudTrail/${t.homeRegion}/whynot-probe.json.gz` },
          ] : []),
          ...(key ? [{ action: 'kms:Decrypt', resource: key, context: { 'kms:EncryptionContext:aws:cloudtrail:arn': t.arn } }] : []),
        ];
        return { t, prefix, key, bucketKnown, refused: askAll(ctx, principal, items).refused };
      });
      // One readable trail is enough for an auditor; otherwise report the trail that records the most (organization or multi-region first).
      if (results.some((r) => r.bucketKnown && r.refused.length === 0)) continue;
      const r = results[0];
      if (!r) continue;
      const { t, prefix, key, refused } = r;
      report({
        message: `${principal} cannot read any trail's logs; for trail ${t.name}: refused ${refused.map((x) => `${x.action}${x.resource === '*' ? '' : ` on ${x.resource}`}`).join(', ')}.`,
        fix: fill(FIX, { principal, bucket: t.bucket ?? '<bucket>', prefix, kms: key ? `, and kms:Decrypt on ${key} (the key policy must allow it too)` : '' }),
        resource: principal, location: { file: t.file, jsonPath: t.jsonPath },
        related: refused.flatMap((x) => x.statements), evidence: refused.flatMap((x) => x.evidence),
      });
    }
  },
};

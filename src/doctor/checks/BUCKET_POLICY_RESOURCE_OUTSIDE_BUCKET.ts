// BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET', severity: 'error', title: 'A bucket policy Resource is * or another bucket',
    needs: ["B/get-bucket-policy"],
    fix: "Use arn:aws:s3:::<this-bucket> and/or arn:aws:s3:::<this-bucket>/*",
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET on ${f.location?.file ?? ''}`] });
    }
  },
};

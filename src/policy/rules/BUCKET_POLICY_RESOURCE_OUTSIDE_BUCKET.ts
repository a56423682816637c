// BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET: a bucket policy whose Resource is "*" or another bucket; S3 refuses it.
import { splitPolicyArn } from '../catalog/arn-match.js';
import { wildcardMatcher } from '../catalog/wildcard.js';
import { defineRule } from './define.js';
import { located, statementPath } from './walk.js';

/** Reports bucket-policy resources that are not this bucket or its objects. */
export const rule = defineRule({
  code: 'BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET',
  severity: 'error',
  description: 'Every Resource of a bucket policy must be the bucket (arn:aws:s3:::b) or objects in it (arn:aws:s3:::b/*). S3 refuses a policy whose Resource is "*" or another bucket ("Policy has invalid resource").',
  messages: {
    default: 'Resource "*" in a bucket policy: S3 rejects it ("Policy has invalid resource")',
    other: 'Resource {value} is outside bucket {bucket}: S3 rejects it ("Policy has invalid resource")',
    service: 'Resource {value} is not an S3 ARN: a bucket policy can only name its bucket and its objects',
  },
  fix: 'Use arn:aws:s3:::{bucket} and/or arn:aws:s3:::{bucket}/*',
  docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html',
  types: ['resource'],
}, (ctx) => {
  if (!ctx.isBucketPolicy) return;
  const bucket = ctx.bucket ?? '<bucket>';
  const fix = `Use arn:aws:s3:::${bucket} and/or arn:aws:s3:::${bucket}/*`;
  for (const st of ctx.doc.statements) {
    for (const r of located(st.resource, `${statementPath(st)}.Resource`)) {
      if (r.value === '*') {
        ctx.report({ path: r.path, fix });
        continue;
      }
      const arn = splitPolicyArn(r.value);
      if (!arn) continue;
      if (arn.service !== 's3' && !arn.service.includes('*')) {
        ctx.report({ path: r.path, messageId: 'service', data: { value: r.value }, fix });
        continue;
      }
      if (!ctx.bucket || arn.region !== '' || arn.account !== '') continue;
      const name = arn.resource.split('/')[0] ?? '';
      if (!wildcardMatcher(name)(ctx.bucket)) ctx.report({ path: r.path, messageId: 'other', data: { value: r.value, bucket: ctx.bucket }, fix });
    }
  }
});

// POLICY_SIZE_EXCEEDED: the policy is longer than the quota of its type (IAM does not count white space).
import { resolveAction } from '../catalog/actions.js';
import type { PolicyDocument } from '../model.js';
import { defineRule } from './define.js';
import type { PolicyOrigin, PolicyType } from './types.js';

/** A size quota: the hard limit, and an optional lower default that can be raised. */
interface Quota { max: number; what: string; soft?: number; softWhat?: string }

/** Resource-policy quotas by the service of the policy's actions. */
const RESOURCE_QUOTAS: Record<string, Quota> = {
  s3: { max: 20_480, what: 'an S3 bucket policy (20 KB)' },
  sqs: { max: 8_192, what: 'an SQS queue policy (8,192 bytes)' },
  sns: { max: 30_720, what: 'an SNS topic policy (30 KB)' },
  lambda: { max: 20_480, what: 'a Lambda function policy (20 KB)' },
  secretsmanager: { max: 20_480, what: 'a Secrets Manager resource policy (20,480 characters)' },
  kms: { max: 32_768, what: 'a KMS key policy (32 KB)' },
};

const ORIGIN_QUOTAS: Partial<Record<PolicyOrigin, Quota>> = {
  'customer-managed': { max: 6_144, what: 'a customer managed policy (6,144 characters)' },
  'inline-user': { max: 2_048, what: 'the inline policies of a user (2,048 characters)' },
  'inline-group': { max: 5_120, what: 'the inline policies of a group (5,120 characters)' },
  'inline-role': { max: 10_240, what: 'the inline policies of a role (10,240 characters)' },
};

function onlyService(doc: PolicyDocument): string | undefined {
  const prefixes = new Set<string>();
  for (const st of doc.statements) {
    for (const v of st.action?.values ?? []) {
      const r = resolveAction(v);
      if (r.kind === 'ok') prefixes.add(r.service);
      else return undefined;
    }
  }
  return prefixes.size === 1 ? [...prefixes][0] : undefined;
}

/** The quota for a policy of this type and origin, or undefined when there is none to check. */
export function quotaFor(type: PolicyType, doc: PolicyDocument, origin?: PolicyOrigin, bucketPolicy = false): Quota | undefined {
  switch (type) {
    case 'identity':
      if (origin === 'aws-managed') return undefined;
      return (origin && ORIGIN_QUOTAS[origin]) ?? { max: 10_240, what: 'any identity policy (10,240 characters, inline on a role)', soft: 6_144, softWhat: 'a managed policy (6,144 characters)' };
    case 'trust': return { max: 4_096, what: 'a role trust policy (4,096 characters at most)', soft: 2_048, softWhat: 'a role trust policy by default (2,048 characters; a quota increase allows up to 4,096)' };
    case 'scp': return { max: 5_120, what: 'a service control policy (5,120 characters)' };
    case 'rcp': return { max: 5_120, what: 'a resource control policy (5,120 characters)' };
    case 'key': return RESOURCE_QUOTAS.kms;
    case 'endpoint': return { max: 20_480, what: 'a VPC endpoint policy (20,480 characters)' };
    case 'resource': return bucketPolicy ? RESOURCE_QUOTAS.s3 : RESOURCE_QUOTAS[onlyService(doc) ?? ''];
  }
}

/** Reports a policy over its type's size quota (error), or over a lower default quota (warning). */
export const rule = defineRule({
  code: 'POLICY_SIZE_EXCEEDED',
  severity: 'error',
  description: 'Each policy type has a size quota, counted without white space: 6,144 characters for a managed policy, 2,048 (up to 4,096) for a trust policy, 5,120 for an SCP, 20 KB for a bucket policy, and so on. AWS rejects a larger policy.',
  messages: { default: 'The policy is {size} characters (white space excluded), over the {max} allowed for {what}' },
  fix: 'Split it into several policies, or shorten it: merge statements, use wildcards in actions, drop unused Sids',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
}, (ctx) => {
  const size = ctx.parsed.size;
  if (size === undefined) return;
  const q = quotaFor(ctx.type, ctx.doc, ctx.origin, ctx.isBucketPolicy);
  if (!q) return;
  if (size > q.max) ctx.report({ path: '$', data: { size, max: q.max, what: q.what } });
  else if (q.soft !== undefined && size > q.soft) ctx.report({ path: '$', severity: 'warning', data: { size, max: q.soft, what: q.softWhat ?? q.what } });
});

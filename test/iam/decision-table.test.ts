// Table tests of the decision function's arms: each row names the AWS page that pins the rule.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/iam/evaluate.js';
import { inputFromDocuments, type DocumentSet, type PlainRequest } from '../../src/iam/from-documents.js';

const A = '111122223333';
const B = '444455556666';
const allow = (action: string, resource = '*', extra: Record<string, unknown> = {}): Record<string, unknown> => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource, ...extra }] });
const deny = (action: string, resource = '*'): Record<string, unknown> => ({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: action, Resource: resource }] });
const grant = (principal: unknown, action: string, resource: string): Record<string, unknown> => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: action, Resource: resource }] });

const USER = `arn:aws:iam::${A}:user/alice`;
const SESSION = `arn:aws:sts::${A}:assumed-role/app/s1`;
const OBJ = 'arn:aws:s3:::bucket/key';
const BOUNDARIES = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html';
const DENYALLOW = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html';
const CROSS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html';
const KMS = 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html';
const USER_P = { type: 'user', arn: USER, account: A, name: 'alice', hasBoundary: true } as const;
const SESSION_P = { type: 'role-session', arn: SESSION, account: A, roleArn: `arn:aws:iam::${A}:role/app`, roleName: 'app', sessionName: 's1', hasBoundary: true } as const;

const table: { name: string; doc: string; req: PlainRequest; docs: DocumentSet; expected: string }[] = [
  { name: 'resource policy naming the user is not limited by the boundary', doc: BOUNDARIES, expected: 'Allow',
    req: { principal: USER_P, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { resource: grant({ AWS: USER }, 's3:GetObject', OBJ), boundary: allow('ec2:*') } },
  { name: 'resource policy naming * grants a user despite the boundary', doc: BOUNDARIES, expected: 'Allow',
    req: { principal: USER_P, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { resource: grant('*', 's3:GetObject', OBJ), boundary: allow('ec2:*') } },
  { name: 'resource policy naming the role ARN is limited by the session boundary', doc: DENYALLOW, expected: 'ImplicitDeny',
    req: { principal: SESSION_P, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { resource: grant({ AWS: `arn:aws:iam::${A}:role/app` }, 's3:GetObject', OBJ), boundary: allow('ec2:*') } },
  { name: 'resource policy naming the session ARN is not limited by the boundary', doc: DENYALLOW, expected: 'Allow',
    req: { principal: SESSION_P, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { resource: grant({ AWS: SESSION }, 's3:GetObject', OBJ), boundary: allow('ec2:*') } },
  { name: 'resource policy naming the session ARN is not limited by the session policy', doc: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html', expected: 'Allow',
    req: { principal: SESSION_P, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { resource: grant({ AWS: SESSION }, 's3:GetObject', OBJ), session: [allow('ec2:*')] } },
  { name: 'resource policy naming the role ARN is limited by the session policy', doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session', expected: 'ImplicitDeny',
    req: { principal: SESSION_P, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { resource: grant({ AWS: `arn:aws:iam::${A}:role/app` }, 's3:GetObject', OBJ), session: [allow('ec2:*')] } },
  { name: 'resource policy naming the account delegates to identity policies', doc: DENYALLOW, expected: 'ImplicitDeny',
    req: { principal: USER, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { resource: grant({ AWS: `arn:aws:iam::${A}:root` }, 's3:GetObject', OBJ) } },
  { name: 'explicit deny in the boundary wins over a resource grant', doc: DENYALLOW, expected: 'ExplicitDeny',
    req: { principal: USER_P, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { resource: grant({ AWS: USER }, 's3:GetObject', OBJ), boundary: deny('s3:*') } },
  { name: 'cross-account needs the identity side', doc: CROSS, expected: 'ImplicitDeny',
    req: { principal: `arn:aws:iam::${B}:user/bob`, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { resource: grant({ AWS: `arn:aws:iam::${B}:root` }, 's3:GetObject', OBJ) } },
  { name: 'cross-account needs the resource side', doc: CROSS, expected: 'ImplicitDeny',
    req: { principal: `arn:aws:iam::${B}:user/bob`, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { identity: [allow('s3:GetObject', OBJ)] } },
  { name: 'cross-account with both sides allows', doc: CROSS, expected: 'Allow',
    req: { principal: `arn:aws:iam::${B}:user/bob`, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, docs: { identity: [allow('s3:GetObject', OBJ)], resource: grant({ AWS: `arn:aws:iam::${B}:root` }, 's3:GetObject', OBJ) } },
  { name: 'a KMS key needs its key policy even with an identity allow', doc: KMS, expected: 'ImplicitDeny',
    req: { principal: USER, action: 'kms:Decrypt', resource: `arn:aws:kms:us-east-1:${A}:key/k1` }, docs: { identity: [allow('kms:*')], resource: grant({ AWS: `arn:aws:iam::${A}:user/other` }, 'kms:*', '*') } },
  { name: 'a key policy delegating to the account makes identity policies count', doc: KMS, expected: 'Allow',
    req: { principal: USER, action: 'kms:Decrypt', resource: `arn:aws:kms:us-east-1:${A}:key/k1` }, docs: { identity: [allow('kms:Decrypt')], resource: grant({ AWS: `arn:aws:iam::${A}:root` }, 'kms:*', '*') } },
  { name: 'the root user has full access in its own account', doc: DENYALLOW, expected: 'Allow',
    req: { principal: `arn:aws:iam::${A}:root`, action: 'ec2:TerminateInstances', resource: `arn:aws:ec2:us-east-1:${A}:instance/i-1` }, docs: {} },
  { name: 'an SCP binds the root user of a member account', doc: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html', expected: 'ExplicitDeny',
    req: { principal: `arn:aws:iam::${A}:root`, action: 'ec2:TerminateInstances', resource: `arn:aws:ec2:us-east-1:${A}:instance/i-1`, managementAccount: B }, docs: { scps: [[allow('*'), deny('ec2:TerminateInstances')]] } },
  { name: 'a service principal needs the resource policy', doc: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html', expected: 'Allow',
    req: { principal: 'events.amazonaws.com', action: 'lambda:InvokeFunction', resource: `arn:aws:lambda:us-east-1:${A}:function:f` }, docs: { resource: grant({ Service: 'events.amazonaws.com' }, 'lambda:InvokeFunction', `arn:aws:lambda:us-east-1:${A}:function:f`) } },
];

describe('decision table', () => {
  it.each(table.map((r) => [r.name, r] as const))('%s', (_n, r) => {
    const d = evaluate(inputFromDocuments(r.req, r.docs));
    expect(d.decision, `${r.doc}\n${d.summary}`).toBe(r.expected);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
  it('names the decisive Deny and the Allow it overrides', () => {
    const d = evaluate(inputFromDocuments({ principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::mylogs/x', resourceAccount: A }, {
      identity: [{ Version: '2012-10-17', Statement: [{ Sid: 'DenyS3AccessToLogsBucket', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::*log*/*' }] }],
      resource: grant({ AWS: USER }, 's3:*', '*'),
    }));
    expect(d.decision).toBe('ExplicitDeny');
    expect(d.summary).toContain('statement `DenyS3AccessToLogsBucket`');
    expect(d.summary).toContain('overrides the Allow in resource-based policy');
  });

  it('names a condition key nobody supplied', () => {
    const d = evaluate(inputFromDocuments({ principal: USER, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, {
      identity: [allow('s3:GetObject', OBJ, { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })],
    }));
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.missingKeys.map((m) => m.key)).toEqual(['aws:SourceIp']);
  });

  it('is uncertain, never Allow, when an Allow holds an unknown operator', () => {
    const d = evaluate(inputFromDocuments({ principal: USER, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, {
      identity: [allow('s3:GetObject', OBJ, { Condition: { StringEqualsWhatever: { 'aws:SourceIp': 'x' } } })],
    }));
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.certain).toBe(false);
    expect(d.uncertain[0]).toContain('could not be evaluated');
  });

  it('is uncertain when a Deny holds an unknown operator, and reads it as denying', () => {
    const d = evaluate(inputFromDocuments({ principal: USER, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, {
      identity: [allow('s3:GetObject', OBJ), { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { BogusOp: { 'aws:SourceIp': 'x' } } }] }],
    }));
    expect(d.decision).toBe('ExplicitDeny');
    expect(d.certain).toBe(false);
  });
});

// https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html : endpoint policies may name principals.
describe('VPC endpoint policies', () => {
  const endpoint = (principal: unknown): Record<string, unknown> => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: '*' }] });
  it.each([
    ['naming the caller', { AWS: USER }, 'Allow'],
    ['naming someone else', { AWS: `arn:aws:iam::${A}:user/bob` }, 'ImplicitDeny'],
    ['naming everyone', '*', 'Allow'],
  ])('an endpoint policy %s', (_n, principal, expected) => {
    const d = evaluate(inputFromDocuments({ principal: USER, action: 's3:GetObject', resource: OBJ, resourceAccount: A }, { identity: [allow('s3:GetObject')], endpoint: endpoint(principal) }));
    expect(d.decision).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { makeContext } from '../context.js';
import { compileCondition } from './compile.js';
import type { ConditionOutcome } from './types.js';

type Ctx = Record<string, string | string[]>;
type Row = [operator: string, key: string, values: string[], ctx: Ctx, expected: ConditionOutcome['result']];

function run(operator: string, key: string, values: string[], ctx: Ctx, variables = true): ConditionOutcome {
  return compileCondition({ operator, key, values }, { variables }).evaluate(makeContext(ctx));
}

function table(rows: Row[]): void {
  it.each(rows)('%s %s %j with %j is %s', (operator, key, values, ctx, expected) => {
    const out = run(operator, key, values, ctx);
    expect(out.result).toBe(expected);
    expect(out.reason).toContain(key);
  });
}

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
describe('String operators', () => {
  table([
    ['StringEquals', 'aws:username', ['john'], { 'aws:username': 'john' }, 'match'],
    // "Users named John are denied access." (case sensitive)
    ['StringEquals', 'aws:username', ['john'], { 'aws:username': 'John' }, 'nomatch'],
    ['StringEquals', 'aws:username', ['alice', 'john'], { 'aws:username': 'john' }, 'match'],
    ['StringEquals', 'aws:username', ['j*'], { 'aws:username': 'john' }, 'nomatch'],
    ['StringEquals', 'aws:username', ['j*'], { 'aws:username': 'j*' }, 'match'],
    ['StringNotEquals', 'aws:username', ['john'], { 'aws:username': 'john' }, 'nomatch'],
    ['StringNotEquals', 'aws:username', ['john'], { 'aws:username': 'alice' }, 'match'],
    ['StringEqualsIgnoreCase', 'aws:username', ['JOHN'], { 'aws:username': 'john' }, 'match'],
    ['StringEqualsIgnoreCase', 'aws:username', ['JOHN'], { 'aws:username': 'johnny' }, 'nomatch'],
    ['StringNotEqualsIgnoreCase', 'aws:username', ['JOHN'], { 'aws:username': 'John' }, 'nomatch'],
    ['StringNotEqualsIgnoreCase', 'aws:username', ['JOHN'], { 'aws:username': 'alice' }, 'match'],
    ['StringLike', 's3:prefix', ['', 'home/', 'home/${aws:username}/'], { 's3:prefix': 'home/bob/', 'aws:username': 'bob' }, 'match'],
    ['StringLike', 's3:prefix', ['home/${aws:username}/*'], { 's3:prefix': 'home/alice/x', 'aws:username': 'bob' }, 'nomatch'],
    ['StringLike', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'], { 'ec2:InstanceType': 't2.micro' }, 'match'],
    ['StringLike', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'], { 'ec2:InstanceType': 'm5.large' }, 'nomatch'],
    ['StringLike', 'aws:username', ['J*'], { 'aws:username': 'john' }, 'nomatch'],
    ['StringNotLike', 'aws:username', ['j*'], { 'aws:username': 'john' }, 'nomatch'],
    ['StringNotLike', 'aws:username', ['a*'], { 'aws:username': 'john' }, 'match'],
    // Condition key names are case-insensitive.
    ['StringEquals', 'AWS:UserName', ['john'], { 'aws:username': 'john' }, 'match'],
  ]);
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
// "If a single condition operator includes multiple values for a context key, those values are evaluated using a logical OR."
// "If a single negated matching condition operator includes multiple values for a context key, those values are evaluated using a logical NOR."
describe('multiple policy values: OR, and NOR for negated operators', () => {
  table([
    ['StringNotEquals', 'aws:PrincipalTag/role', ['audit', 'security'], { 'aws:PrincipalTag/role': 'audit' }, 'nomatch'],
    ['StringNotEquals', 'aws:PrincipalTag/role', ['audit', 'security'], { 'aws:PrincipalTag/role': 'security' }, 'nomatch'],
    ['StringNotEquals', 'aws:PrincipalTag/role', ['audit', 'security'], { 'aws:PrincipalTag/role': 'dev' }, 'match'],
    ['NumericNotEquals', 's3:max-keys', ['10', '20'], { 's3:max-keys': '20' }, 'nomatch'],
    ['NumericNotEquals', 's3:max-keys', ['10', '20'], { 's3:max-keys': '30' }, 'match'],
    ['NotIpAddress', 'aws:SourceIp', ['10.0.0.0/8', '192.168.0.0/16'], { 'aws:SourceIp': '192.168.1.1' }, 'nomatch'],
    ['NotIpAddress', 'aws:SourceIp', ['10.0.0.0/8', '192.168.0.0/16'], { 'aws:SourceIp': '203.0.113.1' }, 'match'],
    ['ArnNotLike', 'aws:SourceArn', ['arn:aws:sns:*:1:a', 'arn:aws:sns:*:1:b'], { 'aws:SourceArn': 'arn:aws:sns:us-east-1:1:b' }, 'nomatch'],
  ]);
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
describe('Numeric operators', () => {
  table([
    ['NumericEquals', 's3:max-keys', ['10'], { 's3:max-keys': '10' }, 'match'],
    ['NumericEquals', 's3:max-keys', ['10'], { 's3:max-keys': '10.0' }, 'match'],
    ['NumericEquals', 's3:max-keys', ['10'], { 's3:max-keys': '11' }, 'nomatch'],
    ['NumericNotEquals', 's3:max-keys', ['10'], { 's3:max-keys': '11' }, 'match'],
    ['NumericLessThan', 's3:max-keys', ['10'], { 's3:max-keys': '9' }, 'match'],
    ['NumericLessThan', 's3:max-keys', ['10'], { 's3:max-keys': '10' }, 'nomatch'],
    // "the requester can list up to 10 objects"
    ['NumericLessThanEquals', 's3:max-keys', ['10'], { 's3:max-keys': '10' }, 'match'],
    ['NumericLessThanEquals', 's3:max-keys', ['10'], { 's3:max-keys': '11' }, 'nomatch'],
    ['NumericGreaterThan', 's3:max-keys', ['10'], { 's3:max-keys': '10.5' }, 'match'],
    ['NumericGreaterThan', 's3:max-keys', ['10'], { 's3:max-keys': '10' }, 'nomatch'],
    ['NumericGreaterThanEquals', 's3:max-keys', ['10'], { 's3:max-keys': '10' }, 'match'],
    ['NumericGreaterThanEquals', 's3:max-keys', ['-1.5'], { 's3:max-keys': '-2' }, 'nomatch'],
    // Unusable values are never read as a match or a no-match.
    ['NumericEquals', 's3:max-keys', ['abc'], { 's3:max-keys': '10' }, 'unknown'],
    ['NumericEquals', 's3:max-keys', ['10'], { 's3:max-keys': 'ten' }, 'unknown'],
    ['NumericEquals', 's3:max-keys', ['abc', '10'], { 's3:max-keys': '10' }, 'match'],
    ['NumericEquals', 's3:max-keys', ['abc', '10'], { 's3:max-keys': '11' }, 'unknown'],
    ['NumericNotEquals', 's3:max-keys', ['abc', '10'], { 's3:max-keys': '10' }, 'nomatch'],
    ['NumericEquals', 's3:max-keys', [''], { 's3:max-keys': '0' }, 'unknown'],
  ]);
  it('does not substitute variables in Numeric values', () => {
    // "You can not use a policy variable with the Numeric condition operator."
    expect(run('NumericEquals', 's3:max-keys', ['${aws:username}'], { 's3:max-keys': '1', 'aws:username': '1' }).result).toBe('unknown');
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
// "You must specify date/time values with one of the W3C implementations of the ISO 8601 date formats or in epoch (UNIX) time."
describe('Date operators', () => {
  const t = { 'aws:TokenIssueTime': '2020-06-01T12:00:00Z' };
  table([
    ['DateGreaterThan', 'aws:TokenIssueTime', ['2020-01-01T00:00:01Z'], t, 'match'],
    ['DateGreaterThan', 'aws:TokenIssueTime', ['2021-01-01T00:00:01Z'], t, 'nomatch'],
    ['DateEquals', 'aws:TokenIssueTime', ['2020-06-01T12:00:00Z'], t, 'match'],
    ['DateEquals', 'aws:TokenIssueTime', ['2020-06-01T14:00:00+02:00'], t, 'match'],
    ['DateEquals', 'aws:TokenIssueTime', ['2020-06-01T12:00:00.000Z'], t, 'match'],
    ['DateEquals', 'aws:TokenIssueTime', ['1591012800'], t, 'match'],
    ['DateNotEquals', 'aws:TokenIssueTime', ['1591012800'], t, 'nomatch'],
    ['DateLessThan', 'aws:TokenIssueTime', ['2020-06-02'], t, 'match'],
    ['DateLessThan', 'aws:TokenIssueTime', ['2020-06-01T12:00:00Z'], t, 'nomatch'],
    ['DateLessThanEquals', 'aws:TokenIssueTime', ['2020-06-01T12:00:00Z'], t, 'match'],
    ['DateGreaterThanEquals', 'aws:TokenIssueTime', ['2020-06-01T12:00Z'], t, 'match'],
    ['DateGreaterThanEquals', 'aws:TokenIssueTime', ['2020-06-01T12:00:01Z'], t, 'nomatch'],
    ['DateLessThan', 'aws:EpochTime', ['2030-01-01T00:00:00Z'], { 'aws:EpochTime': '1700000000' }, 'match'],
    ['DateLessThan', 'aws:CurrentTime', ['2019-13-01'], { 'aws:CurrentTime': '2020-01-01T00:00:00Z' }, 'unknown'],
    ['DateLessThan', 'aws:CurrentTime', ['2019-02-30'], { 'aws:CurrentTime': '2020-01-01T00:00:00Z' }, 'unknown'],
    ['DateLessThan', 'aws:CurrentTime', ['2030-*'], { 'aws:CurrentTime': '2020-01-01T00:00:00Z' }, 'unknown'],
    ['DateLessThan', 'aws:CurrentTime', ['2030-01-01'], { 'aws:CurrentTime': 'yesterday' }, 'unknown'],
  ]);
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
describe('Bool', () => {
  table([
    ['Bool', 'aws:SecureTransport', ['false'], { 'aws:SecureTransport': 'false' }, 'match'],
    ['Bool', 'aws:SecureTransport', ['false'], { 'aws:SecureTransport': 'true' }, 'nomatch'],
    ['Bool', 'aws:SecureTransport', ['TRUE'], { 'aws:SecureTransport': 'true' }, 'match'],
    ['Bool', 'aws:SecureTransport', ['yes'], { 'aws:SecureTransport': 'true' }, 'unknown'],
    ['Bool', 'aws:SecureTransport', ['true'], { 'aws:SecureTransport': '1' }, 'unknown'],
    ['Bool', 'aws:MultiFactorAuthPresent', ['true'], {}, 'nomatch'],
    ['BoolIfExists', 'aws:MultiFactorAuthPresent', ['false'], {}, 'match'],
  ]);
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
// "It compares the value of the specified key byte for byte against a base-64 encoded representation of the binary value in the policy."
describe('BinaryEquals', () => {
  table([
    ['BinaryEquals', 'key', ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='], { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' }, 'match'],
    ['BinaryEquals', 'key', ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='], { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA' }, 'match'],
    ['BinaryEquals', 'key', ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='], { key: 'QmluYXJ5' }, 'nomatch'],
    ['BinaryEquals', 'key', ['not base64!'], { key: 'QmluYXJ5' }, 'unknown'],
    ['BinaryEquals', 'key', ['QmluYXJ5'], {}, 'nomatch'],
  ]);
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
// "If you specify an IP address without the associated routing prefix, IAM uses the default prefix value of /32."
describe('IpAddress and NotIpAddress (IPv4 and IPv6)', () => {
  table([
    ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '203.0.113.77' }, 'match'],
    ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '203.0.114.1' }, 'nomatch'],
    ['IpAddress', 'aws:SourceIp', ['203.0.113.5'], { 'aws:SourceIp': '203.0.113.5' }, 'match'],
    ['IpAddress', 'aws:SourceIp', ['203.0.113.5'], { 'aws:SourceIp': '203.0.113.6' }, 'nomatch'],
    ['IpAddress', 'aws:SourceIp', ['203.0.113.5/24'], { 'aws:SourceIp': '203.0.113.200' }, 'match'],
    ['IpAddress', 'aws:SourceIp', ['0.0.0.0/0'], { 'aws:SourceIp': '8.8.8.8' }, 'match'],
    ['IpAddress', 'aws:SourceIp', ['10.0.0.0/9'], { 'aws:SourceIp': '10.127.255.255' }, 'match'],
    ['IpAddress', 'aws:SourceIp', ['10.0.0.0/9'], { 'aws:SourceIp': '10.128.0.0' }, 'nomatch'],
    ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24', '2001:DB8:1234:5678::/64'], { 'aws:SourceIp': '2001:db8:1234:5678:abcd::1' }, 'match'],
    ['IpAddress', 'aws:SourceIp', ['2001:DB8:1234:5678::/64'], { 'aws:SourceIp': '2001:db8:1234:5679::1' }, 'nomatch'],
    ['IpAddress', 'aws:SourceIp', ['2001:DB8::1'], { 'aws:SourceIp': '2001:db8:0:0:0:0:0:1' }, 'match'],
    ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '::ffff:203.0.113.9' }, 'match'],
    ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '2001:db8::1' }, 'nomatch'],
    ['NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '198.51.100.1' }, 'match'],
    ['NotIpAddress', 'aws:SourceIp', ['2001:DB8::/32'], { 'aws:SourceIp': '2001:db8::1' }, 'nomatch'],
    ['IpAddress', 'aws:SourceIp', ['203.0.113.0/33'], { 'aws:SourceIp': '203.0.113.1' }, 'unknown'],
    ['IpAddress', 'aws:SourceIp', ['not-an-ip'], { 'aws:SourceIp': '203.0.113.1' }, 'unknown'],
    ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': 'vpce-1' }, 'unknown'],
    ['NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': 'vpce-1' }, 'unknown'],
    // "The aws:SourceIp key is always present in the request context, except when the requester uses a VPC endpoint"
    ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], {}, 'nomatch'],
    ['NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24'], {}, 'match'],
  ]);
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
// "The ArnEquals and ArnLike condition operators behave identically."
describe('Arn operators', () => {
  const topic = { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:TOPIC-ID' };
  table([
    ['ArnEquals', 'aws:SourceArn', ['arn:aws:sns:us-east-1:123456789012:TOPIC-ID'], topic, 'match'],
    ['ArnEquals', 'aws:SourceArn', ['arn:aws:sns:*:123456789012:TOPIC-*'], topic, 'match'],
    ['ArnLike', 'aws:SourceArn', ['arn:aws:sns:*:123456789012:TOPIC-*'], topic, 'match'],
    ['ArnLike', 'aws:SourceArn', ['arn:aws:sns:*:123456789012:topic-*'], topic, 'nomatch'],
    ['ArnLike', 'aws:SourceArn', ['arn:aws:sns:*:111122223333:*'], topic, 'nomatch'],
    ['ArnNotEquals', 'aws:SourceArn', ['arn:aws:sns:*:123456789012:*'], topic, 'nomatch'],
    ['ArnNotLike', 'aws:SourceArn', ['arn:aws:sns:*:111122223333:*'], topic, 'match'],
    [
      'ArnLike',
      'aws:SourceArn',
      ['arn:aws:someservice:*:111122223333:finance/*'],
      { 'aws:SourceArn': 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt' },
      'nomatch',
    ],
    [
      'StringLike',
      'aws:SourceArn',
      ['arn:aws:someservice:*:111122223333:finance/*'],
      { 'aws:SourceArn': 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt' },
      'match',
    ],
    // A request value that is not an ARN never matches, so the negated operator does (the peer gets this wrong).
    ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/*'], { 'aws:PrincipalArn': 'not-an-arn' }, 'nomatch'],
    ['ArnNotLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/*'], { 'aws:PrincipalArn': 'not-an-arn' }, 'match'],
    ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::${aws:PrincipalAccount}:role/*'], { 'aws:PrincipalArn': 'arn:aws:iam::1:role/r', 'aws:PrincipalAccount': '1' }, 'match'],
  ]);
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
// "If the key that you specify in a policy condition is not present in the request context, the values do not match and the
// condition is false. If the policy condition requires that the key is not matched, such as StringNotLike or ArnNotLike, and the
// right key is not present, the condition is true."
describe('an absent key', () => {
  it.each([
    ['StringEquals', 'nomatch'],
    ['StringLike', 'nomatch'],
    ['StringNotEquals', 'match'],
    ['StringNotEqualsIgnoreCase', 'match'],
    ['StringNotLike', 'match'],
    ['NumericLessThan', 'nomatch'],
    ['NumericNotEquals', 'match'],
    ['DateNotEquals', 'match'],
    ['DateGreaterThan', 'nomatch'],
    ['Bool', 'nomatch'],
    ['BinaryEquals', 'nomatch'],
    ['IpAddress', 'nomatch'],
    ['NotIpAddress', 'match'],
    ['ArnLike', 'nomatch'],
    ['ArnNotLike', 'match'],
    ['ArnNotEquals', 'match'],
  ] as const)('%s gives %s and names the missing key', (operator, expected) => {
    const out = run(operator, 'aws:PrincipalTag/absent', ['x'], {});
    expect(out.result).toBe(expected);
    expect(out.missingKey).toBe('aws:PrincipalTag/absent');
    expect(out.reason).toContain('not in the request context');
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
// "If the key is not present, evaluate the condition element as true." "If you are using an "Effect": "Deny" element with a negated
// condition operator like StringNotEqualsIfExists, the request is still denied even if the tag is missing."
describe('...IfExists', () => {
  table([
    ['StringLikeIfExists', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'], {}, 'match'],
    ['StringLikeIfExists', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'], { 'ec2:InstanceType': 't2.micro' }, 'match'],
    ['StringLikeIfExists', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'], { 'ec2:InstanceType': 'm5.large' }, 'nomatch'],
    ['StringNotEqualsIfExists', 'aws:PrincipalTag/team', ['red'], {}, 'match'],
    ['StringNotEqualsIfExists', 'aws:PrincipalTag/team', ['red'], { 'aws:PrincipalTag/team': 'red' }, 'nomatch'],
    ['NumericLessThanIfExists', 's3:max-keys', ['10'], {}, 'match'],
    ['NumericLessThanIfExists', 's3:max-keys', ['10'], { 's3:max-keys': 'x' }, 'unknown'],
    ['DateLessThanIfExists', 'aws:TokenIssueTime', ['2020-01-01'], {}, 'match'],
    ['IpAddressIfExists', 'aws:SourceIp', ['10.0.0.0/8'], {}, 'match'],
    ['ArnLikeIfExists', 'aws:SourceArn', ['arn:aws:sns:*:1:t'], {}, 'match'],
    ['BinaryEqualsIfExists', 'k', ['QQ=='], {}, 'match'],
    ['ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', ['a'], {}, 'match'],
  ]);
  it('still reports the missing key', () => {
    expect(run('StringLikeIfExists', 'ec2:InstanceType', ['t2.*'], {}).missingKey).toBe('ec2:InstanceType');
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
// "use either true (the key doesn't exist — it is null) or false (the key exists and its value is not null)"
describe('Null', () => {
  table([
    ['Null', 'aws:TokenIssueTime', ['true'], {}, 'match'],
    ['Null', 'aws:TokenIssueTime', ['true'], { 'aws:TokenIssueTime': '2020-01-01T00:00:00Z' }, 'nomatch'],
    ['Null', 'aws:TokenIssueTime', ['false'], {}, 'nomatch'],
    ['Null', 'aws:TokenIssueTime', ['false'], { 'aws:TokenIssueTime': '2020-01-01T00:00:00Z' }, 'match'],
    ['Null', 'aws:TokenIssueTime', ['TRUE'], {}, 'match'],
    ['Null', 'aws:TagKeys', ['true'], { 'aws:TagKeys': [] }, 'match'],
    ['Null', 'aws:TokenIssueTime', ['maybe'], {}, 'unknown'],
    // A set operator in front of Null is a validation warning; the existence check is unchanged.
    ['ForAllValues:Null', 'aws:TagKeys', ['false'], {}, 'nomatch'],
    ['ForAnyValue:Null', 'aws:TagKeys', ['false'], { 'aws:TagKeys': ['a'] }, 'match'],
    // "You can add IfExists to the end of any condition operator name except the Null condition"
    ['NullIfExists', 'aws:TokenIssueTime', ['true'], {}, 'unknown'],
  ]);
  it('names the missing key', () => {
    expect(run('Null', 'aws:TokenIssueTime', ['true'], {}).missingKey).toBe('aws:TokenIssueTime');
    expect(run('Null', 'aws:TokenIssueTime', ['true'], { 'aws:TokenIssueTime': 'x' }).missingKey).toBeUndefined();
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
// ForAllValues: "returns true if every context key value in the request matches at least one context key value in the policy.
// It also returns true if there are no context keys in the request." ForAnyValue: "returns true if any one of the context key
// values in the request matches any one of the context key values in the policy. For no matching context key or if the key does
// not exist, the condition returns false."
describe('set operators', () => {
  table([
    ['ForAllValues:StringLike', 'dynamodb:requestedAttributes', ['PostDateTime', 'Message', 'Tags'], { 'dynamodb:requestedAttributes': ['PostDateTime', 'Message'] }, 'match'],
    ['ForAllValues:StringLike', 'dynamodb:requestedAttributes', ['PostDateTime', 'Message', 'Tags'], { 'dynamodb:requestedAttributes': ['PostDateTime', 'UserName'] }, 'nomatch'],
    ['ForAllValues:StringLike', 'dynamodb:requestedAttributes', ['PostDateTime'], {}, 'match'],
    // "If the key values in the request resolve to an empty data set ... ForAllValues returns true, and ... ForAnyValue returns false."
    ['ForAllValues:StringLike', 'dynamodb:requestedAttributes', ['PostDateTime'], { 'dynamodb:requestedAttributes': [] }, 'match'],
    ['ForAnyValue:StringLike', 'dynamodb:requestedAttributes', ['ID', 'PostDateTime'], { 'dynamodb:requestedAttributes': ['UserName', 'Message', 'PostDateTime'] }, 'match'],
    ['ForAnyValue:StringLike', 'dynamodb:requestedAttributes', ['ID', 'PostDateTime'], { 'dynamodb:requestedAttributes': ['UserName'] }, 'nomatch'],
    ['ForAnyValue:StringLike', 'dynamodb:requestedAttributes', ['ID'], {}, 'nomatch'],
    ['ForAnyValue:StringLike', 'dynamodb:requestedAttributes', ['ID'], { 'dynamodb:requestedAttributes': [] }, 'nomatch'],
    ['ForAllValues:StringLike', 'aws:TagKeys', ['Created*'], { 'aws:TagKeys': ['CreatedBy', 'CreatedAt'] }, 'match'],
    ['ForAnyValue:StringEquals', 'aws:PrincipalOrgPaths', ['o-a/r-b/ou-c/'], { 'aws:PrincipalOrgPaths': ['o-a/r-b/ou-c/'] }, 'match'],
    ['ForAnyValue:StringLike', 'aws:PrincipalOrgPaths', ['o-a/r-b/ou-c/*'], { 'aws:PrincipalOrgPaths': ['o-a/r-b/ou-d/', 'o-a/r-b/ou-c/ou-e/'] }, 'match'],
    ['ForAllValues:NumericLessThan', 'k', ['10'], { k: ['1', '2', 'x'] }, 'unknown'],
    ['ForAllValues:NumericLessThan', 'k', ['10'], { k: ['1', '20', 'x'] }, 'nomatch'],
    ['ForAnyValue:NumericLessThan', 'k', ['10'], { k: ['x', '2'] }, 'match'],
    ['ForAnyValue:IpAddress', 'k', ['10.0.0.0/8'], { k: ['192.168.0.1', '10.1.1.1'] }, 'match'],
    // Used on a single-valued key (a validation warning), the set operator is still applied.
    ['ForAllValues:StringEquals', 'aws:PrincipalTag/env', ['prod'], {}, 'match'],
    ['ForAnyValue:StringEquals', 'aws:PrincipalTag/env', ['prod'], { 'aws:PrincipalTag/env': 'prod' }, 'match'],
  ]);
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
// "ForAllValues:StringNotLike": { "aws:TagKeys": "key1*" }: key1:legal no match; key1:hr,key1:personnel no match; key2:audit match;
// no aws:TagKeys in the request: match.
describe('negated operators under set operators', () => {
  table([
    ['ForAllValues:StringNotLike', 'aws:TagKeys', ['key1*'], { 'aws:TagKeys': ['key1:legal'] }, 'nomatch'],
    ['ForAllValues:StringNotLike', 'aws:TagKeys', ['key1*'], { 'aws:TagKeys': ['key1:hr', 'key1:personnel'] }, 'nomatch'],
    ['ForAllValues:StringNotLike', 'aws:TagKeys', ['key1*'], { 'aws:TagKeys': ['key2:audit'] }, 'match'],
    ['ForAllValues:StringNotLike', 'aws:TagKeys', ['key1*'], {}, 'match'],
    ['ForAllValues:StringNotLike', 'aws:TagKeys', ['key1*'], { 'aws:TagKeys': ['key2:audit', 'key1:x'] }, 'nomatch'],
    ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['a', 'b'], { 'aws:TagKeys': ['a', 'c'] }, 'match'],
    ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['a', 'b'], { 'aws:TagKeys': ['a', 'b'] }, 'nomatch'],
    ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['a'], {}, 'nomatch'],
  ]);
});

// Not documented: a multivalued key under an operator without a set operator. We read it as "any request value matches"
// (and, negated, "no request value matches"); see the report.
describe('a multivalued key without a set operator', () => {
  table([
    ['StringEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': ['a', 'b'] }, 'match'],
    ['StringEquals', 'aws:TagKeys', ['c'], { 'aws:TagKeys': ['a', 'b'] }, 'nomatch'],
    ['StringNotEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': ['a', 'b'] }, 'nomatch'],
    ['StringNotEquals', 'aws:TagKeys', ['c'], { 'aws:TagKeys': ['a', 'b'] }, 'match'],
    ['StringEquals', 'aws:TagKeys', ['c'], { 'aws:TagKeys': [] }, 'nomatch'],
    ['StringNotEquals', 'aws:TagKeys', ['c'], { 'aws:TagKeys': [] }, 'match'],
  ]);
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value
// "Inverted condition operators like StringNotEquals or StringNotLike do match against a null value"
describe('policy variables in condition values', () => {
  const owner = { 's3:ExistingObjectTag/Team': 'red' };
  table([
    ['StringEquals', 's3:ExistingObjectTag/owner', ['${aws:PrincipalTag/owner}'], { 's3:ExistingObjectTag/owner': 'ann', 'aws:PrincipalTag/owner': 'ann' }, 'match'],
    ['StringEquals', 's3:ExistingObjectTag/owner', ['${aws:PrincipalTag/owner}'], { 's3:ExistingObjectTag/owner': 'ann', 'aws:PrincipalTag/owner': 'bob' }, 'nomatch'],
    ['StringNotEquals', 's3:ExistingObjectTag/Team', ['${aws:PrincipalTag/Team}'], owner, 'match'],
    ['StringNotEquals', 's3:ExistingObjectTag/Team', ['${aws:PrincipalTag/Team}'], { ...owner, 'aws:PrincipalTag/Team': 'red' }, 'nomatch'],
    ['StringEquals', 's3:ExistingObjectTag/Team', ['${aws:PrincipalTag/Team}'], owner, 'nomatch'],
    ['StringLike', 's3:ExistingObjectTag/Team', ['${aws:PrincipalTag/Team}*'], owner, 'nomatch'],
    ['StringNotLike', 's3:ExistingObjectTag/Team', ['${aws:PrincipalTag/Team}*'], owner, 'match'],
    ["StringEquals", 's3:ExistingObjectTag/Team', ["${aws:PrincipalTag/Team, 'red'}"], owner, 'match'],
    ['StringEqualsIgnoreCase', 's3:ExistingObjectTag/Team', ['${aws:PrincipalTag/Team}'], { ...owner, 'aws:PrincipalTag/Team': 'RED' }, 'match'],
    ['StringEquals', 'k', ['a${*}'], { k: 'a*' }, 'match'],
    ['StringLike', 'k', ['a${*}'], { k: 'ab' }, 'nomatch'],
  ]);
  it('treats variables as literal text without Version 2012-10-17', () => {
    const ctx = { k: '${aws:username}', 'aws:username': 'bob' };
    expect(run('StringEquals', 'k', ['${aws:username}'], ctx, false).result).toBe('match');
    expect(run('StringEquals', 'k', ['${aws:username}'], { k: 'bob', 'aws:username': 'bob' }, false).result).toBe('nomatch');
  });
  it('names a variable with no value as the missing key', () => {
    expect(run('StringNotEquals', 's3:ExistingObjectTag/Team', ['${aws:PrincipalTag/Team}'], owner).missingKey).toBe('aws:PrincipalTag/Team');
    expect(run('StringEquals', 's3:ExistingObjectTag/Team', ["${aws:PrincipalTag/Team, 'red'}"], owner).missingKey).toBeUndefined();
  });
  it('shows the resolved value in the reason', () => {
    const out = run('StringEquals', 'k', ['${aws:username}'], { k: 'alice', 'aws:username': 'bob' });
    expect(out.reason).toContain('"bob"');
    expect(run('StringEquals', 'k', ['${aws:nobody}'], { k: 'alice' }).reason).toContain('aws:nobody has no value');
  });
});

describe('operators the engine does not know', () => {
  it.each(['StringEqualsPlease', 'ForSomeValues:StringEquals', 'BinaryNotEquals', 'StringLikeIgnoreCase', ''])(
    '%j is unknown, with a reason',
    (operator) => {
      const out = run(operator, 'aws:username', ['x'], { 'aws:username': 'x' });
      expect(out.result).toBe('unknown');
      expect(out.reason).toMatch(/unknown|cannot/);
      expect(run(operator, 'aws:username', ['x'], {}).missingKey).toBe('aws:username');
    },
  );
  it('reads operator names without regard to case', () => {
    expect(run('stringequals', 'k', ['x'], { k: 'x' }).result).toBe('match');
    expect(run('forallvalues:stringlikeifexists', 'k', ['x'], {}).result).toBe('match');
  });
});

describe('reasons', () => {
  it('name the operator, the key and the values compared', () => {
    const out = run('StringEquals', 'aws:PrincipalTag/team', ['red', 'green'], { 'aws:PrincipalTag/team': 'blue' });
    expect(out.reason).toBe('StringEquals aws:PrincipalTag/team: request "blue" vs policy ["red", "green"]: does not match');
    const missing = run('NumericLessThan', 's3:max-keys', ['10'], {});
    expect(missing.reason).toBe('NumericLessThan s3:max-keys: the key is not in the request context; a condition on an absent key does not match');
    expect(run('NumericLessThan', 's3:max-keys', ['abc'], { 's3:max-keys': '1' }).reason).toBe(
      'NumericLessThan s3:max-keys: cannot evaluate: policy value "abc" is not a number',
    );
  });
});

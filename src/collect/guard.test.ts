// The read-only allowlist: read verbs and the two STS calls pass, everything else is refused.
import { describe, expect, it } from 'vitest';
import { assertReadOnly, isReadOnlyCommand, ReadOnlyViolation } from './guard.js';

describe('isReadOnlyCommand', () => {
  it.each([
    'ListKeysCommand',
    'GetKeyPolicyCommand',
    'DescribeVpcsCommand',
    'LookupEventsCommand',
    'GetCallerIdentityCommand',
    'AssumeRoleCommand',
    'GetAccountAuthorizationDetailsCommand',
  ])('allows %s', (name) => expect(isReadOnlyCommand(name)).toBe(true));

  it.each([
    'PutBucketPolicyCommand',
    'DeleteBucketCommand',
    'CreateRoleCommand',
    'UpdateFunctionCodeCommand',
    'TagResourceCommand',
    'AssumeRoleWithWebIdentityCommand',
    'GetSecretValueCommand',
    'GetParametersByPathCommand',
    'GetObjectCommand',
    'GetPasswordDataCommand',
    'GetSessionTokenCommand',
    'Listen',
    'ListKeys',
    'GetterCommand',
  ])('refuses %s', (name) => expect(isReadOnlyCommand(name)).toBe(false));
});

describe('assertReadOnly', () => {
  class PutBucketPolicyCommand {
    readonly input = { Bucket: 'b', Policy: '{}' };
  }
  class GetBucketPolicyCommand {
    readonly input = { Bucket: 'b' };
  }
  it('throws ReadOnlyViolation naming the command', () => {
    expect(() => assertReadOnly(new PutBucketPolicyCommand())).toThrow(ReadOnlyViolation);
    expect(() => assertReadOnly(new PutBucketPolicyCommand())).toThrow(/PutBucketPolicyCommand/);
  });
  it('returns the class name of an allowed command', () => {
    expect(assertReadOnly(new GetBucketPolicyCommand())).toBe('GetBucketPolicyCommand');
  });
});

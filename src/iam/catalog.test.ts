import { describe, expect, it } from 'vitest';
import { actionDetails, actionExists, actionsOfService, conditionKeyType, isMultiValuedKey } from './catalog.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html (global keys, "Value type")
// https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
// Multivalued keys "use an ArrayOf prefix followed by the condition operator category type, such as ArrayOfString or ArrayOfARN".
describe('conditionKeyType', () => {
  it.each([
    ['aws:SourceIp', 'IPAddress'],
    ['aws:CurrentTime', 'Date'],
    ['aws:SecureTransport', 'Bool'],
    ['aws:SourceArn', 'ARN'],
    ['aws:TagKeys', 'ArrayOfString'],
    ['AWS:PrincipalOrgPaths', 'ArrayOfString'],
    ['aws:PrincipalTag/team', 'String'],
    ['aws:RequestTag/cost-center', 'String'],
    ['aws:ResourceTag/x', 'String'],
    ['s3:max-keys', 'Numeric'],
    ['s3:ExistingObjectTag/owner', 'String'],
    ['iam:PolicyARN', 'ARN'],
    ['kms:EncryptionContext:purpose', 'String'],
    ['nosuchservice:key', undefined],
    ['aws:NoSuchKey', undefined],
  ])('%s is %s', async (key, type) => {
    expect(await conditionKeyType(key)).toBe(type);
  });

  it.each([
    ['aws:TagKeys', true],
    ['aws:CalledVia', true],
    ['aws:username', false],
    ['aws:NoSuchKey', false],
  ])('isMultiValuedKey(%s) is %s', async (key, multi) => {
    expect(await isMultiValuedKey(key)).toBe(multi);
  });
});

describe('actions', () => {
  it('lists and finds actions without regard to case', async () => {
    expect(await actionsOfService('s3')).toContain('GetObject');
    expect(await actionsOfService('nosuchservice')).toEqual([]);
    expect(await actionExists('S3', 'getobject')).toBe(true);
    expect(await actionExists('s3', 'NoSuchAction')).toBe(false);
    expect(await actionExists('nosuchservice', 'GetObject')).toBe(false);
  });

  it('gives action details', async () => {
    const details = await actionDetails('s3', 'GetObject');
    expect(details?.accessLevel).toBe('Read');
    expect(details?.resourceTypes.map((r) => r.name)).toContain('object');
    expect(await actionDetails('s3', 'NoSuchAction')).toBeUndefined();
  });
});

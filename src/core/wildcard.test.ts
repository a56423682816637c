import { describe, expect, it } from 'vitest';
import { compileArnGlob, compileWildcard, tokenize } from './wildcard.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
// "multi-character match wildcards (*) and single-character match wildcards (?) anywhere in the string"
describe('compileWildcard', () => {
  it.each([
    ['*', '', true],
    ['*', 'anything at all', true],
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['abc', 'ABC', false],
    ['', '', true],
    ['', 'a', false],
    ['a*', 'a', true],
    ['a*', 'abc', true],
    ['a*', 'ba', false],
    ['*c', 'abc', true],
    ['*c', 'cb', false],
    ['*b*', 'abc', true],
    ['*b*', 'ac', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a?c', 'abbc', false],
    ['???', 'abc', true],
    ['???', 'ab', false],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'acb', false],
    ['a*b?d*e', 'aXXbcdYYe', true],
    ['a*b?d*e', 'aXXbdYYe', false],
    ['*?', '', false],
    ['*?', 'x', true],
    ['?*?', 'x', false],
    ['a**b', 'ab', true],
    ['ab*ab', 'ab', false],
    ['ab*ab', 'abab', true],
    ['ab*ab', 'aab', false],
    ['*aab', 'aaab', true],
    ['*a?b*', 'xxaxb', true],
    ['*a?b*', 'xxaxxb', false],
    ['[a]?c', '[a]bc', true],
    ['a.c', 'abc', false],
    ['home/*/', 'home/bob/', true],
    ['home/*/', 'home/bob', false],
  ])('%j against %j is %s', (pattern, value, expected) => {
    expect(compileWildcard(pattern)(value)).toBe(expected);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
  // "The prefix and the action name are case insensitive."
  it.each([
    ['s3:Get*', 'S3:GETOBJECT', true],
    ['S3:get?bject', 's3:GetObject', true],
    ['iam:*AccessKey*', 'IAM:createaccesskey', true],
    ['ec2:Describe*', 'ec2:RunInstances', false],
  ])('ignoreCase: %j against %j is %s', (pattern, value, expected) => {
    expect(compileWildcard(pattern, { ignoreCase: true })(value)).toBe(expected);
  });

  it('stays fast on hostile patterns (no backtracking)', () => {
    const as = 'a'.repeat(100_000);
    expect(compileWildcard('a*a*a*a*a*a*a*a*a*b')(as)).toBe(false);
    expect(compileWildcard('*a*a*a*a*a*a*a*a*a*a')(as)).toBe(true);
    expect(compileWildcard(`${'*a'.repeat(200)}b`)(as)).toBe(false);
    expect(compileWildcard(`${'*a?'.repeat(200)}*`)(as)).toBe(true);
    expect(compileWildcard(`*${'a'.repeat(500)}b*`)(as)).toBe(false);
    expect(compileWildcard(`*${'?'.repeat(50)}b`)(as)).toBe(false);
  });

  it('tokenizes', () => {
    expect(tokenize('a*b?c')).toEqual(['a', 0, 'b', 1, 'c']);
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
// "Each of the six colon-delimited components of the ARN is checked separately"
describe('compileArnGlob condition mode (ArnLike)', () => {
  const arnLike = (p: string, v: string): boolean => compileArnGlob(tokenize(p), 'condition')(v);
  it.each([
    // The page's own example: StringLike matches, ArnLike does not.
    ['arn:aws:someservice:*:111122223333:finance/*', 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt', false],
    ['arn:aws:someservice:*:111122223333:finance/*', 'arn:aws:someservice:us-east-2:111122223333:finance/document.txt', true],
    ['arn:aws:sns:*:123456789012:topic', 'arn:aws:sns:us-east-1:123456789012:topic', true],
    ['arn:aws:iam::*:role/Admin*', 'arn:aws:iam::111122223333:role/AdminX', true],
    ['arn:aws:iam::*:role/Admin*', 'arn:aws:iam::111122223333:role/Dev', false],
    ['arn:aws:iam::*:role/*', 'arn:aws:iam::111122223333:role/a/b:c', true],
    ['arn:aws:s3:::*', 'arn:aws:s3:::bucket/key', true],
    ['arn:aws:s?:::b', 'arn:aws:s3:::b', true],
    ['arn:aws:dynamodb:*:table/prod-*', 'arn:aws:dynamodb:us-east-1:111122223333:table/prod-x', false],
    ['*', 'not an arn', true],
    ['arn:aws:sns:*:*:*', 'not an arn', false],
    ['arn:aws:sns:*:*:*', 'arn:aws:sns:us-east-1:1:t', true],
  ])('%j against %j is %s', (p, v, expected) => {
    expect(arnLike(p, v)).toBe(expected);
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards
// "If the * wildcard is the last character of a resource ARN segment, it can expand to match beyond the colon boundaries."
// "The asterisk (*) character can expand to replace everything within a segment, including characters like a forward slash (/)"
describe('compileArnGlob resource mode (Resource element)', () => {
  const resource = (p: string, v: string): boolean => compileArnGlob(tokenize(p), 'resource')(v);
  const page = 'arn:aws:s3:::amzn-s3-demo-bucket/*/test/*';
  it.each([
    'amzn-s3-demo-bucket/1/test/object.jpg',
    'amzn-s3-demo-bucket/1/2/test/object.jpg',
    'amzn-s3-demo-bucket/1/2/test/3/object.jpg',
    'amzn-s3-demo-bucket/1/2/3/test/4/object.jpg',
    'amzn-s3-demo-bucket/1///test///object.jpg',
    'amzn-s3-demo-bucket/1/test/.jpg',
    'amzn-s3-demo-bucket//test/object.jpg',
    'amzn-s3-demo-bucket/1/test/',
  ])('the page example matches %s', (key) => {
    expect(resource(page, `arn:aws:s3:::${key}`)).toBe(true);
  });
  it.each(['amzn-s3-demo-bucket/1-test/object.jpg', 'amzn-s3-demo-bucket/test/object.jpg', 'amzn-s3-demo-bucket/1/2/test.jpg'])(
    'the page example does not match %s',
    (key) => {
      expect(resource(page, `arn:aws:s3:::${key}`)).toBe(false);
    },
  );
  it.each([
    ['*', 'arn:aws:s3:::anything', true],
    ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket', true],
    ['arn:aws:s3:::bucket', 'arn:aws:s3:::Bucket', false],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', false],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a:b', true],
    ['arn:aws:s3:*', 'arn:aws:s3:::any/key', true],
    // A * ending a segment runs on past colons.
    ['arn:aws:dynamodb:*:table/prod-*', 'arn:aws:dynamodb:us-east-1:111122223333:table/prod-x', true],
    ['arn:aws:dynamodb:*:table/prod-*', 'arn:aws:dynamodb:us-east-1:111122223333:table/dev-x', false],
    // A wildcard in the first segment of the resource path (peers miss these).
    ['arn:aws:dynamodb:*:*:table/*/orders', 'arn:aws:dynamodb:us-east-1:111122223333:table/prod/orders', true],
    ['arn:aws:dynamodb:*:*:table/*/orders', 'arn:aws:dynamodb:us-east-1:111122223333:table/prod/users', false],
    ['arn:aws:execute-api:*:*:*/prod/GET/*', 'arn:aws:execute-api:us-east-1:111122223333:a1b2c3/prod/GET/pets', true],
    ['arn:aws:execute-api:*:*:*/prod/GET/*', 'arn:aws:execute-api:us-east-1:111122223333:a1b2c3/dev/GET/pets', false],
    ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', true],
    ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:us-east-1:111122223333:volume/v-1', false],
    // A * inside a segment, and ?, stay inside their segment before the resource part.
    ['arn:aws:ec2:us-*-1:*:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', true],
    ['arn:aws:ec2:us-*-1:*:instance/*', 'arn:aws:ec2:us-east:x-1:111122223333:instance/i-1', false],
    ['arn:aws:ec2:us-east-?:*:instance/*', 'arn:aws:ec2:us-east-2:111122223333:instance/i-1', true],
    ['arn:aws:s3:us-east-1?123', 'arn:aws:s3:us-east-1:123', false],
    ['arn:aws:logs:*:*:log-group:/aws/lambda/*:*', 'arn:aws:logs:us-east-1:1:log-group:/aws/lambda/f:log-stream:x', true],
    ['arn:aws:iam::*:role/?dmin', 'arn:aws:iam::1:role/Admin', true],
    ['arn:aws:iam::*:role/?dmin', 'arn:aws:iam::1:role/:dmin', true],
  ])('%j against %j is %s', (p, v, expected) => {
    expect(resource(p, v)).toBe(expected);
  });

  it('stays fast on hostile resource patterns', () => {
    const v = `arn:aws:s3:${'a'.repeat(20_000)}:x`;
    expect(resource(`arn:aws:s3:${'*a'.repeat(100)}b*:x`, v)).toBe(false);
    expect(resource(`arn:aws:s3:::${'*a'.repeat(100)}b`, `arn:aws:s3:::${'a'.repeat(100_000)}`)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isAccountId, parseArn } from './arn.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
describe('parseArn', () => {
  it.each([
    ['arn:aws:s3:::mybucket/key', { partition: 'aws', service: 's3', region: '', account: '', resource: 'mybucket/key' }],
    ['arn:aws:iam::123456789012:role/a/b', { partition: 'aws', service: 'iam', region: '', account: '123456789012', resource: 'role/a/b' }],
    ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/f:*', { partition: 'aws', service: 'logs', region: 'us-east-1', account: '123456789012', resource: 'log-group:/aws/lambda/f:*' }],
    ['arn:aws:s3::::mybucket/*', { partition: 'aws', service: 's3', region: '', account: '', resource: ':mybucket/*' }],
  ])('%s', (text, expected) => {
    expect(parseArn(text)).toEqual(expected);
  });
  it.each(['', 'arn:aws:s3', 'mybucket', 'arn:aws:iam:123'])('rejects %j', (text) => {
    expect(parseArn(text)).toBeUndefined();
  });
  it('checks account ids', () => {
    expect(isAccountId('012345678901')).toBe(true);
    expect(isAccountId('11223344')).toBe(false);
  });
});

// Credentials: cached until 5 minutes before expiry, one fetch shared by concurrent callers; role ARNs per partition.
import { describe, expect, it } from 'vitest';
import { memoizeCredentials, roleArn } from './credentials.js';

describe('memoizeCredentials', () => {
  it('fetches once, then again when expiry is near', async () => {
    let now = new Date('2025-01-01T00:00:00Z');
    let fetches = 0;
    const provider = memoizeCredentials(async () => {
      fetches++;
      return { accessKeyId: `AKID${fetches}`, secretAccessKey: 's', expiration: new Date(now.getTime() + 3600_000) };
    }, () => now);
    const [a, b] = await Promise.all([provider(), provider()]);
    expect(a.accessKeyId).toBe('AKID1');
    expect(b.accessKeyId).toBe('AKID1');
    now = new Date(now.getTime() + 56 * 60_000);
    expect((await provider()).accessKeyId).toBe('AKID2');
    expect(fetches).toBe(2);
  });
});

describe('roleArn', () => {
  it('builds the role ARN in the caller partition, with a path', () => {
    expect(roleArn('aws', '222233334444', 'WhynotCollect')).toBe('arn:aws:iam::222233334444:role/WhynotCollect');
    expect(roleArn('aws-cn', '222233334444', '/audit/Reader')).toBe('arn:aws-cn:iam::222233334444:role/audit/Reader');
  });
});

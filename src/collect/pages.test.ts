// Page merging: lists concatenated, pagination keys and $metadata dropped, other fields from the first page.
import { describe, expect, it } from 'vitest';
import { allTokenPages, mergePages, stripMetadata } from './pages.js';

describe('mergePages', () => {
  it('concatenates lists and drops tokens (IAM Marker/IsTruncated, KMS NextMarker/Truncated)', () => {
    const merged = mergePages([
      { $metadata: {}, UserDetailList: [{ UserName: 'a' }], RoleDetailList: [], IsTruncated: true, Marker: 'm' },
      { $metadata: {}, UserDetailList: [{ UserName: 'b' }], RoleDetailList: [{ RoleName: 'r' }], IsTruncated: false },
    ]);
    expect(merged).toEqual({ UserDetailList: [{ UserName: 'a' }, { UserName: 'b' }], RoleDetailList: [{ RoleName: 'r' }] });
    expect(mergePages([{ Keys: [1], Truncated: true, NextMarker: 'x' }, { Keys: [2], Truncated: false }])).toEqual({ Keys: [1, 2] });
  });

  it('keeps scalar fields of the first page and lists that only a later page has', () => {
    expect(mergePages([{ Owner: { ID: 'o' }, Prefix: 'p' }, { Owner: { ID: 'other' }, Buckets: [{ Name: 'b' }] }])).toEqual({
      Owner: { ID: 'o' },
      Prefix: 'p',
      Buckets: [{ Name: 'b' }],
    });
  });

  it('returns {} for an empty response (sqs list-queues without queues)', () => {
    expect(mergePages([{ $metadata: {} }])).toEqual({});
  });
});

describe('allTokenPages', () => {
  it('follows NextToken until absent, and stops on a repeated token', async () => {
    const seen: (string | undefined)[] = [];
    const r = await allTokenPages(async (t) => {
      seen.push(t);
      return t === undefined ? { Rules: [1], NextToken: 'a' } : t === 'a' ? { Rules: [2], NextToken: 'b' } : { Rules: [3] };
    });
    expect(seen).toEqual([undefined, 'a', 'b']);
    expect(r).toEqual({ Rules: [1, 2, 3] });
    let n = 0;
    await allTokenPages(async () => ({ NextToken: 'same', n: n++ }));
    expect(n).toBe(2);
  });
});

describe('stripMetadata', () => {
  it('removes $metadata only', () => {
    expect(stripMetadata({ $metadata: { httpStatusCode: 200 }, Policy: 'p' })).toEqual({ Policy: 'p' });
  });
});

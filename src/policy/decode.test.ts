import { describe, expect, it } from 'vitest';
import { decodePolicy } from './decode.js';

const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/a+b c' }] };

// ../shared/snapshot-format.md: object, JSON string, URL-encoded JSON string.
describe('decodePolicy', () => {
  it.each([
    ['object', doc],
    ['JSON string', JSON.stringify(doc)],
    ['URL-encoded JSON string', encodeURIComponent(JSON.stringify(doc))],
  ])('decodes the %s spelling', (_name, raw) => {
    const r = decodePolicy(raw);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value).toEqual(doc);
  });
  it('reports broken JSON with a reason', () => {
    const r = decodePolicy('{"Version": ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.length).toBeGreaterThan(0);
  });
});

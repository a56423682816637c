import { describe, expect, it } from 'vitest';
import { LazyPolicy } from './lazy-policy.js';

const doc = { Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
const source = { name: 'p', file: '111122223333/iam/x.json', jsonPath: '$.Policy', origin: 'snapshot' as const };

describe('LazyPolicy', () => {
  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_PolicyVersion.html: documents are URL-encoded (RFC 3986) in the API.
  it.each([
    ['a JSON object (the CLI decodes IAM documents)', doc, false],
    ['a JSON string (bucket, key and function policies)', JSON.stringify(doc), true],
    ['a URL-encoded JSON string (the raw IAM API and the SDK)', encodeURIComponent(JSON.stringify(doc)), true],
  ])('reads %s', (_name, raw, hasText) => {
    const p = new LazyPolicy(source, raw);
    expect(p.problems).toEqual([]);
    expect(p.document?.statements[0]?.sid).toBe('A');
    expect(p.text !== undefined).toBe(hasText);
  });

  it('reports an undecodable document with its position in the text', () => {
    const p = new LazyPolicy(source, '{"Version": "2012-10-17",\n "Statement": [ {"Effect": "Allow",, } ]}');
    expect(p.problems[0]).toMatchObject({ code: 'POLICY_JSON_INVALID', location: { file: source.file, start: { line: 2 } } });
  });

  it('reports bad percent-encoding', () => {
    const p = new LazyPolicy(source, '%7B%ZZ');
    expect(p.document).toBeUndefined();
    expect(p.problems[0]?.message).toMatch(/percent-encoding/);
  });

  it('serializes with its decoded fields', () => {
    const json = JSON.parse(JSON.stringify(new LazyPolicy({ ...source, arn: 'arn:aws:iam::111122223333:policy/p' }, doc))) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['arn', 'document', 'file', 'jsonPath', 'name', 'origin', 'problems']);
  });
});

// Tests of the tolerant policy parser: every syntax problem with its position, recovery, spans.
import { describe, expect, it } from 'vitest';
import { parsePolicyText, parsePolicyValue, policySize } from './parse.js';

function problems(text: string): string[] {
  return parsePolicyText(text, { file: 'p.json' }).problems.map((p) => `${p.location?.start?.line}:${p.location?.start?.column} ${p.code} ${p.message}`);
}

describe('parsePolicyText', () => {
  it('parses valid JSON with no problems and spans by JSON path', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"}]\n}';
    const r = parsePolicyText(text, { file: 'p.json' });
    expect(r.strictOk).toBe(true);
    expect(r.problems).toEqual([]);
    const st = r.document?.statements[0];
    expect(st?.effect).toBe('Allow');
    expect(st?.path).toBe('$.Statement[0]');
    expect(st?.action?.paths).toEqual(['$.Statement[0].Action[0]']);
    expect(r.spans?.get('$.Statement[0].Action[0]')?.start).toEqual({ line: 3, column: 48, offset: 76 });
    expect(r.keySpans?.get('$.Statement[0].Resource')?.start.column).toBe(65);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html (JSON rules: no comments)
  it('reports each comment, strips it and goes on', () => {
    const r = parsePolicyText('{"Version":"2012-10-17", // c1\n"Statement": [] /* c2 */}', { file: 'p.json' });
    expect(r.problems.map((p) => [p.code, p.location?.start?.line, p.location?.start?.column])).toEqual([
      ['POLICY_HAS_COMMENTS', 1, 26], ['POLICY_HAS_COMMENTS', 2, 17],
    ]);
    expect(r.document?.version).toBe('2012-10-17');
    expect(r.strictOk).toBe(false);
  });

  it('reports every syntax error, not only the first', () => {
    expect(problems('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",}, {"Effect": "Deny"} {"Effect": "Allow"},]}')).toEqual([
      '1:59 POLICY_JSON_INVALID Trailing comma before }',
      '1:82 POLICY_JSON_INVALID Missing comma between statements: add a comma after the } at 1:80',
      '1:101 POLICY_JSON_INVALID Trailing comma before ]',
    ]);
  });

  it('recovers key/value pairs written straight into the Statement array', () => {
    const r = parsePolicyText('{"Statement": [\n"Effect": "Allow",\n"Action": "s3:*",\n"Resource": "*"\n]}', { file: 'p.json' });
    expect(r.problems.map((p) => `${p.location?.start?.line}:${p.location?.start?.column}-${p.location?.end?.line}:${p.location?.end?.column} ${p.location?.jsonPath}`))
      .toEqual(['2:1-4:16 $.Statement[0]']);
    expect(r.document?.statements[0]?.effect).toBe('Allow');
    expect(r.document?.statements[0]?.resource?.values).toEqual(['*']);
  });

  it('recovers a bare fragment "Statement": [...]', () => {
    const r = parsePolicyText('"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]', { file: 'p.json' });
    expect(r.problems.map((p) => p.message)).toEqual(['The policy is a fragment: "key": value pairs without the enclosing { }']);
    expect(r.document?.statements).toHaveLength(1);
  });

  it('reports unquoted words, single quotes, bad numbers and unclosed brackets', () => {
    expect(problems("{'Version': True, \"Statement\": [01")).toEqual([
      '1:1 POLICY_JSON_INVALID The { opened at 1:1 is never closed',
      '1:2 POLICY_JSON_INVALID Strings must be in double quotes, not single quotes',
      '1:13 POLICY_JSON_INVALID True must be written in lower case: true',
      '1:32 POLICY_JSON_INVALID The [ opened at 1:32 is never closed',
      '1:33 POLICY_JSON_INVALID Invalid number: JSON numbers have no leading zeros',
      '1:34 POLICY_JSON_INVALID Each statement must be an object {...} inside the Statement array',
    ]);
  });

  it('reports an empty text and trailing garbage', () => {
    expect(problems('')).toEqual(['1:1 POLICY_JSON_INVALID The text holds no JSON value']);
    expect(problems('{"Statement": []} x')).toEqual(['1:19 POLICY_JSON_INVALID Unexpected x after the end of the policy at 1:19: a policy is one JSON object']);
  });

  it('points unknown elements at their key and suggests the right case', () => {
    expect(problems('{"Version": "2012-10-17",\n "statement": []}')).toEqual([
      '1:1 POLICY_JSON_INVALID The policy has no Statement element',
      '2:2 POLICY_JSON_INVALID Unknown policy element statement (element names are case-sensitive: did you mean Statement?)',
    ]);
  });

  it('records duplicate keys', () => {
    const r = parsePolicyText('{"Statement": [{"Effect": "Allow", "Effect": "Deny"}]}', { file: 'p.json' });
    expect(r.duplicateKeys?.map((d) => d.path)).toEqual(['$.Statement[0].Effect']);
    expect(r.document?.statements[0]?.effect).toBe('Deny');
  });

  it('never throws on arbitrary text', () => {
    for (const t of ['{', '}', ']]]', '{"a":', '"x', '/*', '{"a" "b"}', '{,}', '[:]', '\u0000', '{"Statement": [{"Condition": {"A": 1}}]}']) {
      expect(() => parsePolicyText(t, { file: 'p' })).not.toThrow();
    }
  });
});

describe('policySize', () => {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html (white space is not counted)
  it('does not count white space outside strings', () => {
    expect(policySize('{ "a" : "b c" }')).toBe(11);
  });
});

describe('parsePolicyValue', () => {
  it('shapes an object policy with its minified size', () => {
    const r = parsePolicyValue({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }, { file: 'x' });
    expect(r.strictOk).toBe(true);
    expect(r.document?.statements[0]?.path).toBe('$.Statement');
    expect(r.size).toBe(83);
  });
});

describe('parsePolicyText on prose and slashes', () => {
  it('reports a stray slash once and goes on', () => {
    const r = parsePolicyText('{"Version": "2012-10-17", "Statement": []} /', { file: 'p' });
    expect(r.problems.map((p) => `${p.location?.start?.column} ${p.message}`)).toEqual(['44 Unexpected character "/" (a comment starts with // or /*)']);
  });
});

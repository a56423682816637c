// The troubleshooting notes' own example policies (../shared/seed), copied verbatim: each problem a careful reviewer names, at its position.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPolicyText } from '../../src/policy/validate.js';
import type { PolicyType } from '../../src/policy/rules/types.js';

function lint(name: string, type?: PolicyType): string[] {
  const text = readFileSync(new URL(`../fixtures/policies/seed/${name}`, import.meta.url), 'utf8');
  return lintPolicyText(text, { file: name, ...(type ? { type } : {}) })
    .map((f) => `${f.location?.start?.line}:${f.location?.start?.column} ${f.severity} ${f.code} ${f.location?.jsonPath ?? ''}`);
}

describe('seed policies as written', () => {
  // S1: comments after each action, no Effect, no Resource.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html
  it('S1 dashboard policy', () => {
    expect(lint('s1-dashboard.json')).toEqual([
      '4:1 error STATEMENT_MISSING_EFFECT $.Statement[0]',
      '4:1 error STATEMENT_MISSING_RESOURCE $.Statement[0]',
      '6:26 error POLICY_HAS_COMMENTS $',
      '7:25 error POLICY_HAS_COMMENTS $',
      '10:14 error POLICY_HAS_COMMENTS $',
      '12:13 error POLICY_HAS_COMMENTS $',
    ]);
  });

  // S9 bucket policy: key/value pairs straight in the Statement array, an 8-digit account, Resource "*".
  it('S9 bucket policy', () => {
    expect(lint('s9-bucket-policy.json')).toEqual([
      '4:1 error POLICY_JSON_INVALID $.Statement[0]',
      '7:8 error ACCOUNT_ID_INVALID $.Statement[0].Principal.AWS',
      '9:12 error BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET $.Statement[0].Resource',
    ]);
  });

  // S9 user policy: no Version, four-colon S3 ARNs, a comment and a missing comma between the statements.
  it('S9 IAM policy of brian', () => {
    expect(lint('s9-user-policy.json')).toEqual([
      '1:1 warning POLICY_VERSION_MISSING $',
      '8:1 warning ARN_MALFORMED $.Statement[0].Resource[0]',
      '11:1 error POLICY_HAS_COMMENTS $',
      '12:1 error POLICY_JSON_INVALID $.Statement[1]',
      '17:1 warning ARN_MALFORMED $.Statement[1].Resource[0]',
    ]);
    const text = readFileSync(new URL('../fixtures/policies/seed/s9-user-policy.json', import.meta.url), 'utf8');
    const fixes = lintPolicyText(text, { file: 'x', only: ['ARN_MALFORMED'] }).map((f) => f.fix);
    expect(fixes).toEqual(['Did you mean arn:aws:s3:::mybucket/* ?', 'Did you mean arn:aws:s3:::*log/* ?']);
  });

  // S11 and S12: fragments without the enclosing braces, placeholder account ids, no Version.
  it('S11 dev policy (fragment, placeholder account)', () => {
    expect(lint('s11-dev-assume-role.json')).toEqual([
      '1:1 error POLICY_JSON_INVALID $',
      '1:1 warning POLICY_VERSION_MISSING $',
      '5:13 error ACCOUNT_ID_INVALID $.Statement[0].Resource',
    ]);
  });

  it('S11 prod trust policy (fragment, placeholder account), inferred as a trust policy', () => {
    expect(lint('s11-prod-trust.json')).toEqual([
      '1:1 error POLICY_JSON_INVALID $',
      '7:1 error ACCOUNT_ID_INVALID $.Statement[0].Principal.AWS[0]',
    ]);
  });

  it('S12 dev KMS policy (fragment)', () => {
    expect(lint('s12-dev-kms.json')).toEqual([
      '1:1 error POLICY_JSON_INVALID $',
      '1:1 warning POLICY_VERSION_MISSING $',
    ]);
  });
});

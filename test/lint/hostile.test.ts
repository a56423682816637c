// Hostile wildcards in policy text: the lint rules match them with the linear-time globs of core/wildcard, never a backtracking regex.
import { describe, expect, it } from 'vitest';
import { lintPolicyText } from '../../src/policy/validate.js';
import { wildcardMatcher } from '../../src/policy/catalog/wildcard.js';

describe('hostile wildcards', () => {
  it('matches a*a*...b against a long run of a without backtracking', () => {
    const m = wildcardMatcher(`${'a*'.repeat(40)}b`);
    expect(m('a'.repeat(50_000))).toBe(false);
    expect(m(`${'A'.repeat(50_000)}B`)).toBe(true);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
  it('reports an action wildcard that matches no action, and a PassRole wildcard, on pathological patterns', () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Action: `s3:${'a*'.repeat(60)}z`, Resource: '*' },
      { Effect: 'Allow', Action: `iam:${'*?'.repeat(60)}`, Resource: '*' },
      { Effect: 'Allow', Action: `iam:${'*'.repeat(200)}Pass${'*'.repeat(100)}Role`, Resource: '*' },
    ] });
    const findings = lintPolicyText(policy, { file: 'hostile.json', type: 'identity' });
    // `*?` 60 times needs 60 characters: no IAM action name is that long.
    expect(findings.filter((f) => f.code === 'ACTION_INVALID_FOR_RESOURCE').map((f) => f.message)).toEqual([
      expect.stringContaining('matches no s3 action'), expect.stringContaining('matches no iam action'),
    ]);
    expect(findings.filter((f) => f.code === 'PASSROLE_WILDCARD_RESOURCE').length).toBe(1);
  });
});

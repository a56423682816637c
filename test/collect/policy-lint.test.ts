// docs/collect-policy.json passes the policy linter (the engine of `whynot lint`): every action exists, no finding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPolicyText } from '../../src/policy/validate.js';

const FILE = join(import.meta.dirname, '..', '..', 'docs', 'collect-policy.json');

describe('docs/collect-policy.json', () => {
  it('is a valid identity policy with no finding, security rules included', () => {
    expect(lintPolicyText(readFileSync(FILE, 'utf8'), { file: 'docs/collect-policy.json', type: 'identity', security: true })).toEqual([]);
  });

  it('would be caught if it named an action IAM does not have (the API name s3:GetBucketEncryption)', () => {
    const policy = JSON.parse(readFileSync(FILE, 'utf8')) as { Statement: { Action: string[] }[] };
    policy.Statement[0]?.Action.push('s3:GetBucketEncryption');
    const codes = lintPolicyText(JSON.stringify(policy, null, 2), { file: 'x.json', type: 'identity' }).map((f) => f.code);
    expect(codes).toContain('ACTION_INVALID_FOR_RESOURCE');
  });
});

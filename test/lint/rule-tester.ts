// An ESLint-RuleTester-like table runner for lint rules: valid and invalid policies, asserting code, location and fix.
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/finding.js';
import type { PolicyOrigin, PolicyType } from '../../src/policy/rules/types.js';
import { lintPolicyText } from '../../src/policy/validate.js';

/** A policy to lint (an object is pretty-printed with two-space indent) and how it is used. */
export interface Case {
  name: string;
  policy: string | object;
  type?: PolicyType;
  bucket?: string;
  origin?: PolicyOrigin;
  security?: boolean;
}

/** One expected finding: where it starts (`at` is a substring of the text, its first occurrence) and what it says. */
export interface Expected {
  path?: string;
  at?: string;
  /** 1-based line and column, when `at` is not convenient. */
  line?: number;
  column?: number;
  message?: string | RegExp;
  fix?: string | RegExp;
  severity?: Severity;
}

/** An invalid case and every finding of the rule it must produce, in order. */
export interface InvalidCase extends Case {
  errors: Expected[];
}

/** The text of a case's policy. */
export function policyText(policy: string | object): string {
  return typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2);
}

/** Lints a case and keeps the findings of one code. */
export function findingsOf(code: string, c: Case): Finding[] {
  const text = policyText(c.policy);
  return lintPolicyText(text, {
    file: 'policy.json', only: [code],
    ...(c.type ? { type: c.type } : {}), ...(c.bucket ? { bucket: c.bucket } : {}),
    ...(c.origin ? { origin: c.origin } : {}), ...(c.security ? { security: true } : {}),
  });
}

function positionOf(text: string, at: string): { line: number; column: number } {
  const i = text.indexOf(at);
  if (i < 0) throw new Error(`"${at}" is not in the policy text`);
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  return { line, column: i - before.lastIndexOf('\n') };
}

function matches(actual: string | undefined, want: string | RegExp): boolean {
  if (actual === undefined) return false;
  return typeof want === 'string' ? actual === want : want.test(actual);
}

/** Runs the valid and invalid tables of one rule. */
export function ruleTester(code: string, tables: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(code, () => {
    for (const c of tables.valid) {
      it(`valid: ${c.name}`, () => {
        expect(findingsOf(code, c).map((f) => `${f.location?.jsonPath}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of tables.invalid) {
      it(`invalid: ${c.name}`, () => {
        const text = policyText(c.policy);
        const got = findingsOf(code, c);
        expect(got.map((f) => `${f.location?.jsonPath}: ${f.message}`)).toHaveLength(c.errors.length);
        c.errors.forEach((e, i) => {
          const f = got[i] as Finding;
          expect(f.code).toBe(code);
          expect(f.location?.file).toBe('policy.json');
          if (e.path !== undefined) expect(f.location?.jsonPath).toBe(e.path);
          const pos = e.at !== undefined ? positionOf(text, e.at) : e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : undefined;
          if (pos) expect({ line: f.location?.start?.line, column: f.location?.start?.column }).toEqual(pos);
          expect(f.location?.end).toBeDefined();
          if (e.message !== undefined) expect(matches(f.message, e.message), `message: ${f.message}`).toBe(true);
          if (e.fix !== undefined) expect(matches(f.fix, e.fix), `fix: ${f.fix}`).toBe(true);
          if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
        });
      });
    }
  });
}

/** A minimal valid identity statement list, for building cases. */
export function identity(...statements: object[]): object {
  return { Version: '2012-10-17', Statement: statements };
}

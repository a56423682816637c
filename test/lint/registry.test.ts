// The registry test (ESLint checkRuleFiles): every rule has its file, registry entry, doc page and table test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/policy/rules/index.js';
import { renderRuleDoc } from './rule-docs.js';

const root = new URL('../../', import.meta.url);
const ruleFiles = readdirSync(new URL('src/policy/rules/', root)).filter((f) => /^[A-Z0-9_]+\.ts$/.test(f)).map((f) => f.slice(0, -3)).sort();

/** The policy-text codes of doctor-codes.md: a public contract, never renamed. */
const CONTRACT = [
  'POLICY_JSON_INVALID', 'POLICY_HAS_COMMENTS', 'POLICY_VERSION_MISSING', 'STATEMENT_MISSING_EFFECT', 'STATEMENT_MISSING_RESOURCE',
  'PRINCIPAL_ELEMENT_MISPLACED', 'ARN_MALFORMED', 'ACCOUNT_ID_INVALID', 'ACTION_INVALID_FOR_RESOURCE', 'BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET',
  'FEDERATION_ACTION_MISMATCH', 'POLICY_PRINCIPAL_DELETED', 'SERVICE_PRINCIPAL_UNSCOPED',
];

describe('rule registry', () => {
  it('lists exactly the rule files, in code order', () => {
    expect([...rules.keys()]).toEqual(ruleFiles);
  });

  it('keeps every contract code', () => {
    for (const code of CONTRACT) expect(rules.has(code), code).toBe(true);
  });

  for (const code of ruleFiles) {
    describe(code, () => {
      const rule = rules.get(code);
      it('has meta naming its own code, a description, a message, a fix and an AWS doc', () => {
        expect(rule?.meta.code).toBe(code);
        expect(rule?.meta.description.length).toBeGreaterThan(20);
        expect(rule?.meta.messages.default.length).toBeGreaterThan(0);
        expect(rule?.meta.fix.length).toBeGreaterThan(0);
        expect(rule?.meta.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      });
      it('has its doc page, in sync with the rule (regenerate: npx tsx test/lint/rule-docs.ts --write)', () => {
        const file = new URL(`docs/rules/${code}.md`, root);
        expect(existsSync(file), `docs/rules/${code}.md`).toBe(true);
        expect(readFileSync(file, 'utf8')).toBe(renderRuleDoc(code));
      });
      it('has its table test citing an AWS doc page', () => {
        const file = new URL(`test/lint/rules/${code}.test.ts`, root);
        expect(existsSync(file), `test/lint/rules/${code}.test.ts`).toBe(true);
        const text = readFileSync(file, 'utf8');
        expect(text).toMatch(/\/\/ https:\/\/docs\.aws\.amazon\.com\//);
        expect(text).toContain(`ruleTester('${code}'`);
      });
    });
  }
});

// The registry test (ESLint checkRuleFiles): every check has its file, its registry entry, its doc and its table row; every contract code has a check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/doctor/registry.js';
import { ROWS } from './rows.js';

const root = resolve(import.meta.dirname, '../..');
const files = readdirSync(resolve(root, 'src/doctor/checks')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
/** The 48 codes of ../shared/doctor-codes.md (the contract), plus the opt-in security code and the meta code. */
const CONTRACT = [
  'EC2_ROLE_CANNOT_WRITE_LOGS', 'CW_AGENT_NOT_INSTALLED', 'CW_AGENT_NOT_REPORTING', 'SUBNET_NO_PATH_TO_AWS_SERVICE', 'CLOUDTRAIL_NOT_ENABLED',
  'CLOUDTRAIL_BUCKET_NOT_FOUND', 'CLOUDTRAIL_BUCKET_POLICY_BLOCKS_DELIVERY', 'CLOUDTRAIL_KMS_BLOCKS_DELIVERY', 'CLOUDTRAIL_DATA_EVENTS_ALL_RESOURCES',
  'CLOUDTRAIL_DUPLICATE_MANAGEMENT_TRAILS', 'AUDITOR_CANNOT_READ_TRAIL', 'EVENTS_RULE_INACTIVE', 'LAMBDA_POLICY_MISSING_SERVICE_INVOKE',
  'EVENTS_TARGET_NOT_AUTHORIZED', 'LAMBDA_ROLE_TRUST_INVALID', 'LAMBDA_ROLE_CANNOT_WRITE_LOGS', 'LAMBDA_ROLE_MISSING_ACTION', 'LAMBDA_ROLE_CANNOT_READ_SECRET',
  'KMS_KEY_POLICY_NO_IAM_DELEGATION', 'KMS_KEY_POLICY_MISSING_EXTERNAL_ACCOUNT', 'KMS_EXTERNAL_IAM_POLICY_MISSING', 'KMS_KEY_NOT_USABLE',
  'ASSUME_ROLE_CALLER_NOT_ALLOWED', 'ASSUME_ROLE_TRUST_MISSING', 'CROSS_ACCOUNT_ONE_SIDED_GRANT', 'FEDERATION_ACTION_MISMATCH', 'EXPLICIT_DENY_OVERRIDES_ALLOW',
  'PERMISSIONS_BOUNDARY_BLOCKS', 'SCP_BLOCKS_ACTION', 'POLICY_PRINCIPAL_DELETED', 'SUBNET_NO_ROUTE_TO_IGW', 'INSTANCE_NO_PUBLIC_IP', 'PRIVATE_SUBNET_NO_NAT_ROUTE',
  'NACL_RETURN_TRAFFIC_BLOCKED', 'SECURITY_GROUP_NO_MATCHING_RULE', 'PEERING_INCOMPLETE', 'VPN_ROUTE_MISSING', 'FLOW_LOGS_MISSING', 'POLICY_JSON_INVALID',
  'POLICY_HAS_COMMENTS', 'POLICY_VERSION_MISSING', 'STATEMENT_MISSING_EFFECT', 'STATEMENT_MISSING_RESOURCE', 'PRINCIPAL_ELEMENT_MISPLACED', 'ARN_MALFORMED',
  'ACCOUNT_ID_INVALID', 'ACTION_INVALID_FOR_RESOURCE', 'BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET', 'SERVICE_PRINCIPAL_UNSCOPED', 'SNAPSHOT_FILE_UNREADABLE',
];

describe('doctor registry', () => {
  it('covers every code of doctor-codes.md, and nothing else', () => {
    expect([...checks.keys()].sort()).toEqual([...CONTRACT].sort());
  });
  it('is explicit and sorted, one entry per check file, keyed by the meta code', () => {
    expect([...checks.keys()]).toEqual(files);
    for (const [code, c] of checks) expect(c.meta.code).toBe(code);
  });
  it.each(files)('%s has a doc, a table row, a fix and a docs URL', (code) => {
    expect(existsSync(resolve(root, `docs/checks/${code}.md`)), `docs/checks/${code}.md`).toBe(true);
    expect(ROWS.some((r) => r.code === code), `a row in test/doctor/rows.ts`).toBe(true);
    const c = checks.get(code);
    expect(c?.meta.fix).toBeTruthy();
    expect(c?.meta.docs).toMatch(/^https:\/\//);
    expect(readFileSync(resolve(root, `src/doctor/checks/${code}.ts`), 'utf8').startsWith(`// ${code}`)).toBe(true);
  });
  it('docs/doctor.md lists every code', () => {
    const doc = readFileSync(resolve(root, 'docs/doctor.md'), 'utf8');
    for (const code of files) expect(doc, code).toContain(code);
  });
});

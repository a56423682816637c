// Doctor on examples/: every scenario broken in snapshot/ fires its code (examples/README.md), snapshot-fixed/ has no error.
import { describe, expect, it } from 'vitest';
import { parseExpectation } from '../../src/doctor/index.js';
import { doctorOn } from './helpers.js';

const expectations = [
  'lambda:terminate-unauthorized-instances=ec2:TerminateInstances',
  'principal:arn:aws:iam::444455556666:user/dev-admin=dynamodb:PutItem@arn:aws:dynamodb:us-east-1:444455556666:table/orders',
].flatMap((t) => { const p = parseExpectation(t); return p.ok ? [p.value] : []; });

/** Every code examples/README.md names for the broken snapshot (S17's lint codes are about seed-policies/, not the snapshot). */
const EXPECTED = [
  'EC2_ROLE_CANNOT_WRITE_LOGS', 'CW_AGENT_NOT_INSTALLED', 'CW_AGENT_NOT_REPORTING', 'ACTION_INVALID_FOR_RESOURCE',
  'LAMBDA_ROLE_MISSING_ACTION', 'EVENTS_TARGET_NOT_AUTHORIZED', 'LAMBDA_ROLE_TRUST_INVALID', 'LAMBDA_POLICY_MISSING_SERVICE_INVOKE',
  'CLOUDTRAIL_BUCKET_NOT_FOUND', 'CLOUDTRAIL_BUCKET_POLICY_BLOCKS_DELIVERY', 'CLOUDTRAIL_DATA_EVENTS_ALL_RESOURCES', 'CLOUDTRAIL_DUPLICATE_MANAGEMENT_TRAILS',
  'AUDITOR_CANNOT_READ_TRAIL', 'SUBNET_NO_ROUTE_TO_IGW', 'INSTANCE_NO_PUBLIC_IP', 'PRIVATE_SUBNET_NO_NAT_ROUTE', 'NACL_RETURN_TRAFFIC_BLOCKED',
  'PEERING_INCOMPLETE', 'VPN_ROUTE_MISSING', 'FLOW_LOGS_MISSING', 'SUBNET_NO_PATH_TO_AWS_SERVICE', 'EXPLICIT_DENY_OVERRIDES_ALLOW',
  'PERMISSIONS_BOUNDARY_BLOCKS', 'SCP_BLOCKS_ACTION', 'FEDERATION_ACTION_MISMATCH', 'ASSUME_ROLE_CALLER_NOT_ALLOWED', 'CROSS_ACCOUNT_ONE_SIDED_GRANT',
  'POLICY_PRINCIPAL_DELETED', 'ASSUME_ROLE_TRUST_MISSING', 'KMS_EXTERNAL_IAM_POLICY_MISSING', 'KMS_KEY_POLICY_NO_IAM_DELEGATION', 'KMS_KEY_NOT_USABLE',
  'LAMBDA_ROLE_CANNOT_WRITE_LOGS', 'LAMBDA_ROLE_CANNOT_READ_SECRET', 'SECURITY_GROUP_NO_MATCHING_RULE',
];

describe('doctor on examples/', () => {
  it.each(EXPECTED)('examples/snapshot reports %s', async (code) => {
    const r = await doctorOn('examples/snapshot', { expectations });
    expect(r.findings.map((f) => f.code)).toContain(code);
  }, 60_000);

  it('examples/snapshot-fixed reports no error (with the same --expect)', async () => {
    const r = await doctorOn('examples/snapshot-fixed', { expectations });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.message}`)).toEqual([]);
  }, 60_000);

  it('is deterministic and every finding has a fix and a resource', async () => {
    const r = await doctorOn('examples/snapshot', { expectations });
    for (const f of r.findings) {
      expect(f.fix, f.code).toBeTruthy();
      expect(f.resource, f.code).toBeTruthy();
    }
  }, 60_000);
});

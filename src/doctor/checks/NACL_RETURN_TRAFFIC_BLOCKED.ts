// NACL_RETURN_TRAFFIC_BLOCKED: the reach engine's blockers of that code on the flows doctor derives (public instances, private egress, Lambda to RDS, --expect reach).
import { reportBlockers } from '../aws/net-flows.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'NACL_RETURN_TRAFFIC_BLOCKED', severity: 'error', title: "The network ACL blocks the return traffic",
    needs: ['R/ec2/describe-network-acls, -subnets'],
    fix: 'NACLs are stateless: add an ALLOW for TCP 1024-65535 in the other direction, numbered before any DENY',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-ephemeral-ports',
  },
  check({ ctx, report }) {
    reportBlockers(ctx, 'NACL_RETURN_TRAFFIC_BLOCKED', (f) => report(f));
  },
};

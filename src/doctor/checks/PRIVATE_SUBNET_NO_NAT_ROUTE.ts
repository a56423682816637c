// PRIVATE_SUBNET_NO_NAT_ROUTE: the reach engine's blockers of that code on the flows doctor derives (public instances, private egress, Lambda to RDS, --expect reach).
import { reportBlockers } from '../aws/net-flows.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'PRIVATE_SUBNET_NO_NAT_ROUTE', severity: 'error', title: "The private subnet has no route to an available NAT gateway",
    needs: ['-route-tables, -nat-gateways, -subnets'],
    fix: 'Add 0.0.0.0/0 → nat-…; put the NAT gateway in a subnet that routes to an IGW',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-scenarios.html',
  },
  check({ ctx, report }) {
    reportBlockers(ctx, 'PRIVATE_SUBNET_NO_NAT_ROUTE', (f) => report(f));
  },
};

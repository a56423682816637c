// SUBNET_NO_ROUTE_TO_IGW: the reach engine's blockers of that code on the flows doctor derives (public instances, private egress, Lambda to RDS, --expect reach).
import { reportBlockers } from '../aws/net-flows.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'SUBNET_NO_ROUTE_TO_IGW', severity: 'error', title: "The public instance's subnet has no route to an internet gateway",
    needs: ['R/ec2/describe-subnets, -route-tables, -internet-gateways, -instances'],
    fix: 'Associate the subnet with a route table holding 0.0.0.0/0 → igw-… (IGW attached to this VPC)',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html',
  },
  check({ ctx, report }) {
    reportBlockers(ctx, 'SUBNET_NO_ROUTE_TO_IGW', (f) => report(f));
  },
};

// INSTANCE_NO_PUBLIC_IP: the reach engine's blockers of that code on the flows doctor derives (public instances, private egress, Lambda to RDS, --expect reach).
import { reportBlockers } from '../aws/net-flows.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'INSTANCE_NO_PUBLIC_IP', severity: 'error', title: "The instance reached from the internet has no public IPv4 address",
    needs: ['describe-instances, describe-network-interfaces'],
    fix: 'Associate an Elastic IP, or enable auto-assign public IP and relaunch',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html',
  },
  check({ ctx, report }) {
    reportBlockers(ctx, 'INSTANCE_NO_PUBLIC_IP', (f) => report(f));
  },
};

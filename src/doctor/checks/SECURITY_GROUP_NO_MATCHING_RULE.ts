// SECURITY_GROUP_NO_MATCHING_RULE: the reach engine's blockers of that code on the flows doctor derives (public instances, private egress, Lambda to RDS, --expect reach).
import { reportBlockers } from '../aws/net-flows.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'SECURITY_GROUP_NO_MATCHING_RULE', severity: 'error', title: "No security group rule admits the flow",
    needs: ['-security-groups, -network-interfaces, list-functions'],
    fix: 'Add inbound <proto>/<port> from <sg-…/CIDR> on <sg>; SGs are stateful, so no return rule is needed',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  check({ ctx, report }) {
    reportBlockers(ctx, 'SECURITY_GROUP_NO_MATCHING_RULE', (f) => report(f));
  },
};

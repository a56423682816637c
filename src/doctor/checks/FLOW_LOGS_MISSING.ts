// FLOW_LOGS_MISSING: a VPC with running instances has no flow log on the VPC, its subnets or its interfaces.
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'FLOW_LOGS_MISSING', severity: 'info', title: 'No flow log records the VPC\'s traffic',
    needs: ['R/ec2/describe-flow-logs'],
    fix: 'Create a flow log (--traffic-type ALL); REJECT records show the dropping hop',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
  },
  check({ ctx, report, notChecked }) {
    const t = ctx.topology();
    for (const vpc of [...t.vpcs.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const enis = [...t.enis.values()].filter((e) => e.vpc === vpc);
      if (!enis.some((e) => e.instance?.state === 'running')) continue;
      const fl = vpc.data.flowLogs;
      if (fl.state !== 'collected') { notChecked(fl.file, `whether ${vpc.id} has a flow log`, vpc.id); continue; }
      const ids = new Set([vpc.id, ...vpc.subnets.map((s) => s.id), ...enis.map((e) => e.id)]);
      if (fl.value.some((f) => f.ResourceId !== undefined && ids.has(f.ResourceId))) continue;
      report({
        message: `No flow log records ${vpc.id} (nor its subnets or interfaces): a dropped connection leaves no REJECT record to confirm where it was dropped.`,
        fix: `aws ec2 create-flow-logs --resource-type VPC --resource-ids ${vpc.id} --traffic-type ALL --log-destination-type cloud-watch-logs --log-group-name <group> --deliver-logs-permission-arn <role-arn>`,
        resource: vpc.id, location: { file: fl.file, jsonPath: '$.FlowLogs' }, evidence: [`${fl.file}: no FlowLogs entry for ${vpc.id}`],
      });
    }
  },
};

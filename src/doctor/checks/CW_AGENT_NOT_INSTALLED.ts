// CW_AGENT_NOT_INSTALLED: SSM inventory of a managed instance shows no amazon-cloudwatch-agent; unmanaged instances are "unknown".
import { agentInstalled, allInstances, ssmInfo } from '../aws/ec2.js';
import type { Check } from '../types.js';

const FIX = 'aws ssm send-command --document-name AWS-ConfigureAWSPackage --parameters action=Install,name=AmazonCloudWatchAgent --instance-ids {id}, then configure it (amazon-cloudwatch-agent-ctl -a fetch-config)';

/** The check. */
export const check: Check = {
  meta: {
    code: 'CW_AGENT_NOT_INSTALLED', severity: 'error', title: 'The CloudWatch agent is not installed',
    needs: ['R/ssm/describe-instance-information', 'R/ssm/inventory/<id>/applications'],
    fix: FIX.replace('{id}', '<instance-id>'),
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/installing-cloudwatch-agent-ssm.html',
  },
  check({ ctx, report, notChecked }) {
    for (const i of allInstances(ctx)) {
      if (i.node.state !== 'running') continue;
      const expected = ctx.expectations.some((e) => e.kind === 'instance-logs' && e.instance === i.id);
      const { file: sf, info } = ssmInfo(ctx, i);
      const { file, installed } = agentInstalled(ctx, i);
      if (installed === false && info !== null) {
        report({ message: `SSM inventory of ${i.id} lists no amazon-cloudwatch-agent: the instance cannot ship logs or metrics to CloudWatch.`, fix: FIX.replace('{id}', i.id), resource: i.id, location: { file, jsonPath: '$.Entries' }, evidence: [`${file}: no amazon-cloudwatch-agent entry`, ...(info ? [`${sf}: PingStatus ${String(info.PingStatus)}`] : [])] });
      } else if (expected && installed === undefined) {
        notChecked(info === null ? sf : file, `whether the CloudWatch agent is installed on ${i.id} (${info === null ? 'not SSM-managed: unknown' : 'inventory not collected'})`, i.id);
      }
    }
  },
};

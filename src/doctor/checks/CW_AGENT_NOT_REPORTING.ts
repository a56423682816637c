// CW_AGENT_NOT_REPORTING: the agent is installed on a running instance, but its newest log stream was last ingested more than 24 h before "now".
import { agentInstalled, allInstances, instanceStreams } from '../aws/ec2.js';
import { logGroupsIn } from '../aws/logs.js';
import type { Check } from '../types.js';

const DAY = 24 * 3600 * 1000;
const FIX = 'Start it: sudo /opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c <config>; read /opt/aws/amazon-cloudwatch-agent/logs/amazon-cloudwatch-agent.log';

/** The check. */
export const check: Check = {
  meta: {
    code: 'CW_AGENT_NOT_REPORTING', severity: 'warning', title: 'The CloudWatch agent is installed but not reporting',
    needs: ['R/ssm/inventory/<id>/applications', 'R/logs/describe-log-groups', 'R/logs/log-groups/<g>/describe-log-streams'],
    fix: FIX,
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/troubleshooting-CloudWatch-Agent.html',
  },
  check({ ctx, report, notChecked }) {
    for (const i of allInstances(ctx)) {
      if (i.node.state !== 'running' || agentInstalled(ctx, i).installed !== true) continue;
      const expected = ctx.expectations.find((e) => e.kind === 'instance-logs' && e.instance === i.id);
      const group = expected?.kind === 'instance-logs' ? expected.logGroup : undefined;
      const lg = group ? logGroupsIn(ctx, i.ref) : undefined;
      if (group && lg?.groups && !lg.groups.has(group)) {
        report({
          message: `The CloudWatch agent is installed on ${i.id}, but log group ${group} (--expect ${expected?.text ?? ''}) does not exist: the agent has never shipped to it, so it is probably not running or not configured.`,
          fix: FIX, resource: i.id, location: { file: lg.file, jsonPath: '$.logGroups' }, evidence: [`${lg.file}: no log group ${group}`],
        });
        continue;
      }
      const streams = instanceStreams(i).filter((s) => !group || s.group === group);
      if (!streams.length) {
        notChecked(`${i.ref.dir}/logs/log-groups/`, `whether the agent on ${i.id} reports: no collected log stream is named after the instance`, i.id);
        continue;
      }
      const newest = streams.reduce((a, b) => ((b.stream.lastIngestionTime ?? 0) > (a.stream.lastIngestionTime ?? 0) ? b : a));
      const last = newest.stream.lastIngestionTime;
      if (last === undefined) continue;
      const age = ctx.now.getTime() - last;
      if (age <= DAY) continue;
      const file = `${i.ref.dir}/logs/log-groups/${encodeURIComponent(newest.group)}/describe-log-streams.json`;
      report({
        message: `The CloudWatch agent is installed on ${i.id}, but its newest log stream ${newest.group}/${newest.stream.logStreamName ?? ''} was last ingested ${new Date(last).toISOString()}, ${Math.floor(age / 3600000)} h before ${ctx.now.toISOString()}: the agent is probably not running.`,
        fix: FIX, resource: i.id, location: { file, jsonPath: `$.logStreams[?(@.logStreamName=='${newest.stream.logStreamName ?? ''}')].lastIngestionTime` },
        evidence: [`${file}: lastIngestionTime ${last}`, `now ${ctx.now.toISOString()} (collectedAt or --now)`],
      });
    }
  },
};

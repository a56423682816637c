// CloudWatch Logs: describe-log-groups.json, then describe-log-streams for the log groups that receive VPC flow logs.
import { paginateDescribeLogGroups, paginateDescribeLogStreams } from '@aws-sdk/client-cloudwatch-logs';
import { allPages } from '../pages.js';
import { encodeName } from '../paths.js';
import { describeFlowLogs } from './flow-logs.js';
import type { ServiceCollector } from './types.js';

/**
 * Every log group of the region; log streams only of the groups that are flow-log destinations (streams are
 * unbounded, one per ENI for flow logs but one per container for Lambda), the other groups' streams are not collected.
 */
export const logsCollector: ServiceCollector = {
  name: 'logs',
  level: 'region',
  async collect(scope) {
    const client = scope.client('logs');
    const [groups, flowLogs] = await Promise.all([
      scope.file('logs/describe-log-groups.json', () => allPages(paginateDescribeLogGroups({ client, pageSize: 50 }, {}))),
      describeFlowLogs(scope),
    ]);
    const destinations = new Set((flowLogs?.FlowLogs ?? []).map((f) => f.LogGroupName).filter((n): n is string => Boolean(n)));
    await Promise.all(
      (groups?.logGroups ?? []).map(async ({ logGroupName }) => {
        if (!logGroupName || !destinations.has(logGroupName)) return;
        await scope.file(`logs/log-groups/${encodeName(logGroupName)}/describe-log-streams.json`, () =>
          allPages(paginateDescribeLogStreams({ client, pageSize: 50 }, { logGroupName })),
        );
      }),
    );
  },
};

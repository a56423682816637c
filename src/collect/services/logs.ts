// CloudWatch Logs: describe-log-groups.json, then describe-log-streams for every log group (newest streams only, except flow-log groups).
import { DescribeLogStreamsCommand, paginateDescribeLogGroups, paginateDescribeLogStreams } from '@aws-sdk/client-cloudwatch-logs';
import { allPages } from '../pages.js';
import { encodeName } from '../paths.js';
import { describeFlowLogs } from './flow-logs.js';
import type { ServiceCollector } from './types.js';

/** How many of the newest streams are kept for a log group that is not a flow-log destination. */
export const NEWEST_STREAMS = 5;

/**
 * Every log group of the region. Flow-log destination groups get all their streams (one per ENI);
 * every other group gets one call for its newest streams (ordered by last event time), which is what
 * "is the agent (or the function) still logging?" needs, and bounds the cost: streams are unbounded
 * (one per container for Lambda).
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
        if (!logGroupName) return;
        const file = `logs/log-groups/${encodeName(logGroupName)}/describe-log-streams.json`;
        await scope.file(file, () => destinations.has(logGroupName)
          ? allPages(paginateDescribeLogStreams({ client, pageSize: 50 }, { logGroupName }))
          : client.send(new DescribeLogStreamsCommand({ logGroupName, orderBy: 'LastEventTime', descending: true, limit: NEWEST_STREAMS })));
      }),
    );
  },
};

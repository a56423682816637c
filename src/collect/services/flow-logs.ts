// ec2/describe-flow-logs.json, shared by the ec2 and logs collectors (produced once per region).
import { paginateDescribeFlowLogs, type DescribeFlowLogsCommandOutput } from '@aws-sdk/client-ec2';
import { allPages } from '../pages.js';
import type { Scope } from '../scope.js';

/** The region's flow logs (every page), or undefined when the call failed. */
export function describeFlowLogs(scope: Scope): Promise<DescribeFlowLogsCommandOutput | undefined> {
  const client = scope.client('ec2');
  return scope.file('ec2/describe-flow-logs.json', () => allPages(paginateDescribeFlowLogs({ client, pageSize: 1000 }, {})), { shared: true });
}

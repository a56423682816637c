// EC2/VPC: the network describes of the region (every page), and the entries of each managed prefix list.
import {
  DescribeVpnConnectionsCommand,
  DescribeVpnGatewaysCommand,
  paginateDescribeEgressOnlyInternetGateways,
  paginateDescribeIamInstanceProfileAssociations,
  paginateDescribeInstances,
  paginateDescribeInternetGateways,
  paginateDescribeManagedPrefixLists,
  paginateDescribeNatGateways,
  paginateDescribeNetworkAcls,
  paginateDescribeNetworkInterfaces,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeTransitGatewayAttachments,
  paginateDescribeVpcEndpoints,
  paginateDescribeVpcPeeringConnections,
  paginateDescribeVpcs,
  paginateGetManagedPrefixListEntries,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { allPages } from '../pages.js';
import { encodeName } from '../paths.js';
import type { Scope } from '../scope.js';
import { describeFlowLogs } from './flow-logs.js';
import type { ServiceCollector } from './types.js';

type Fetch = (client: EC2Client) => Promise<object>;

/** The describe files of a region and how to fetch each (page sizes are each operation's maximum). */
const DESCRIBES: readonly (readonly [string, Fetch])[] = [
  ['describe-vpcs', (client) => allPages(paginateDescribeVpcs({ client, pageSize: 1000 }, {}))],
  ['describe-subnets', (client) => allPages(paginateDescribeSubnets({ client, pageSize: 1000 }, {}))],
  ['describe-route-tables', (client) => allPages(paginateDescribeRouteTables({ client, pageSize: 100 }, {}))],
  ['describe-network-acls', (client) => allPages(paginateDescribeNetworkAcls({ client, pageSize: 100 }, {}))],
  ['describe-security-groups', (client) => allPages(paginateDescribeSecurityGroups({ client, pageSize: 1000 }, {}))],
  ['describe-internet-gateways', (client) => allPages(paginateDescribeInternetGateways({ client, pageSize: 1000 }, {}))],
  ['describe-egress-only-internet-gateways', (client) => allPages(paginateDescribeEgressOnlyInternetGateways({ client, pageSize: 255 }, {}))],
  ['describe-nat-gateways', (client) => allPages(paginateDescribeNatGateways({ client, pageSize: 1000 }, {}))],
  ['describe-vpn-gateways', (client) => client.send(new DescribeVpnGatewaysCommand({}))],
  ['describe-vpn-connections', (client) => client.send(new DescribeVpnConnectionsCommand({}))],
  ['describe-vpc-peering-connections', (client) => allPages(paginateDescribeVpcPeeringConnections({ client, pageSize: 1000 }, {}))],
  ['describe-vpc-endpoints', (client) => allPages(paginateDescribeVpcEndpoints({ client, pageSize: 1000 }, {}))],
  ['describe-transit-gateway-attachments', (client) => allPages(paginateDescribeTransitGatewayAttachments({ client, pageSize: 1000 }, {}))],
  ['describe-instances', (client) => allPages(paginateDescribeInstances({ client, pageSize: 1000 }, {}))],
  ['describe-network-interfaces', (client) => allPages(paginateDescribeNetworkInterfaces({ client, pageSize: 1000 }, {}))],
  ['describe-iam-instance-profile-associations', (client) => allPages(paginateDescribeIamInstanceProfileAssociations({ client, pageSize: 1000 }, {}))],
];

async function collectPrefixLists(scope: Scope, client: EC2Client): Promise<void> {
  const list = await scope.file('ec2/describe-managed-prefix-lists.json', () => allPages(paginateDescribeManagedPrefixLists({ client, pageSize: 100 }, {})));
  await Promise.all(
    (list?.PrefixLists ?? []).map(async ({ PrefixListId }) => {
      if (!PrefixListId) return;
      await scope.file(`ec2/prefix-lists/${encodeName(PrefixListId)}/get-managed-prefix-list-entries.json`, () =>
        allPages(paginateGetManagedPrefixListEntries({ client, pageSize: 100 }, { PrefixListId })),
      );
    }),
  );
}

/** The VPC topology of the region: VPCs, subnets, routes, NACLs, security groups, gateways, endpoints, ENIs, instances, flow logs. */
export const ec2Collector: ServiceCollector = {
  name: 'ec2',
  level: 'region',
  async collect(scope) {
    const client = scope.client('ec2');
    await Promise.all([
      ...DESCRIBES.map(([name, fetch]) => scope.file(`ec2/${name}.json`, () => fetch(client))),
      describeFlowLogs(scope),
      collectPrefixLists(scope, client),
    ]);
  },
};

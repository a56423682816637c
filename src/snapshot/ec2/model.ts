// The EC2/VPC data of one account and region, each describe-* file a Collected<T[]> (missing is not empty).
import type { Collected } from '../../core/collected.js';
import type {
  EgressOnlyInternetGateway, FlowLog, Instance, InternetGateway, ManagedPrefixList, NatGateway, NetworkAcl,
  NetworkInterface, PrefixListEntry, RouteTable, SecurityGroup, Subnet, TransitGatewayAttachment, Vpc,
  VpcEndpoint, VpcPeeringConnection, VpnConnection, VpnGateway,
} from './types.js';

/** The ec2/ folder of one region of one account, as read from the snapshot. */
export interface Ec2Data {
  account: string;
  region: string;
  /** The region folder relative to the snapshot root, e.g. `111122223333/us-east-1`. */
  dir: string;
  vpcs: Collected<Vpc[]>;
  subnets: Collected<Subnet[]>;
  routeTables: Collected<RouteTable[]>;
  networkAcls: Collected<NetworkAcl[]>;
  securityGroups: Collected<SecurityGroup[]>;
  internetGateways: Collected<InternetGateway[]>;
  egressOnlyInternetGateways: Collected<EgressOnlyInternetGateway[]>;
  natGateways: Collected<NatGateway[]>;
  vpnGateways: Collected<VpnGateway[]>;
  vpnConnections: Collected<VpnConnection[]>;
  vpcPeeringConnections: Collected<VpcPeeringConnection[]>;
  vpcEndpoints: Collected<VpcEndpoint[]>;
  transitGatewayAttachments: Collected<TransitGatewayAttachment[]>;
  managedPrefixLists: Collected<ManagedPrefixList[]>;
  /** Entries by prefix list id, from ec2/prefix-lists/<id>/get-managed-prefix-list-entries.json. */
  prefixListEntries: Map<string, Collected<PrefixListEntry[]>>;
  /** Reservations[].Instances[] flattened. */
  instances: Collected<Instance[]>;
  networkInterfaces: Collected<NetworkInterface[]>;
  flowLogs: Collected<FlowLog[]>;
}

/** The names of the Collected list fields of Ec2Data. */
export type Ec2ListKey = {
  [K in keyof Ec2Data]: Ec2Data[K] extends Collected<unknown[]> ? K : never;
}[keyof Ec2Data];

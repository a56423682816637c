// Test helpers: AWS CLI-shaped EC2 objects and an in-memory region, so rule tests read like the console.
import type { Collected } from '../../src/core/collected.js';
import type { Ec2Data } from '../../src/snapshot/ec2/model.js';
import type {
  Instance, InternetGateway, IpPermission, NatGateway, NetworkAcl, NetworkAclEntry, NetworkInterface, Route, RouteTable,
  SecurityGroup, Subnet, Vpc, VpcPeeringConnection, VpnConnection, VpnGateway,
} from '../../src/snapshot/ec2/types.js';
import { buildTopology, type Topology } from '../../src/net/topology.js';

/** The lists of one region; anything left out is "not collected" unless `empty` lists it. */
export interface RegionInput {
  account?: string;
  region?: string;
  vpcs?: Vpc[];
  subnets?: Subnet[];
  routeTables?: RouteTable[];
  networkAcls?: NetworkAcl[];
  securityGroups?: SecurityGroup[];
  internetGateways?: InternetGateway[];
  natGateways?: NatGateway[];
  vpnGateways?: VpnGateway[];
  vpnConnections?: VpnConnection[];
  vpcPeeringConnections?: VpcPeeringConnection[];
  instances?: Instance[];
  networkInterfaces?: NetworkInterface[];
}

/** The list names a test can mark as not collected. */
export const KEYS = ['vpcs', 'subnets', 'routeTables', 'networkAcls', 'securityGroups', 'internetGateways', 'natGateways', 'vpnGateways',
  'vpnConnections', 'vpcPeeringConnections', 'instances', 'networkInterfaces'] as const;

/** Ec2Data from lists; missing lists are collected-empty unless named in `missing`. */
export function region(input: RegionInput, missing: (typeof KEYS[number])[] = []): Ec2Data {
  const account = input.account ?? '111122223333';
  const reg = input.region ?? 'us-east-1';
  const dir = `${account}/${reg}`;
  const c = <T>(key: string, v: T[] | undefined, file: string): Collected<T[]> =>
    missing.includes(key as typeof KEYS[number]) ? { state: 'missing', file: `${dir}/ec2/${file}` } : { state: 'collected', value: v ?? [], file: `${dir}/ec2/${file}` };
  const m = (file: string): Collected<never[]> => ({ state: 'missing', file: `${dir}/ec2/${file}` });
  return {
    account, region: reg, dir,
    vpcs: c('vpcs', input.vpcs, 'describe-vpcs.json'),
    subnets: c('subnets', input.subnets, 'describe-subnets.json'),
    routeTables: c('routeTables', input.routeTables, 'describe-route-tables.json'),
    networkAcls: c('networkAcls', input.networkAcls, 'describe-network-acls.json'),
    securityGroups: c('securityGroups', input.securityGroups, 'describe-security-groups.json'),
    internetGateways: c('internetGateways', input.internetGateways, 'describe-internet-gateways.json'),
    egressOnlyInternetGateways: m('describe-egress-only-internet-gateways.json'),
    natGateways: c('natGateways', input.natGateways, 'describe-nat-gateways.json'),
    vpnGateways: c('vpnGateways', input.vpnGateways, 'describe-vpn-gateways.json'),
    vpnConnections: c('vpnConnections', input.vpnConnections, 'describe-vpn-connections.json'),
    vpcPeeringConnections: c('vpcPeeringConnections', input.vpcPeeringConnections, 'describe-vpc-peering-connections.json'),
    vpcEndpoints: m('describe-vpc-endpoints.json'),
    transitGatewayAttachments: m('describe-transit-gateway-attachments.json'),
    managedPrefixLists: m('describe-managed-prefix-lists.json'),
    prefixListEntries: new Map(),
    instances: c('instances', input.instances, 'describe-instances.json'),
    networkInterfaces: c('networkInterfaces', input.networkInterfaces, 'describe-network-interfaces.json'),
    flowLogs: m('describe-flow-logs.json'),
  };
}

/** A topology of one or more regions. */
export function topo(...regions: Ec2Data[]): Topology {
  return buildTopology(regions);
}

/** describe-vpcs item. */
export function vpc(id: string, cidr: string): Vpc {
  return { VpcId: id, CidrBlock: cidr, State: 'available', OwnerId: '111122223333', CidrBlockAssociationSet: [{ CidrBlock: cidr, CidrBlockState: { State: 'associated' } }] };
}

/** describe-subnets item. */
export function subnet(id: string, vpcId: string, cidr: string): Subnet {
  return { SubnetId: id, VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: 'us-east-1a', MapPublicIpOnLaunch: false };
}

/** A route as describe-route-tables prints it: `local`, `igw-…`, `nat-…`, `pcx-…`, `vgw-…` targets by prefix. */
export function route(dest: string, target: string, extra: Partial<Route> = {}): Route {
  const r: Route = { DestinationCidrBlock: dest, Origin: target === 'local' ? 'CreateRouteTable' : 'CreateRoute', State: 'active', ...extra };
  if (target === 'local' || target.startsWith('igw-') || target.startsWith('vgw-') || target.startsWith('vpce-')) r.GatewayId = target;
  else if (target.startsWith('nat-')) r.NatGatewayId = target;
  else if (target.startsWith('pcx-')) r.VpcPeeringConnectionId = target;
  else if (target.startsWith('tgw-')) r.TransitGatewayId = target;
  else if (target.startsWith('eni-')) r.NetworkInterfaceId = target;
  else if (target.startsWith('i-')) r.InstanceId = target;
  return { ...r, ...extra };
}

/** describe-route-tables item; `subnets` are explicit associations, `main` marks the main table. */
export function routeTable(id: string, vpcId: string, routes: Route[], opts: { subnets?: string[]; main?: boolean; propagating?: string[] } = {}): RouteTable {
  const assoc = (opts.subnets ?? []).map((s, i) => ({ Main: false, RouteTableAssociationId: `rtbassoc-${id.slice(4)}${i}`, RouteTableId: id, SubnetId: s, AssociationState: { State: 'associated' } }));
  if (opts.main) assoc.unshift({ Main: true, RouteTableAssociationId: `rtbassoc-${id.slice(4)}m`, RouteTableId: id, AssociationState: { State: 'associated' } } as never);
  return { RouteTableId: id, VpcId: vpcId, Routes: routes, Associations: assoc, PropagatingVgws: (opts.propagating ?? []).map((g) => ({ GatewayId: g })), OwnerId: '111122223333' };
}

/** A network ACL entry: `rule(100, 'allow', '6', '0.0.0.0/0', [443, 443])`. */
export function rule(n: number, action: 'allow' | 'deny', protocol: string, cidr: string, ports?: [number, number], egress = false, icmpType?: number): NetworkAclEntry {
  const e: NetworkAclEntry = { RuleNumber: n, Protocol: protocol, RuleAction: action, Egress: egress, CidrBlock: cidr };
  if (ports) e.PortRange = { From: ports[0], To: ports[1] };
  if (icmpType !== undefined) e.IcmpTypeCode = { Type: icmpType, Code: -1 };
  return e;
}

/** The `*` rules AWS adds to every network ACL (rule number 32767). */
export function starRules(): NetworkAclEntry[] {
  return [rule(32767, 'deny', '-1', '0.0.0.0/0', undefined, false), rule(32767, 'deny', '-1', '0.0.0.0/0', undefined, true)];
}

/** describe-network-acls item with inbound and outbound entries; the `*` rules are appended. */
export function networkAcl(id: string, vpcId: string, inbound: NetworkAclEntry[], outbound: NetworkAclEntry[], opts: { subnets?: string[]; isDefault?: boolean } = {}): NetworkAcl {
  return {
    NetworkAclId: id, VpcId: vpcId, IsDefault: opts.isDefault ?? false,
    Entries: [...inbound.map((e) => ({ ...e, Egress: false })), ...outbound.map((e) => ({ ...e, Egress: true })), ...starRules()],
    Associations: (opts.subnets ?? []).map((s, i) => ({ NetworkAclAssociationId: `aclassoc-${id.slice(4)}${i}`, NetworkAclId: id, SubnetId: s })),
  };
}

/** The default network ACL: rule 100 allows all in and out. */
export function defaultAcl(id: string, vpcId: string, subnets: string[] = []): NetworkAcl {
  return networkAcl(id, vpcId, [rule(100, 'allow', '-1', '0.0.0.0/0')], [rule(100, 'allow', '-1', '0.0.0.0/0')], { isDefault: true, subnets });
}

/** An IpPermission from a CIDR: `perm('tcp', 443, 443, '0.0.0.0/0')`; a `sg-` source becomes a group reference. */
export function perm(protocol: string, from: number | undefined, to: number | undefined, source: string): IpPermission {
  const p: IpPermission = { IpProtocol: protocol, IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] };
  if (from !== undefined) p.FromPort = from;
  if (to !== undefined) p.ToPort = to;
  if (source.startsWith('sg-')) p.UserIdGroupPairs = [{ GroupId: source, UserId: '111122223333' }];
  else if (source.startsWith('pl-')) p.PrefixListIds = [{ PrefixListId: source }];
  else p.IpRanges = [{ CidrIp: source }];
  return p;
}

/** describe-security-groups item; egress defaults to the allow-all rule a new group has. */
export function securityGroup(id: string, vpcId: string, inbound: IpPermission[], outbound: IpPermission[] = [perm('-1', undefined, undefined, '0.0.0.0/0')], name = id): SecurityGroup {
  return { GroupId: id, GroupName: name, Description: name, VpcId: vpcId, OwnerId: '111122223333', IpPermissions: inbound, IpPermissionsEgress: outbound };
}

/** describe-internet-gateways item attached to a VPC (State `available`, as the CLI prints an attached gateway). */
export function igw(id: string, vpcId?: string): InternetGateway {
  return { InternetGatewayId: id, OwnerId: '111122223333', Attachments: vpcId ? [{ State: 'available', VpcId: vpcId }] : [] };
}

/** describe-nat-gateways item. */
export function natGateway(id: string, vpcId: string, subnetId: string, privateIp: string, publicIp?: string, state = 'available'): NatGateway {
  const addr: NonNullable<NatGateway['NatGatewayAddresses']>[number] = { NetworkInterfaceId: `eni-${id.slice(4)}`, PrivateIp: privateIp, IsPrimary: true, Status: 'succeeded' };
  if (publicIp) {
    addr.PublicIp = publicIp;
    addr.AllocationId = `eipalloc-${id.slice(4)}`;
  }
  return { NatGatewayId: id, VpcId: vpcId, SubnetId: subnetId, State: state, ConnectivityType: publicIp ? 'public' : 'private', NatGatewayAddresses: [addr] };
}

/** describe-instances item with one interface; `publicIp` makes it public. */
export function instance(id: string, subnetId: string, vpcId: string, ip: string, groups: string[], opts: { publicIp?: string; state?: string; eni?: string } = {}): Instance {
  const eniId = opts.eni ?? `eni-${id.slice(2)}`;
  const ni: NetworkInterface = {
    NetworkInterfaceId: eniId, SubnetId: subnetId, VpcId: vpcId, PrivateIpAddress: ip, Status: 'in-use', SourceDestCheck: true,
    Groups: groups.map((g) => ({ GroupId: g, GroupName: g })),
    Attachment: { AttachmentId: `eni-attach-${id.slice(2)}`, DeviceIndex: 0, Status: 'attached' },
    PrivateIpAddresses: [{ PrivateIpAddress: ip, Primary: true, ...(opts.publicIp ? { Association: { PublicIp: opts.publicIp, IpOwnerId: 'amazon' } } : {}) }],
    ...(opts.publicIp ? { Association: { PublicIp: opts.publicIp, IpOwnerId: 'amazon' } } : {}),
  };
  const state = opts.state ?? 'running';
  return {
    InstanceId: id, State: { Code: state === 'running' ? 16 : 80, Name: state }, SubnetId: subnetId, VpcId: vpcId, PrivateIpAddress: ip,
    ...(opts.publicIp ? { PublicIpAddress: opts.publicIp } : {}), SecurityGroups: groups.map((g) => ({ GroupId: g, GroupName: g })),
    NetworkInterfaces: [ni], SourceDestCheck: true,
  };
}

/** describe-vpc-peering-connections item. */
export function peering(id: string, requester: [string, string], accepter: [string, string], status = 'active', accepterRegion = 'us-east-1'): VpcPeeringConnection {
  return {
    VpcPeeringConnectionId: id, Status: { Code: status, Message: status },
    RequesterVpcInfo: { VpcId: requester[0], CidrBlock: requester[1], CidrBlockSet: [{ CidrBlock: requester[1] }], OwnerId: '111122223333', Region: 'us-east-1' },
    AccepterVpcInfo: { VpcId: accepter[0], CidrBlock: accepter[1], CidrBlockSet: [{ CidrBlock: accepter[1] }], OwnerId: '111122223333', Region: accepterRegion },
  };
}

/** describe-vpn-gateways item attached to a VPC. */
export function vpnGateway(id: string, vpcId: string): VpnGateway {
  return { VpnGatewayId: id, State: 'available', Type: 'ipsec.1', VpcAttachments: [{ State: 'attached', VpcId: vpcId }], AmazonSideAsn: 64512 };
}

/** describe-vpn-connections item; `staticRoutes` makes it statically routed. */
export function vpnConnection(id: string, vgwId: string, staticRoutes?: string[], state = 'available'): VpnConnection {
  return {
    VpnConnectionId: id, VpnGatewayId: vgwId, CustomerGatewayId: 'cgw-0123456789abcdef0', State: state,
    Options: { StaticRoutesOnly: staticRoutes !== undefined },
    Routes: (staticRoutes ?? []).map((c) => ({ DestinationCidrBlock: c, Source: 'Static', State: 'available' })),
    VgwTelemetry: [{ OutsideIpAddress: '52.0.0.1', Status: 'UP' }, { OutsideIpAddress: '52.0.0.2', Status: 'UP' }],
  };
}

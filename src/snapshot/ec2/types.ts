// The EC2 and VPC objects as `aws ec2 describe-*` prints them (AWS CLI v2 / SDK v3): only the fields whynot reads.

/** A tag. */
export interface Tag {
  Key?: string;
  Value?: string;
}

/** describe-vpcs `Vpcs[]`. */
export interface Vpc {
  VpcId: string;
  OwnerId?: string;
  CidrBlock?: string;
  CidrBlockAssociationSet?: { CidrBlock?: string; CidrBlockState?: { State?: string } }[];
  Ipv6CidrBlockAssociationSet?: { Ipv6CidrBlock?: string }[];
  IsDefault?: boolean;
  State?: string;
  Tags?: Tag[];
}

/** describe-subnets `Subnets[]`. */
export interface Subnet {
  SubnetId: string;
  VpcId: string;
  CidrBlock?: string;
  AvailabilityZone?: string;
  MapPublicIpOnLaunch?: boolean;
  OwnerId?: string;
  Tags?: Tag[];
}

/** A route of describe-route-tables. */
export interface Route {
  DestinationCidrBlock?: string;
  DestinationIpv6CidrBlock?: string;
  DestinationPrefixListId?: string;
  GatewayId?: string;
  NatGatewayId?: string;
  InstanceId?: string;
  InstanceOwnerId?: string;
  NetworkInterfaceId?: string;
  VpcPeeringConnectionId?: string;
  TransitGatewayId?: string;
  EgressOnlyInternetGatewayId?: string;
  CarrierGatewayId?: string;
  LocalGatewayId?: string;
  CoreNetworkArn?: string;
  /** `CreateRouteTable` (the local route), `CreateRoute` (static) or `EnableVgwRoutePropagation` (propagated). */
  Origin?: string;
  /** `active` or `blackhole`. */
  State?: string;
}

/** A route table association: a subnet, a gateway (edge association) or the main flag. */
export interface RouteTableAssociation {
  Main?: boolean;
  RouteTableAssociationId?: string;
  RouteTableId?: string;
  SubnetId?: string;
  GatewayId?: string;
  AssociationState?: { State?: string };
}

/** describe-route-tables `RouteTables[]`. */
export interface RouteTable {
  RouteTableId: string;
  VpcId: string;
  Routes?: Route[];
  Associations?: RouteTableAssociation[];
  PropagatingVgws?: { GatewayId?: string }[];
  OwnerId?: string;
  Tags?: Tag[];
}

/** A network ACL entry; RuleNumber 32767 is the `*` rule. */
export interface NetworkAclEntry {
  RuleNumber: number;
  Protocol: string;
  RuleAction: string;
  Egress: boolean;
  CidrBlock?: string;
  Ipv6CidrBlock?: string;
  IcmpTypeCode?: { Code?: number; Type?: number };
  PortRange?: { From?: number; To?: number };
}

/** describe-network-acls `NetworkAcls[]`. */
export interface NetworkAcl {
  NetworkAclId: string;
  VpcId: string;
  IsDefault?: boolean;
  Entries?: NetworkAclEntry[];
  Associations?: { NetworkAclAssociationId?: string; NetworkAclId?: string; SubnetId?: string }[];
  OwnerId?: string;
  Tags?: Tag[];
}

/** A group reference in a security group rule. */
export interface UserIdGroupPair {
  GroupId?: string;
  GroupName?: string;
  UserId?: string;
  VpcId?: string;
  VpcPeeringConnectionId?: string;
  PeeringStatus?: string;
  Description?: string;
}

/** A security group permission (`IpPermissions[]` or `IpPermissionsEgress[]`). */
export interface IpPermission {
  IpProtocol: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges?: { CidrIp?: string; Description?: string }[];
  Ipv6Ranges?: { CidrIpv6?: string; Description?: string }[];
  PrefixListIds?: { PrefixListId?: string; Description?: string }[];
  UserIdGroupPairs?: UserIdGroupPair[];
}

/** describe-security-groups `SecurityGroups[]`. */
export interface SecurityGroup {
  GroupId: string;
  GroupName?: string;
  Description?: string;
  VpcId?: string;
  OwnerId?: string;
  IpPermissions?: IpPermission[];
  IpPermissionsEgress?: IpPermission[];
  Tags?: Tag[];
}

/** describe-internet-gateways `InternetGateways[]`. */
export interface InternetGateway {
  InternetGatewayId: string;
  /** State `available` means attached (the CLI's word), also `attaching`, `detaching`, `detached`. */
  Attachments?: { State?: string; VpcId?: string }[];
  OwnerId?: string;
  Tags?: Tag[];
}

/** describe-egress-only-internet-gateways `EgressOnlyInternetGateways[]`. */
export interface EgressOnlyInternetGateway {
  EgressOnlyInternetGatewayId: string;
  Attachments?: { State?: string; VpcId?: string }[];
}

/** An address of a NAT gateway. */
export interface NatGatewayAddress {
  AllocationId?: string;
  NetworkInterfaceId?: string;
  PrivateIp?: string;
  PublicIp?: string;
  IsPrimary?: boolean;
  Status?: string;
}

/** describe-nat-gateways `NatGateways[]`. */
export interface NatGateway {
  NatGatewayId: string;
  VpcId?: string;
  SubnetId?: string;
  /** pending, failed, available, deleting, deleted. */
  State?: string;
  /** public (default) or private. */
  ConnectivityType?: string;
  NatGatewayAddresses?: NatGatewayAddress[];
  Tags?: Tag[];
}

/** describe-vpn-gateways `VpnGateways[]`. */
export interface VpnGateway {
  VpnGatewayId: string;
  State?: string;
  Type?: string;
  VpcAttachments?: { State?: string; VpcId?: string }[];
  AmazonSideAsn?: number;
  Tags?: Tag[];
}

/** describe-vpn-connections `VpnConnections[]`. */
export interface VpnConnection {
  VpnConnectionId: string;
  VpnGatewayId?: string;
  TransitGatewayId?: string;
  CustomerGatewayId?: string;
  /** pending, available, deleting, deleted. */
  State?: string;
  Options?: { StaticRoutesOnly?: boolean; LocalIpv4NetworkCidr?: string; RemoteIpv4NetworkCidr?: string };
  Routes?: { DestinationCidrBlock?: string; Source?: string; State?: string }[];
  VgwTelemetry?: { OutsideIpAddress?: string; Status?: string; StatusMessage?: string; AcceptedRouteCount?: number }[];
  Tags?: Tag[];
}

/** One side of a peering connection. */
export interface VpcPeeringConnectionVpcInfo {
  VpcId?: string;
  OwnerId?: string;
  Region?: string;
  CidrBlock?: string;
  CidrBlockSet?: { CidrBlock?: string }[];
}

/** describe-vpc-peering-connections `VpcPeeringConnections[]`. */
export interface VpcPeeringConnection {
  VpcPeeringConnectionId: string;
  RequesterVpcInfo?: VpcPeeringConnectionVpcInfo;
  AccepterVpcInfo?: VpcPeeringConnectionVpcInfo;
  /** Code: initiating-request, pending-acceptance, active, deleted, rejected, failed, expired, provisioning, deleting. */
  Status?: { Code?: string; Message?: string };
  Tags?: Tag[];
}

/** describe-vpc-endpoints `VpcEndpoints[]`. */
export interface VpcEndpoint {
  VpcEndpointId: string;
  VpcEndpointType?: string;
  VpcId?: string;
  ServiceName?: string;
  State?: string;
  RouteTableIds?: string[];
  SubnetIds?: string[];
  Groups?: { GroupId?: string; GroupName?: string }[];
  NetworkInterfaceIds?: string[];
  PrivateDnsEnabled?: boolean;
}

/** describe-transit-gateway-attachments `TransitGatewayAttachments[]`. */
export interface TransitGatewayAttachment {
  TransitGatewayAttachmentId: string;
  TransitGatewayId?: string;
  ResourceType?: string;
  ResourceId?: string;
  State?: string;
}

/** describe-managed-prefix-lists `PrefixLists[]`. */
export interface ManagedPrefixList {
  PrefixListId: string;
  PrefixListName?: string;
  AddressFamily?: string;
  State?: string;
  OwnerId?: string;
}

/** get-managed-prefix-list-entries `Entries[]`. */
export interface PrefixListEntry {
  Cidr: string;
  Description?: string;
}

/** An address of a network interface. */
export interface PrivateIpAddress {
  PrivateIpAddress?: string;
  Primary?: boolean;
  Association?: { PublicIp?: string; IpOwnerId?: string; AllocationId?: string };
}

/** describe-network-interfaces `NetworkInterfaces[]` (also the shape inside describe-instances). */
export interface NetworkInterface {
  NetworkInterfaceId: string;
  SubnetId?: string;
  VpcId?: string;
  AvailabilityZone?: string;
  Description?: string;
  /** interface, nat_gateway, network_load_balancer, vpc_endpoint, lambda... */
  InterfaceType?: string;
  OwnerId?: string;
  RequesterId?: string;
  Status?: string;
  PrivateIpAddress?: string;
  PrivateIpAddresses?: PrivateIpAddress[];
  Association?: { PublicIp?: string; IpOwnerId?: string; AllocationId?: string };
  Groups?: { GroupId?: string; GroupName?: string }[];
  SourceDestCheck?: boolean;
  Attachment?: { InstanceId?: string; InstanceOwnerId?: string; DeviceIndex?: number; Status?: string; AttachmentId?: string };
  TagSet?: Tag[];
}

/** describe-instances `Reservations[].Instances[]`. */
export interface Instance {
  InstanceId: string;
  State?: { Code?: number; Name?: string };
  SubnetId?: string;
  VpcId?: string;
  PrivateIpAddress?: string;
  PublicIpAddress?: string;
  SecurityGroups?: { GroupId?: string; GroupName?: string }[];
  NetworkInterfaces?: NetworkInterface[];
  SourceDestCheck?: boolean;
  IamInstanceProfile?: { Arn?: string; Id?: string };
  Tags?: Tag[];
}

/** describe-flow-logs `FlowLogs[]`. */
export interface FlowLog {
  FlowLogId: string;
  ResourceId?: string;
  TrafficType?: string;
  FlowLogStatus?: string;
  LogDestinationType?: string;
  LogDestination?: string;
  LogGroupName?: string;
  LogFormat?: string;
}

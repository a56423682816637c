// The network model: VPCs, subnets, interfaces, gateways and rules indexed from the describe-* data of every region.
import { parseIpv4, parseIpv4Cidr, type Ipv4Cidr } from '../core/cidr.js';
import type { Collected } from '../core/collected.js';
import type { Ec2Data, Ec2ListKey } from '../snapshot/ec2/model.js';
import type {
  Instance, InternetGateway, NatGateway, NetworkAcl, NetworkInterface, RouteTable, SecurityGroup, Subnet, Vpc,
  VpcEndpoint, VpcPeeringConnection, VpnConnection, VpnGateway,
} from '../snapshot/ec2/types.js';

/** A VPC and what hangs off it. */
export interface VpcNode {
  id: string;
  account: string;
  region: string;
  data: Ec2Data;
  raw?: Vpc;
  cidrs: Ipv4Cidr[];
  subnets: SubnetNode[];
  routeTables: RouteTable[];
  mainRouteTable?: RouteTable;
  networkAcls: NetworkAcl[];
  defaultNetworkAcl?: NetworkAcl;
  internetGateways: InternetGateway[];
  vpnGateways: VpnGateway[];
}

/** A subnet. */
export interface SubnetNode {
  id: string;
  raw: Subnet;
  vpc: VpcNode;
  cidr?: Ipv4Cidr;
}

/** One private IPv4 address of an interface and its public or Elastic IP, if any. */
export interface InterfaceAddress {
  ip: number;
  text: string;
  primary: boolean;
  publicIp?: number;
  publicText?: string;
}

/** A network interface (ENI). */
export interface EniNode {
  id: string;
  raw: NetworkInterface;
  /** The region data the interface was read from. */
  data: Ec2Data;
  subnet?: SubnetNode;
  vpc?: VpcNode;
  addresses: InterfaceAddress[];
  groupIds: string[];
  instance?: InstanceNode;
  natGateway?: NatNode;
  sourceDestCheck: boolean;
  /** True when made up from describe-instances because the instance listed no NetworkInterfaces. */
  synthesized?: boolean;
}

/** An EC2 instance. */
export interface InstanceNode {
  id: string;
  raw: Instance;
  /** State.Name: pending, running, shutting-down, terminated, stopping, stopped. */
  state: string;
  enis: EniNode[];
  primaryEni?: EniNode;
  name?: string;
}

/** A NAT gateway. */
export interface NatNode {
  id: string;
  raw: NatGateway;
  vpc?: VpcNode;
  subnet?: SubnetNode;
  state: string;
  connectivity: 'public' | 'private';
  privateIps: number[];
  publicIps: number[];
}

/** A security group with the region it lives in. */
export interface SecurityGroupNode {
  id: string;
  raw: SecurityGroup;
  data: Ec2Data;
}

/** The whole model, with indexes for constant-time lookups. */
export interface Topology {
  regions: Ec2Data[];
  vpcs: Map<string, VpcNode>;
  subnets: Map<string, SubnetNode>;
  /** Explicit subnet associations: subnet id to route table. */
  subnetRouteTables: Map<string, RouteTable>;
  subnetNetworkAcls: Map<string, NetworkAcl>;
  securityGroups: Map<string, SecurityGroupNode>;
  internetGateways: Map<string, InternetGateway>;
  natGateways: Map<string, NatNode>;
  vpnGateways: Map<string, VpnGateway>;
  vpnConnectionsByVgw: Map<string, VpnConnection[]>;
  peerings: Map<string, VpcPeeringConnection>;
  vpcEndpoints: Map<string, VpcEndpoint>;
  enis: Map<string, EniNode>;
  instances: Map<string, InstanceNode>;
  /** Interfaces by private IPv4 (a list: addresses can repeat across VPCs). */
  enisByPrivateIp: Map<number, EniNode[]>;
  enisByPublicIp: Map<number, EniNode>;
  natsByIp: Map<number, NatNode>;
  /** Prefix list entries as CIDR blocks, by prefix list id; the Collected state says when they were not collected. */
  prefixLists: Map<string, Collected<Ipv4Cidr[]>>;
}

function list<T>(c: Collected<T[]>): T[] {
  return c.state === 'collected' ? c.value : [];
}

function cidrsOf(texts: (string | undefined)[]): Ipv4Cidr[] {
  const out: Ipv4Cidr[] = [];
  for (const t of texts) {
    const c = t === undefined ? undefined : parseIpv4Cidr(t);
    if (c && !out.some((o) => o.base === c.base && o.prefix === c.prefix)) out.push(c);
  }
  return out;
}

function tagName(tags: { Key?: string; Value?: string }[] | undefined): string | undefined {
  return tags?.find((t) => t.Key === 'Name')?.Value;
}

/** Where a datum of a region comes from and whether it was collected. */
export function collected(data: Ec2Data, key: Ec2ListKey): Collected<unknown[]> {
  return data[key];
}

function addressesOf(ni: NetworkInterface, instance?: Instance): InterfaceAddress[] {
  const out: InterfaceAddress[] = [];
  const seen = new Set<number>();
  const push = (text: string | undefined, primary: boolean, pub: string | undefined): void => {
    const ip = text === undefined ? undefined : parseIpv4(text);
    if (ip === undefined || seen.has(ip)) return;
    seen.add(ip);
    const publicIp = pub === undefined ? undefined : parseIpv4(pub);
    out.push(publicIp === undefined ? { ip, text: text as string, primary } : { ip, text: text as string, primary, publicIp, publicText: pub as string });
  };
  for (const p of ni.PrivateIpAddresses ?? []) {
    const pub = p.Association?.PublicIp ?? (p.Primary || p.PrivateIpAddress === ni.PrivateIpAddress ? ni.Association?.PublicIp : undefined);
    push(p.PrivateIpAddress, p.Primary ?? p.PrivateIpAddress === ni.PrivateIpAddress, pub);
  }
  const primaryPub = ni.Association?.PublicIp ?? (ni.Attachment?.DeviceIndex === 0 || ni.Attachment?.DeviceIndex === undefined ? instance?.PublicIpAddress : undefined);
  push(ni.PrivateIpAddress, true, primaryPub);
  return out;
}

class Builder {
  readonly t: Topology = {
    regions: [], vpcs: new Map(), subnets: new Map(), subnetRouteTables: new Map(), subnetNetworkAcls: new Map(),
    securityGroups: new Map(), internetGateways: new Map(), natGateways: new Map(), vpnGateways: new Map(),
    vpnConnectionsByVgw: new Map(), peerings: new Map(), vpcEndpoints: new Map(), enis: new Map(), instances: new Map(),
    enisByPrivateIp: new Map(), enisByPublicIp: new Map(), natsByIp: new Map(), prefixLists: new Map(),
  };

  vpc(id: string, data: Ec2Data): VpcNode {
    let v = this.t.vpcs.get(id);
    if (!v) {
      v = { id, account: data.account, region: data.region, data, cidrs: [], subnets: [], routeTables: [], networkAcls: [], internetGateways: [], vpnGateways: [] };
      this.t.vpcs.set(id, v);
    }
    return v;
  }

  region(d: Ec2Data): void {
    this.t.regions.push(d);
    for (const v of list(d.vpcs)) {
      const node = this.vpc(v.VpcId, d);
      node.raw = v;
      node.data = d;
      node.cidrs.push(...cidrsOf([v.CidrBlock, ...(v.CidrBlockAssociationSet ?? [])
        .filter((a) => a.CidrBlockState?.State === undefined || a.CidrBlockState.State === 'associated')
        .map((a) => a.CidrBlock)]).filter((c) => !node.cidrs.some((o) => o.base === c.base && o.prefix === c.prefix)));
    }
    for (const s of list(d.subnets)) {
      const vpc = this.vpc(s.VpcId, d);
      const cidr = s.CidrBlock === undefined ? undefined : parseIpv4Cidr(s.CidrBlock);
      const node: SubnetNode = cidr ? { id: s.SubnetId, raw: s, vpc, cidr } : { id: s.SubnetId, raw: s, vpc };
      vpc.subnets.push(node);
      this.t.subnets.set(s.SubnetId, node);
    }
    for (const rt of list(d.routeTables)) {
      const vpc = this.vpc(rt.VpcId, d);
      vpc.routeTables.push(rt);
      for (const a of rt.Associations ?? []) {
        const state = a.AssociationState?.State;
        if (state !== undefined && state !== 'associated') continue;
        if (a.Main) vpc.mainRouteTable = rt;
        if (a.SubnetId) this.t.subnetRouteTables.set(a.SubnetId, rt);
      }
      // The local route names the VPC CIDR even when describe-vpcs was not collected.
      for (const r of rt.Routes ?? []) {
        if (r.GatewayId === 'local') {
          for (const c of cidrsOf([r.DestinationCidrBlock])) {
            if (!vpc.cidrs.some((o) => o.base === c.base && o.prefix === c.prefix)) vpc.cidrs.push(c);
          }
        }
      }
    }
    for (const acl of list(d.networkAcls)) {
      const vpc = this.vpc(acl.VpcId, d);
      vpc.networkAcls.push(acl);
      if (acl.IsDefault) vpc.defaultNetworkAcl = acl;
      for (const a of acl.Associations ?? []) if (a.SubnetId) this.t.subnetNetworkAcls.set(a.SubnetId, acl);
    }
    for (const sg of list(d.securityGroups)) this.t.securityGroups.set(sg.GroupId, { id: sg.GroupId, raw: sg, data: d });
    for (const igw of list(d.internetGateways)) {
      this.t.internetGateways.set(igw.InternetGatewayId, igw);
      for (const a of igw.Attachments ?? []) {
        if (a.VpcId && (a.State === 'available' || a.State === 'attached')) this.vpc(a.VpcId, d).internetGateways.push(igw);
      }
    }
    for (const vgw of list(d.vpnGateways)) {
      this.t.vpnGateways.set(vgw.VpnGatewayId, vgw);
      for (const a of vgw.VpcAttachments ?? []) if (a.VpcId && a.State === 'attached') this.vpc(a.VpcId, d).vpnGateways.push(vgw);
    }
    for (const vpn of list(d.vpnConnections)) {
      if (!vpn.VpnGatewayId) continue;
      const l = this.t.vpnConnectionsByVgw.get(vpn.VpnGatewayId) ?? [];
      l.push(vpn);
      this.t.vpnConnectionsByVgw.set(vpn.VpnGatewayId, l);
    }
    for (const pcx of list(d.vpcPeeringConnections)) {
      const prev = this.t.peerings.get(pcx.VpcPeeringConnectionId);
      // Both accounts list a cross-account peering; keep the first, it carries the same status.
      if (!prev) this.t.peerings.set(pcx.VpcPeeringConnectionId, pcx);
    }
    for (const e of list(d.vpcEndpoints)) this.t.vpcEndpoints.set(e.VpcEndpointId, e);
    for (const [id, c] of d.prefixListEntries) {
      this.t.prefixLists.set(id, c.state === 'collected' ? { state: 'collected', file: c.file, value: cidrsOf(c.value.map((e) => e.Cidr)) } : c);
    }
  }

  nat(n: NatGateway, d: Ec2Data): void {
    const subnet = n.SubnetId ? this.t.subnets.get(n.SubnetId) : undefined;
    const vpc = n.VpcId ? this.vpc(n.VpcId, d) : subnet?.vpc;
    const addrs = n.NatGatewayAddresses ?? [];
    const node: NatNode = {
      id: n.NatGatewayId, raw: n, state: n.State ?? 'available',
      connectivity: n.ConnectivityType === 'private' ? 'private' : 'public',
      privateIps: addrs.map((a) => (a.PrivateIp ? parseIpv4(a.PrivateIp) : undefined)).filter((x): x is number => x !== undefined),
      publicIps: addrs.map((a) => (a.PublicIp ? parseIpv4(a.PublicIp) : undefined)).filter((x): x is number => x !== undefined),
    };
    if (vpc) node.vpc = vpc;
    if (subnet) node.subnet = subnet;
    this.t.natGateways.set(n.NatGatewayId, node);
    for (const ip of [...node.privateIps, ...node.publicIps]) this.t.natsByIp.set(ip, node);
  }

  eni(ni: NetworkInterface, d: Ec2Data, instance?: InstanceNode, synthesized = false): EniNode {
    const existing = this.t.enis.get(ni.NetworkInterfaceId);
    if (existing) {
      if (instance && !existing.instance) existing.instance = instance;
      return existing;
    }
    const subnet = ni.SubnetId ? this.t.subnets.get(ni.SubnetId) : undefined;
    const vpc = subnet?.vpc ?? (ni.VpcId ? this.vpc(ni.VpcId, d) : undefined);
    const node: EniNode = {
      id: ni.NetworkInterfaceId, raw: ni, data: d, addresses: addressesOf(ni, instance?.raw),
      groupIds: (ni.Groups ?? []).map((g) => g.GroupId).filter((g): g is string => typeof g === 'string'),
      sourceDestCheck: ni.SourceDestCheck ?? instance?.raw.SourceDestCheck ?? true,
    };
    if (subnet) node.subnet = subnet;
    if (vpc) node.vpc = vpc;
    if (instance) node.instance = instance;
    if (synthesized) node.synthesized = true;
    this.t.enis.set(node.id, node);
    return node;
  }

  interfaces(d: Ec2Data): void {
    for (const n of list(d.natGateways)) this.nat(n, d);
    const byInstance = new Map<string, NetworkInterface[]>();
    for (const ni of list(d.networkInterfaces)) {
      const iid = ni.Attachment?.InstanceId;
      if (iid) byInstance.set(iid, [...(byInstance.get(iid) ?? []), ni]);
    }
    for (const inst of list(d.instances)) {
      const node: InstanceNode = { id: inst.InstanceId, raw: inst, state: inst.State?.Name ?? 'unknown', enis: [] };
      const name = tagName(inst.Tags);
      if (name) node.name = name;
      this.t.instances.set(node.id, node);
      // describe-network-interfaces is the fuller record; describe-instances fills in when it was not collected.
      const full = new Map((byInstance.get(inst.InstanceId) ?? []).map((n) => [n.NetworkInterfaceId, n]));
      let nis = (inst.NetworkInterfaces ?? []).map((n) => full.get(n.NetworkInterfaceId) ?? { ...n, Attachment: { ...n.Attachment, InstanceId: inst.InstanceId } });
      for (const n of full.values()) if (!nis.some((x) => x.NetworkInterfaceId === n.NetworkInterfaceId)) nis.push(n);
      let synthesized = false;
      if (nis.length === 0 && inst.SubnetId && inst.PrivateIpAddress) {
        synthesized = true;
        const synth: NetworkInterface = {
          NetworkInterfaceId: `${inst.InstanceId}:eth0`, SubnetId: inst.SubnetId, PrivateIpAddress: inst.PrivateIpAddress,
          Groups: inst.SecurityGroups ?? [], Attachment: { InstanceId: inst.InstanceId, DeviceIndex: 0 },
        };
        if (inst.VpcId) synth.VpcId = inst.VpcId;
        if (inst.PublicIpAddress) synth.Association = { PublicIp: inst.PublicIpAddress };
        if (inst.SourceDestCheck !== undefined) synth.SourceDestCheck = inst.SourceDestCheck;
        nis = [synth];
      }
      nis.sort((a, b) => (a.Attachment?.DeviceIndex ?? 0) - (b.Attachment?.DeviceIndex ?? 0));
      for (const ni of nis) {
        const e = this.eni(ni, d, node, synthesized);
        node.enis.push(e);
        if ((ni.Attachment?.DeviceIndex ?? 0) === 0 && !node.primaryEni) node.primaryEni = e;
      }
      if (!node.primaryEni && node.enis[0]) node.primaryEni = node.enis[0];
    }
    for (const ni of list(d.networkInterfaces)) {
      const e = this.eni(ni, d);
      if (!e.natGateway && ni.InterfaceType === 'nat_gateway') {
        for (const nat of this.t.natGateways.values()) {
          if (nat.raw.NatGatewayAddresses?.some((a) => a.NetworkInterfaceId === ni.NetworkInterfaceId)) e.natGateway = nat;
        }
      }
    }
  }

  index(): void {
    for (const e of this.t.enis.values()) {
      for (const a of e.addresses) {
        const l = this.t.enisByPrivateIp.get(a.ip);
        if (l) l.push(e);
        else this.t.enisByPrivateIp.set(a.ip, [e]);
        if (a.publicIp !== undefined && !e.natGateway) this.t.enisByPublicIp.set(a.publicIp, e);
      }
    }
  }
}

/** Builds the model from the EC2 data of any number of accounts and regions. */
export function buildTopology(regions: readonly Ec2Data[]): Topology {
  const b = new Builder();
  for (const d of regions) b.region(d);
  for (const d of regions) b.interfaces(d);
  b.index();
  return b.t;
}

/** The route table AWS consults for traffic leaving the subnet: the explicit association, else the VPC's main table. */
export function routeTableOf(t: Topology, subnet: SubnetNode): { table: RouteTable; association: 'explicit' | 'main' } | undefined {
  const explicit = t.subnetRouteTables.get(subnet.id);
  if (explicit) return { table: explicit, association: 'explicit' };
  return subnet.vpc.mainRouteTable ? { table: subnet.vpc.mainRouteTable, association: 'main' } : undefined;
}

/** The network ACL of the subnet: its association, else the VPC's default network ACL. */
export function networkAclOf(t: Topology, subnet: SubnetNode): NetworkAcl | undefined {
  return t.subnetNetworkAcls.get(subnet.id) ?? subnet.vpc.defaultNetworkAcl;
}

/** The interface holding the private address inside the VPC (or, failing that, in any VPC when unique). */
export function eniByPrivateIp(t: Topology, ip: number, vpc?: VpcNode): EniNode | undefined {
  const l = t.enisByPrivateIp.get(ip);
  if (!l || l.length === 0) return undefined;
  if (vpc) return l.find((e) => e.vpc === vpc);
  return l.length === 1 ? l[0] : undefined;
}

/** A display label for an interface: its instance id when it has one. */
export function eniLabel(e: EniNode): string {
  return e.instance ? e.instance.id : e.natGateway ? e.natGateway.id : e.id;
}

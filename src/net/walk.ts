// Walks one packet hop by hop through interfaces, subnets and gateways, recording steps, blockers and unknowns
// (one class past 400 lines on purpose: the request and its reply share its NAT sessions and entry gateways).
import { formatIpv4 } from '../core/cidr.js';
import type { PortRange } from '../core/ports.js';
import type { Ec2Data, Ec2ListKey } from '../snapshot/ec2/model.js';
import { formatAddress, isPublic, type Address } from './address.js';
import {
  attachedInternetGateway, checkInternetGatewayAttached, noInternetGateway, noPublicIp, privateDestination, publicAddressFor,
} from './internet-gateway.js';
import { checkNatGateway, natAsymmetric, natNoInbound, natNotInPublicSubnet } from './nat-gateway.js';
import { aclBlocker, evaluateNetworkAcl, formatDeniedPorts } from './network-acl.js';
import { inPeer, peerOf, peeringNotActive, peeringOutsidePeer } from './peering.js';
import { asymmetricReply, blackholeRoute, formatRoute, lookupRoute, type RouteMatch, type RouteTarget } from './route-table.js';
import { instanceNotRunning } from './instance.js';
import { evaluateSecurityGroups, sgBlocker } from './security-group.js';
import { suggestRoute } from './suggest.js';
import {
  eniByPrivateIp, networkAclOf, routeTableOf, type EniNode, type NatNode, type SubnetNode, type Topology, type VpcNode,
} from './topology.js';
import type { BlockerDraft, Hop, Step, TraceRecorder } from './trace.js';
import { checkVpnGateway, ingressVpnGateway, noVpnGateway } from './vpn-gateway.js';

/** A packet on the wire: addresses after any translation so far, protocol, ports and ICMP type. */
export interface Packet {
  src: Address;
  dst: Address;
  protocol: number;
  dstPorts: PortRange;
  srcPorts: PortRange;
  icmpType?: number;
  /** The sending interface while the source address is still its private address (for security group references). */
  srcEni?: EniNode;
}

/** Where a walk ended. */
export type Arrival =
  | { kind: 'interface'; eni: EniNode; pkt: Packet }
  | { kind: 'internet'; pkt: Packet }
  | { kind: 'on-premises'; pkt: Packet; vpc: VpcNode; vgwId: string };

/** The gateway through which the request entered a VPC; the reply must leave through it. */
interface Entry {
  kind: 'igw' | 'pcx' | 'vgw';
  id: string;
}

/** What sent the packet into a subnet's router: an interface or a NAT gateway. */
type Origin = { kind: 'eni' } | { kind: 'nat'; nat: NatNode };

const TARGET_KIND: Record<Entry['kind'], RouteTarget['kind']> = { igw: 'igw', pcx: 'pcx', vgw: 'vgw' };

/** The packet walker: one per question, used for the request and then the reply. */
export class Walker {
  /** Gateways by which the request entered each VPC. */
  private readonly entries = new Map<string, Entry>();
  private readonly natSessions: { nat: NatNode; src: Address; srcEni?: EniNode }[] = [];
  private budget = 64;

  constructor(readonly t: Topology, readonly rec: TraceRecorder) {}

  private step(hop: Hop, s: Step): void {
    const { kind, action, id, ...rest } = s;
    hop.steps.push({ kind, action, id, ...rest } as Step);
  }

  private block(hop: Hop, s: Step, b: BlockerDraft, direction: 'outbound' | 'inbound'): void {
    this.step(hop, s.rule === undefined ? { ...s, rule: b.rule } : s);
    this.rec.block(b, direction);
  }

  /** Records an unknown when a file of the region was not collected; returns true when so. */
  private missing(hop: Hop, data: Ec2Data, key: Ec2ListKey, what: string, kind: Step['kind'], id: string): boolean {
    const c = data[key];
    if (c.state === 'collected') return false;
    const reason = c.state === 'missing' ? 'not collected' : `unreadable: ${c.reason}`;
    this.rec.unknown({ what, file: c.file, reason });
    this.insufficient(hop, kind, id, `${what}: ${c.file} ${reason}`, false);
    return true;
  }

  private insufficient(hop: Hop, kind: Step['kind'], id: string, note: string, record = true): void {
    this.step(hop, { kind, action: 'insufficient-info', id, note } as Step);
    if (record) this.rec.unknown({ what: note, reason: 'not in the snapshot' });
  }

  /** The interface with the address in the VPC, or in a VPC peered with it. */
  private eniNear(vpc: VpcNode | undefined, a: Address): EniNode | undefined {
    if (a === 'internet') return undefined;
    return (vpc ? eniByPrivateIp(this.t, a, vpc) : undefined) ?? eniByPrivateIp(this.t, a);
  }

  /** Sends a packet from an interface: instance state, security group egress (request only), then the subnet's route. */
  sendFromEni(eni: EniNode, pkt: Packet): Arrival | undefined {
    const hop = this.rec.hop({ type: 'interface', id: eni.id, ...(eni.vpc ? { vpcId: eni.vpc.id } : {}) });
    const inst = eni.instance;
    const base = { kind: 'interface' as const, id: eni.id, address: formatAddress(pkt.src), ...(inst ? { instanceId: inst.id, state: inst.state } : {}) };
    if (inst && inst.state !== 'running') {
      this.block(hop, { ...base, action: 'denied', note: `${inst.id} is ${inst.state}` }, instanceNotRunning(inst.id, inst.state), 'outbound');
    } else this.step(hop, { ...base, action: 'permitted' });
    if (this.rec.phase === 'request') this.securityGroups(hop, eni, 'outbound', pkt);
    if (!eni.subnet) {
      this.noSubnet(hop, eni);
      return undefined;
    }
    return this.routeOut(eni.subnet, pkt, { kind: 'eni' });
  }

  private noSubnet(hop: Hop, eni: EniNode): void {
    if (!this.missing(hop, eni.data, 'subnets', `subnet of ${eni.id}`, 'interface', eni.id)) {
      this.insufficient(hop, 'interface', eni.id, `subnet ${eni.raw.SubnetId ?? '?'} of ${eni.id} is not in the snapshot`);
    }
  }

  /** The subnet's router: route lookup, network ACL outbound when leaving the subnet, then the target. */
  private routeOut(subnet: SubnetNode, pkt: Packet, origin: Origin): Arrival | undefined {
    if (--this.budget < 0) {
      this.rec.note('the path loops; stopped following it');
      return undefined;
    }
    const vpc = subnet.vpc;
    const hop = this.rec.hop({ type: 'subnet', id: subnet.id, vpcId: vpc.id });
    const rt = routeTableOf(this.t, subnet);
    if (!rt) {
      if (!this.missing(hop, vpc.data, 'routeTables', `route tables of ${vpc.id}`, 'route-table', subnet.id)) {
        this.insufficient(hop, 'route-table', subnet.id, `no route table of ${subnet.id} (and no main route table of ${vpc.id}) in the snapshot`);
      }
      return undefined;
    }
    const rtId = rt.table.RouteTableId;
    const { match, unresolved } = lookupRoute(this.t, rt.table, pkt.dst);
    for (const pl of unresolved) this.rec.note(`routes to prefix list ${pl} in ${rtId} were not considered: its entries were not collected`);
    const expected = this.rec.phase === 'reply' ? this.entries.get(vpc.id) : undefined;
    const local = match?.target.kind === 'local' ? this.eniNear(vpc, pkt.dst) : undefined;
    const natLocal = match?.target.kind === 'local' && pkt.dst !== 'internet' ? this.t.natsByIp.get(pkt.dst) : undefined;
    const sameSubnet = (local !== undefined && local.subnet === subnet) || (natLocal !== undefined && natLocal.subnet === subnet);
    // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-basics: ACLs apply where traffic enters or leaves a subnet.
    if (!sameSubnet && !(origin.kind === 'nat' && match?.target.kind === 'local' && local?.subnet === subnet)) {
      this.networkAcl(hop, subnet, 'outbound', pkt, 'outbound');
    }
    const rtBase = { kind: 'route-table' as const, id: rtId, subnetId: subnet.id, association: rt.association };
    let target: RouteTarget | undefined = match?.target;
    if (!match) {
      const s = suggestRoute(this.t, vpc, pkt, expected ? { kind: TARGET_KIND[expected.kind], id: expected.id } as RouteTarget : undefined);
      const noRoute = origin.kind === 'nat' && isPublic(pkt.dst) ? natNotInPublicSubnet(origin.nat, rtId) : s.blocker(rtId, formatAddress(pkt.dst));
      this.block(hop, { ...rtBase, action: 'no-route', rule: `no route to ${formatAddress(pkt.dst)}`, note: noRoute.reason }, noRoute, 'outbound');
      target = s.target;
      if (!target) return undefined;
    } else {
      const rule = formatRoute(match);
      const step = { ...rtBase, rule, destination: match.destination, target: match.target.id, origin: match.origin, state: match.state };
      if (expected && (match.target.kind !== TARGET_KIND[expected.kind] || match.target.id !== expected.id)) {
        const nat = match.target.kind === 'nat' ? this.t.natGateways.get(match.target.id) : undefined;
        const expectedTarget = { kind: TARGET_KIND[expected.kind], id: expected.id } as RouteTarget;
        const cidr = suggestRoute(this.t, vpc, pkt, expectedTarget).cidr;
        const b: BlockerDraft = nat ? natAsymmetric(nat, rtId, rule, expected.id) : asymmetricReply(rtId, rule, expected, cidr);
        this.block(hop, { ...step, action: 'denied', note: b.reason }, b, 'outbound');
        target = { kind: TARGET_KIND[expected.kind], id: expected.id } as RouteTarget;
      } else if (match.state === 'blackhole') {
        this.block(hop, { ...step, action: 'denied', note: 'blackhole route' }, blackholeRoute(rtId, match, rule), 'outbound');
      } else this.step(hop, { ...step, action: 'forwarded' });
    }
    if (!target) return undefined;
    return this.viaTarget(target, subnet, pkt, origin, rtId, match);
  }

  private viaTarget(target: RouteTarget, subnet: SubnetNode, pkt: Packet, origin: Origin, rtId: string, match?: RouteMatch): Arrival | undefined {
    const vpc = subnet.vpc;
    switch (target.kind) {
      case 'local': {
        const eni = this.eniNear(vpc, pkt.dst);
        if (eni && eni.vpc === vpc) return this.deliver(eni, pkt, subnet);
        const hop = this.rec.hop({ type: 'subnet', id: vpc.id, vpcId: vpc.id });
        if (this.missing(hop, vpc.data, 'networkInterfaces', `network interfaces of ${vpc.id}`, 'route-table', rtId)) return undefined;
        this.insufficient(hop, 'route-table', rtId, `no network interface with address ${formatAddress(pkt.dst)} in ${vpc.id} is in the snapshot`);
        return undefined;
      }
      case 'igw':
        return this.igwEgress(vpc, target.id, pkt);
      case 'nat':
        return this.natEgress(subnet, target.id, pkt, origin, rtId, match?.destination ?? '0.0.0.0/0', match?.state === 'blackhole');
      case 'vgw':
        return this.vgwEgress(vpc, target.id, pkt);
      case 'pcx':
        return this.peeringEgress(vpc, target.id, pkt, match?.state === 'blackhole');
      default: {
        const hop = this.rec.hop({ type: 'transit', id: target.id, vpcId: vpc.id });
        const what = target.kind === 'instance' || target.kind === 'eni'
          ? `traffic is forwarded to ${target.id} (a NAT instance or appliance); whynot does not model what it does with it`
          : `traffic is forwarded to ${target.id}; ${target.kind === 'tgw' ? 'transit gateway routing' : 'this target'} is not modelled`;
        this.step(hop, { kind: 'transit', action: 'insufficient-info', id: target.id, note: what });
        this.rec.unknown({ what, reason: 'not modelled' });
        return undefined;
      }
    }
  }

  /** Delivers to an interface: network ACL inbound when entering its subnet, security groups (request), instance state. */
  private deliver(eni: EniNode, pkt: Packet, from: SubnetNode | undefined): Arrival | undefined {
    if (eni.subnet && from !== eni.subnet) {
      const hop = this.rec.hop({ type: 'subnet', id: eni.subnet.id, vpcId: eni.subnet.vpc.id });
      this.networkAcl(hop, eni.subnet, 'inbound', pkt, 'inbound');
    } else if (!eni.subnet) this.noSubnet(this.rec.hop({ type: 'subnet', id: eni.raw.SubnetId ?? eni.id }), eni);
    const hop = this.rec.hop({ type: 'interface', id: eni.id, ...(eni.vpc ? { vpcId: eni.vpc.id } : {}) });
    if (this.rec.phase === 'request' && !eni.natGateway) this.securityGroups(hop, eni, 'inbound', pkt);
    const inst = eni.instance;
    const base = { kind: 'interface' as const, id: eni.id, address: formatAddress(pkt.dst), ...(inst ? { instanceId: inst.id, state: inst.state } : {}) };
    if (inst && inst.state !== 'running' && this.rec.phase === 'request') {
      this.block(hop, { ...base, action: 'denied', note: `${inst.id} is ${inst.state}` }, instanceNotRunning(inst.id, inst.state), 'inbound');
    } else this.step(hop, { ...base, action: 'delivered' });
    return { kind: 'interface', eni, pkt };
  }

  private networkAcl(hop: Hop, subnet: SubnetNode, direction: 'inbound' | 'outbound', pkt: Packet, blockDir: 'inbound' | 'outbound'): void {
    const acl = networkAclOf(this.t, subnet);
    if (!acl) {
      if (!this.missing(hop, subnet.vpc.data, 'networkAcls', `network ACLs of ${subnet.vpc.id}`, 'network-acl', subnet.id)) {
        this.insufficient(hop, 'network-acl', subnet.id, `no network ACL of ${subnet.id} (and no default network ACL of ${subnet.vpc.id}) in the snapshot`);
      }
      return;
    }
    const remote = direction === 'inbound' ? pkt.src : pkt.dst;
    const v = evaluateNetworkAcl(acl, direction, { protocol: pkt.protocol, remote, ports: pkt.dstPorts, ...(pkt.icmpType !== undefined ? { icmpType: pkt.icmpType } : {}) });
    const denied = formatDeniedPorts(v);
    const step: Step = {
      kind: 'network-acl', action: v.action === 'allow' ? 'permitted' : 'denied', id: acl.NetworkAclId, direction, subnetId: subnet.id,
      ruleNumber: v.ruleNumber, ruleAction: v.action, rule: v.rule, ...(denied ? { deniedPorts: denied } : {}),
    };
    if (v.action === 'allow') return this.step(hop, step);
    const b = aclBlocker(acl.NetworkAclId, direction, v, pkt, this.rec.phase === 'reply');
    this.block(hop, { ...step, note: b.reason }, b, blockDir);
  }

  private securityGroups(hop: Hop, eni: EniNode, direction: 'inbound' | 'outbound', pkt: Packet): void {
    if (eni.natGateway || (eni.groupIds.length === 0 && eni.raw.InterfaceType !== undefined && eni.raw.InterfaceType !== 'interface')) return;
    const data = eni.vpc?.data ?? this.t.regions[0];
    if (data && this.missing(hop, data, 'securityGroups', `security groups of ${eni.id}`, 'security-group', eni.groupIds[0] ?? eni.id)) return;
    const remote = direction === 'inbound' ? pkt.src : pkt.dst;
    const remoteEni = direction === 'inbound' ? pkt.srcEni : this.eniNear(eni.vpc, remote);
    const v = evaluateSecurityGroups(this.t, eni.groupIds, direction, {
      protocol: pkt.protocol, port: pkt.dstPorts.from, remote, region: eni.vpc?.region ?? '',
      ...(pkt.icmpType !== undefined ? { icmpType: pkt.icmpType } : {}), ...(remoteEni ? { remoteEni } : {}),
    });
    const base = { kind: 'security-group' as const, id: eni.groupIds.join(', ') || eni.id, direction, groupIds: v.groupIds };
    if (v.allowed) return this.step(hop, { ...base, action: 'permitted', rule: v.rule as string, matchedGroupId: v.matchedGroupId as string });
    if (v.missingGroups.length > 0 || v.unresolvedPrefixLists.length > 0) {
      const what = [...v.missingGroups.map((g) => `security group ${g}`), ...v.unresolvedPrefixLists.map((p) => `prefix list ${p} entries`)].join(', ');
      return this.insufficient(hop, 'security-group', base.id, `${what} of ${eni.id} not in the snapshot`);
    }
    const b = sgBlocker(eni, v.groupIds, direction, pkt, remote, remoteEni);
    this.block(hop, { ...base, action: 'denied', rule: b.rule, note: 'security groups allow only what a rule allows' }, b, direction);
  }

  private igwEgress(vpc: VpcNode, igwId: string, pkt: Packet): Arrival | undefined {
    const hop = this.rec.hop({ type: 'internet-gateway', id: igwId, vpcId: vpc.id });
    const detached = this.t.internetGateways.size > 0 || vpc.data.internetGateways.state === 'collected' ? checkInternetGatewayAttached(this.t, vpc, igwId) : undefined;
    if (vpc.data.internetGateways.state !== 'collected') this.missing(hop, vpc.data, 'internetGateways', `internet gateways of ${vpc.id}`, 'internet-gateway', igwId);
    else if (detached) this.block(hop, { kind: 'internet-gateway', action: 'denied', id: igwId, note: detached.reason }, detached, 'outbound');
    if (!isPublic(pkt.dst)) {
      const b = privateDestination(igwId, formatAddress(pkt.dst));
      this.block(hop, { kind: 'internet-gateway', action: 'denied', id: igwId, note: b.reason }, b, 'outbound');
      return undefined;
    }
    const src = pkt.src;
    if (src === 'internet') return undefined;
    const pub = publicAddressFor(this.t, vpc, src);
    if (pub.publicIp === undefined) {
      const eni = pub.eni ?? this.eniNear(vpc, src);
      if (eni) {
        const b = noPublicIp(eni, false);
        this.block(hop, { kind: 'internet-gateway', action: 'denied', id: igwId, note: b.reason }, b, 'outbound');
      } else this.insufficient(hop, 'internet-gateway', igwId, `no public address for ${formatIpv4(src)} in the snapshot`);
      return undefined;
    }
    this.step(hop, { kind: 'internet-gateway', action: 'translated', id: igwId, translation: { from: formatIpv4(src), to: formatIpv4(pub.publicIp) } });
    return this.onInternet({ ...pkt, src: pub.publicIp, srcEni: undefined });
  }

  /** Opens a leg at an outside end: the internet or the on-premises network. */
  startOutside(kind: 'internet' | 'on-premises', pkt: Packet): void {
    const hop = this.rec.hop({ type: kind, id: kind });
    this.step(hop, { kind, action: 'forwarded', id: kind, address: formatAddress(pkt.src) });
  }

  /** The packet is on the internet: into a VPC by a public address, to a NAT gateway, or to an internet host. */
  onInternet(pkt: Packet): Arrival | undefined {
    const dst = pkt.dst;
    if (dst !== 'internet') {
      const nat = this.t.natsByIp.get(dst);
      if (nat && nat.publicIps.includes(dst)) return this.natFromOutside(nat, pkt);
      const eni = this.t.enisByPublicIp.get(dst);
      if (eni?.vpc) return this.igwIngress(eni.vpc, eni, pkt);
    }
    const hop = this.rec.hop({ type: 'internet', id: 'internet' });
    this.step(hop, { kind: 'internet', action: 'delivered', id: 'internet', address: formatAddress(dst) });
    return { kind: 'internet', pkt };
  }

  /** Enters a VPC from the internet towards an interface: attached gateway, public-to-private translation. */
  igwIngress(vpc: VpcNode, eni: EniNode, pkt: Packet): Arrival | undefined {
    const igw = attachedInternetGateway(vpc);
    const hop = this.rec.hop({ type: 'internet-gateway', id: igw?.InternetGatewayId ?? vpc.id, vpcId: vpc.id });
    if (!igw) {
      if (!this.missing(hop, vpc.data, 'internetGateways', `internet gateways of ${vpc.id}`, 'internet-gateway', vpc.id)) {
        const b = noInternetGateway(vpc);
        this.block(hop, { kind: 'internet-gateway', action: 'denied', id: vpc.id, note: b.reason }, b, 'outbound');
      }
    }
    const igwId = igw?.InternetGatewayId ?? vpc.id;
    const addr = eni.addresses.find((a) => a.publicIp !== undefined && a.publicIp === pkt.dst);
    const priv = addr ?? eni.addresses.find((a) => a.primary) ?? eni.addresses[0];
    if (!addr) {
      const b = noPublicIp(eni, true);
      this.block(hop, { kind: 'internet-gateway', action: 'denied', id: igwId, note: b.reason }, b, 'outbound');
    } else this.step(hop, { kind: 'internet-gateway', action: 'translated', id: igwId, translation: { from: formatIpv4(addr.publicIp as number), to: addr.text } });
    if (!priv) return undefined;
    if (this.rec.phase === 'request' && igw) this.entries.set(vpc.id, { kind: 'igw', id: igw.InternetGatewayId });
    return this.deliver(eni, { ...pkt, dst: priv.ip }, undefined);
  }

  private natEgress(subnet: SubnetNode, natId: string, pkt: Packet, origin: Origin, rtId: string, destination: string, blackholed: boolean): Arrival | undefined {
    const hop = this.rec.hop({ type: 'nat-gateway', id: natId, vpcId: subnet.vpc.id });
    const nat = this.t.natGateways.get(natId);
    if (!nat && subnet.vpc.data.natGateways.state !== 'collected') {
      this.missing(hop, subnet.vpc.data, 'natGateways', `NAT gateways of ${subnet.vpc.id}`, 'nat-gateway', natId);
      return undefined;
    }
    const bad = checkNatGateway(this.t, natId, rtId, destination);
    if (bad && !(blackholed && bad.type === 'route-table')) this.block(hop, { kind: 'nat-gateway', action: 'denied', id: natId, note: bad.reason }, bad, 'outbound');
    if (!nat || !nat.subnet) return undefined;
    if (origin.kind === 'nat') {
      const b = natNotInPublicSubnet(origin.nat, rtId);
      this.block(hop, { kind: 'nat-gateway', action: 'denied', id: natId, note: b.reason }, b, 'outbound');
      return undefined;
    }
    if (nat.subnet !== subnet) {
      const sh = this.rec.hop({ type: 'subnet', id: nat.subnet.id, vpcId: nat.subnet.vpc.id });
      this.networkAcl(sh, nat.subnet, 'inbound', pkt, 'outbound');
    }
    const natIp = nat.privateIps[0];
    if (natIp === undefined || pkt.src === 'internet') {
      this.insufficient(this.rec.hop({ type: 'nat-gateway', id: natId }), 'nat-gateway', natId, `no private address of ${natId} in the snapshot`);
      return undefined;
    }
    const natHop = this.rec.hop({ type: 'nat-gateway', id: natId, vpcId: nat.subnet.vpc.id });
    this.step(natHop, { kind: 'nat-gateway', action: 'translated', id: natId, translation: { from: formatIpv4(pkt.src), to: formatIpv4(natIp) } });
    this.natSessions.push({ nat, src: pkt.src, ...(pkt.srcEni ? { srcEni: pkt.srcEni } : {}) });
    return this.routeOut(nat.subnet, { ...pkt, src: natIp, srcEni: undefined }, { kind: 'nat', nat });
  }

  /** A packet reaches a NAT gateway from outside: only the reply to a connection it opened passes, translated back. */
  private natFromOutside(nat: NatNode, pkt: Packet): Arrival | undefined {
    const session = this.natSessions.find((s) => s.nat === nat);
    const igw = nat.vpc ? attachedInternetGateway(nat.vpc) : undefined;
    const natIp = nat.privateIps[nat.publicIps.indexOf(pkt.dst as number)] ?? nat.privateIps[0];
    if (igw && natIp !== undefined) {
      const ih = this.rec.hop({ type: 'internet-gateway', id: igw.InternetGatewayId, ...(nat.vpc ? { vpcId: nat.vpc.id } : {}) });
      this.step(ih, { kind: 'internet-gateway', action: 'translated', id: igw.InternetGatewayId, translation: { from: formatAddress(pkt.dst), to: formatIpv4(natIp) } });
    }
    const inside: Packet = natIp === undefined ? pkt : { ...pkt, dst: natIp };
    if (this.rec.phase === 'request' || !session || !nat.subnet) {
      const hop = this.rec.hop({ type: 'nat-gateway', id: nat.id, ...(nat.vpc ? { vpcId: nat.vpc.id } : {}) });
      const b = natNoInbound(nat);
      this.block(hop, { kind: 'nat-gateway', action: 'denied', id: nat.id, note: b.reason }, b, 'outbound');
      return undefined;
    }
    const sh = this.rec.hop({ type: 'subnet', id: nat.subnet.id, vpcId: nat.subnet.vpc.id });
    this.networkAcl(sh, nat.subnet, 'inbound', inside, 'outbound');
    const hop = this.rec.hop({ type: 'nat-gateway', id: nat.id, vpcId: nat.subnet.vpc.id });
    this.step(hop, { kind: 'nat-gateway', action: 'translated', id: nat.id, translation: { from: formatAddress(inside.dst), to: formatAddress(session.src) } });
    const back: Packet = { ...pkt, dst: session.src };
    return this.routeOut(nat.subnet, back, { kind: 'nat', nat });
  }

  private vgwEgress(vpc: VpcNode, vgwId: string, pkt: Packet): Arrival | undefined {
    const hop = this.rec.hop({ type: 'vpn-gateway', id: vgwId, vpcId: vpc.id });
    if (vpc.data.vpnGateways.state !== 'collected') this.missing(hop, vpc.data, 'vpnGateways', `virtual private gateways of ${vpc.id}`, 'vpn-gateway', vgwId);
    const vpnCollected = vpc.data.vpnConnections.state === 'collected';
    if (!vpnCollected) this.missing(hop, vpc.data, 'vpnConnections', `VPN connections of ${vgwId}`, 'vpn-gateway', vgwId);
    const c = checkVpnGateway(this.t, vpc, vgwId, pkt.dst, vpnCollected);
    if (c.blocker) this.block(hop, { kind: 'vpn-gateway', action: 'denied', id: c.blocker.id, note: c.blocker.reason }, c.blocker, 'outbound');
    else this.step(hop, { kind: 'vpn-gateway', action: 'forwarded', id: vgwId, ...(c.vpn ? { rule: `via ${c.vpn.VpnConnectionId}` } : {}) });
    const out = this.rec.hop({ type: 'on-premises', id: 'on-premises' });
    this.step(out, { kind: 'on-premises', action: 'delivered', id: c.vpn?.VpnConnectionId ?? vgwId, address: formatAddress(pkt.dst) });
    return { kind: 'on-premises', pkt, vpc, vgwId };
  }

  /** Enters a VPC from the on-premises network through its virtual private gateway. */
  vgwIngress(vpc: VpcNode, eni: EniNode, pkt: Packet, vgwId?: string): Arrival | undefined {
    const vgw = vgwId ? this.t.vpnGateways.get(vgwId) : ingressVpnGateway(vpc);
    const id = vgw?.VpnGatewayId ?? vgwId ?? vpc.id;
    const hop = this.rec.hop({ type: 'vpn-gateway', id, vpcId: vpc.id });
    if (!vgw && !vgwId) {
      if (!this.missing(hop, vpc.data, 'vpnGateways', `virtual private gateways of ${vpc.id}`, 'vpn-gateway', vpc.id)) {
        const b = noVpnGateway(vpc);
        this.block(hop, { kind: 'vpn-gateway', action: 'denied', id: vpc.id, note: b.reason }, b, 'outbound');
      }
    } else if (this.rec.phase === 'request') {
      const vpnCollected = vpc.data.vpnConnections.state === 'collected';
      if (!vpnCollected) this.missing(hop, vpc.data, 'vpnConnections', `VPN connections of ${id}`, 'vpn-gateway', id);
      const c = checkVpnGateway(this.t, vpc, id, pkt.src, vpnCollected);
      if (c.blocker && c.blocker.explanation !== 'VPN_NO_STATIC_ROUTE') this.block(hop, { kind: 'vpn-gateway', action: 'denied', id: c.blocker.id, note: c.blocker.reason }, c.blocker, 'outbound');
      else this.step(hop, { kind: 'vpn-gateway', action: 'forwarded', id, ...(c.vpn ? { rule: `via ${c.vpn.VpnConnectionId}` } : {}) });
      this.entries.set(vpc.id, { kind: 'vgw', id });
    } else this.step(hop, { kind: 'vpn-gateway', action: 'forwarded', id });
    return this.deliver(eni, pkt, undefined);
  }

  private peeringEgress(vpc: VpcNode, pcxId: string, pkt: Packet, blackholed: boolean): Arrival | undefined {
    const hop = this.rec.hop({ type: 'peering', id: pcxId, vpcId: vpc.id });
    const pcx = this.t.peerings.get(pcxId);
    if (!pcx) {
      if (!this.missing(hop, vpc.data, 'vpcPeeringConnections', `peering connections of ${vpc.id}`, 'peering', pcxId)) {
        this.insufficient(hop, 'peering', pcxId, `${pcxId} is not in the snapshot (deleted?)`);
      }
      return undefined;
    }
    const status = pcx.Status?.Code ?? 'unknown';
    const peer = peerOf(this.t, pcx, vpc.id);
    if (status !== 'active' && !blackholed) {
      const b = peeringNotActive(pcxId, status);
      this.block(hop, { kind: 'peering', action: 'denied', id: pcxId, status, note: b.reason }, b, 'outbound');
    }
    if (!peer) {
      this.insufficient(hop, 'peering', pcxId, `${vpc.id} is not a side of ${pcxId}`);
      return undefined;
    }
    if (!inPeer(peer, pkt.dst)) {
      const b = peeringOutsidePeer(pcxId, vpc, peer, pkt.dst);
      this.block(hop, { kind: 'peering', action: 'denied', id: pcxId, status, note: b.reason }, b, 'outbound');
      return undefined;
    }
    if (status === 'active' || blackholed) this.step(hop, { kind: 'peering', action: 'forwarded', id: pcxId, status, rule: `${vpc.id} → ${peer.vpcId}` });
    const peerVpc = peer.vpc;
    if (!peerVpc) {
      this.insufficient(hop, 'peering', pcxId, `peer ${peer.vpcId}${peer.ownerId ? ` (account ${peer.ownerId})` : ''} is not in the snapshot`);
      return undefined;
    }
    if (this.rec.phase === 'request') this.entries.set(peerVpc.id, { kind: 'pcx', id: pcxId });
    const eni = pkt.dst === 'internet' ? undefined : eniByPrivateIp(this.t, pkt.dst, peerVpc);
    if (!eni) {
      this.insufficient(hop, 'peering', pcxId, `no network interface with address ${formatAddress(pkt.dst)} in ${peerVpc.id} is in the snapshot`);
      return undefined;
    }
    return this.deliver(eni, pkt, undefined);
  }
}

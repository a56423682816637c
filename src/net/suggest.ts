// What route is missing: the target a subnet would need for an address, and the CIDR to route to it.
import { formatIpv4 } from '../core/cidr.js';
import { inCidr, isPublic, type Address } from './address.js';
import { attachedInternetGateway, publicAddressFor } from './internet-gateway.js';
import type { BlockerDraft } from './trace.js';
import { inPeer, peerOf } from './peering.js';
import type { RouteTarget } from './route-table.js';
import type { Topology, VpcNode } from './topology.js';
import { availableVpnConnections, ingressVpnGateway } from './vpn-gateway.js';
import { parseIpv4Cidr } from '../core/cidr.js';

/** A route that would carry the packet, and how to report its absence. */
export interface RouteSuggestion {
  target?: RouteTarget;
  /** The destination CIDR to route, e.g. `0.0.0.0/0` or the peer VPC's CIDR. */
  cidr: string;
  /** The blocker for "no route", naming the route to add. */
  blocker: (routeTableId: string, dst: string) => BlockerDraft;
}

const DOCTOR: Partial<Record<RouteTarget['kind'], string>> = {
  igw: 'SUBNET_NO_ROUTE_TO_IGW', nat: 'PRIVATE_SUBNET_NO_NAT_ROUTE', pcx: 'PEERING_INCOMPLETE', vgw: 'VPN_ROUTE_MISSING',
};

function cidrFor(t: Topology, vpc: VpcNode, target: RouteTarget | undefined, dst: Address): string {
  if (dst === 'internet' || (isPublic(dst) && target?.kind !== 'pcx' && target?.kind !== 'vgw')) return '0.0.0.0/0';
  if (target?.kind === 'pcx') {
    const pcx = t.peerings.get(target.id);
    const peer = pcx ? peerOf(t, pcx, vpc.id) : undefined;
    const c = peer?.cidrs.find((x) => inCidr(x, dst));
    if (c) return c.text;
  }
  if (target?.kind === 'vgw') {
    for (const vpn of availableVpnConnections(t, target.id)) {
      for (const r of vpn.Routes ?? []) {
        const c = r.DestinationCidrBlock ? parseIpv4Cidr(r.DestinationCidrBlock) : undefined;
        if (c && inCidr(c, dst)) return c.text;
      }
    }
  }
  return `${formatIpv4(dst)}/32`;
}

function guess(t: Topology, vpc: VpcNode, src: Address, dst: Address): RouteTarget | undefined {
  if (isPublic(dst)) {
    const igw = attachedInternetGateway(vpc);
    const hasPublic = src !== 'internet' && publicAddressFor(t, vpc, src).publicIp !== undefined;
    if (igw && hasPublic) return { kind: 'igw', id: igw.InternetGatewayId };
    const nat = [...t.natGateways.values()].find((n) => n.vpc === vpc && n.state === 'available' && n.connectivity === 'public');
    if (nat) return { kind: 'nat', id: nat.id };
    return igw ? { kind: 'igw', id: igw.InternetGatewayId } : undefined;
  }
  for (const pcx of t.peerings.values()) {
    const peer = peerOf(t, pcx, vpc.id);
    if (peer && inPeer(peer, dst)) return { kind: 'pcx', id: pcx.VpcPeeringConnectionId };
  }
  const inSomeVpc = [...t.vpcs.values()].some((v) => v.cidrs.some((c) => inCidr(c, dst)));
  const vgw = ingressVpnGateway(vpc);
  if (!inSomeVpc && vgw) return { kind: 'vgw', id: vgw.VpnGatewayId };
  return undefined;
}

/** Suggests the route a subnet of `vpc` lacks for the packet; `expected` (the reply's way back) wins over guessing. */
export function suggestRoute(t: Topology, vpc: VpcNode, pkt: { src: Address; dst: Address }, expected?: RouteTarget): RouteSuggestion {
  const target = expected ?? guess(t, vpc, pkt.src, pkt.dst);
  const cidr = cidrFor(t, vpc, target, pkt.dst);
  return {
    ...(target ? { target } : {}),
    cidr,
    blocker: (rtId, dst) => {
      const b: BlockerDraft = {
        type: 'route-table', id: rtId, rule: `no route to ${dst}`,
        reason: `${rtId} has no route that matches ${dst}, so the VPC router drops the packet.`,
        fix: target
          ? `Add a route ${cidr} → ${target.id} to ${rtId}${target.kind === 'vgw' ? ` (or enable route propagation from ${target.id} on ${rtId})` : ''}${target.kind === 'pcx' && expected ? ': a peering connection needs a route in both VPCs' : ''}.`
          : `Add a route for ${dst} to ${rtId}; ${vpc.id} has no gateway that reaches it (create a peering connection, a NAT or internet gateway, a VPN or a transit gateway first).`,
        explanation: 'NO_ROUTE_TO_DESTINATION',
      };
      const dc = target ? DOCTOR[target.kind] : undefined;
      if (dc) b.doctorCode = dc;
      return b;
    },
  };
}

// Route selection in a subnet's route table: longest prefix, then static over prefix-list over propagated, local first.
import { parseIpv4Cidr, type Ipv4Cidr } from '../core/cidr.js';
import type { Route, RouteTable } from '../snapshot/ec2/types.js';
import { inCidr, type Address } from './address.js';
import type { Topology } from './topology.js';
import type { BlockerDraft } from './trace.js';

/** Where a route sends the packet. */
export type RouteTarget =
  | { kind: 'local'; id: 'local' }
  | { kind: 'igw' | 'nat' | 'vgw' | 'pcx' | 'instance' | 'eni' | 'tgw' | 'vpce' | 'eigw' | 'other'; id: string };

/** The route AWS picked for an address. */
export interface RouteMatch {
  route: Route;
  destination: string;
  prefix: number;
  target: RouteTarget;
  origin: 'local' | 'static' | 'propagated';
  /** `active` or `blackhole`. */
  state: string;
  /** Set when the destination is a prefix list. */
  prefixListId?: string;
}

/** The target of a route, read from whichever target field AWS filled in. */
export function routeTarget(r: Route): RouteTarget {
  const g = r.GatewayId;
  if (g === 'local') return { kind: 'local', id: 'local' };
  if (r.NatGatewayId) return { kind: 'nat', id: r.NatGatewayId };
  if (r.VpcPeeringConnectionId) return { kind: 'pcx', id: r.VpcPeeringConnectionId };
  if (r.TransitGatewayId) return { kind: 'tgw', id: r.TransitGatewayId };
  if (r.EgressOnlyInternetGatewayId) return { kind: 'eigw', id: r.EgressOnlyInternetGatewayId };
  if (r.InstanceId) return { kind: 'instance', id: r.InstanceId };
  if (r.NetworkInterfaceId) return { kind: 'eni', id: r.NetworkInterfaceId };
  if (g?.startsWith('igw-')) return { kind: 'igw', id: g };
  if (g?.startsWith('vgw-')) return { kind: 'vgw', id: g };
  if (g?.startsWith('vpce-')) return { kind: 'vpce', id: g };
  const other = g ?? r.CarrierGatewayId ?? r.LocalGatewayId ?? r.CoreNetworkArn ?? 'unknown';
  return { kind: 'other', id: other };
}

/** `local`, `static` or `propagated`, from the route's Origin. */
export function routeOrigin(r: Route): RouteMatch['origin'] {
  if (r.GatewayId === 'local' || r.Origin === 'CreateRouteTable') return 'local';
  return r.Origin === 'EnableVgwRoutePropagation' ? 'propagated' : 'static';
}

/** The route as the console lists it: `0.0.0.0/0 → igw-…`, with `(propagated)` or `(blackhole)` when so. */
export function formatRoute(m: Pick<RouteMatch, 'destination' | 'target' | 'origin' | 'state'>): string {
  let s = `${m.destination} → ${m.target.id}`;
  if (m.origin === 'propagated') s += ' (propagated)';
  if (m.state === 'blackhole') s += ' (blackhole)';
  return s;
}

/** Ranks origins at equal prefix length: static routes win over prefix-list routes, which win over propagated ones. */
function rank(origin: RouteMatch['origin'], viaPrefixList: boolean): number {
  if (origin === 'propagated') return 2;
  return viaPrefixList ? 1 : 0;
}

/** The route for an address, and the prefix lists whose entries were not collected (their routes were not considered). */
export function lookupRoute(t: Topology, table: RouteTable, dst: Address): { match?: RouteMatch; unresolved: string[] } {
  const candidates: RouteMatch[] = [];
  const unresolved: string[] = [];
  for (const r of table.Routes ?? []) {
    const origin = routeOrigin(r);
    const consider = (cidr: Ipv4Cidr, prefixListId?: string): void => {
      if (!inCidr(cidr, dst)) return;
      const m: RouteMatch = { route: r, destination: prefixListId ?? cidr.text, prefix: cidr.prefix, target: routeTarget(r), origin, state: r.State ?? 'active' };
      if (prefixListId) m.prefixListId = prefixListId;
      candidates.push(m);
    };
    if (r.DestinationCidrBlock) {
      const c = parseIpv4Cidr(r.DestinationCidrBlock);
      if (c) consider(c);
    } else if (r.DestinationPrefixListId) {
      const pl = t.prefixLists.get(r.DestinationPrefixListId);
      if (pl?.state === 'collected') for (const c of pl.value) consider(c, r.DestinationPrefixListId);
      else unresolved.push(r.DestinationPrefixListId);
    }
  }
  // https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-route-priority.html: the local route beats propagated routes that overlap it.
  const pool = candidates.some((c) => c.origin === 'local') ? candidates.filter((c) => c.origin !== 'propagated') : candidates;
  pool.sort((a, b) => b.prefix - a.prefix || rank(a.origin, a.prefixListId !== undefined) - rank(b.origin, b.prefixListId !== undefined));
  const match = pool[0];
  return match ? { match, unresolved } : { unresolved };
}

/** A blackhole route: its target is gone or not usable. */
export function blackholeRoute(rtId: string, m: RouteMatch, rule: string): BlockerDraft {
  return {
    type: 'route-table', id: rtId, rule,
    reason: `The route for ${m.destination} points to ${m.target.id}, which no longer works (deleted NAT gateway, stopped or terminated instance, deleted or pending peering), so traffic is dropped.`,
    fix: `Replace the route in ${rtId} with one to a working target (aws ec2 replace-route --route-table-id ${rtId} --destination-cidr-block ${m.destination} ...), or repair ${m.target.id}.`,
    explanation: 'BAD_STATE_ROUTE', ...(m.target.kind === 'pcx' ? { doctorCode: 'PEERING_INCOMPLETE' } : m.target.kind === 'nat' ? { doctorCode: 'PRIVATE_SUBNET_NO_NAT_ROUTE' } : {}),
  };
}

/** The reply is routed elsewhere than the gateway the request came in by. */
export function asymmetricReply(rtId: string, rule: string, expected: { kind: 'igw' | 'pcx' | 'vgw'; id: string }, cidr: string): BlockerDraft {
  const doctorCode = expected.kind === 'pcx' ? 'PEERING_INCOMPLETE' : expected.kind === 'vgw' ? 'VPN_ROUTE_MISSING' : 'SUBNET_NO_ROUTE_TO_IGW';
  return {
    type: 'route-table', id: rtId, rule,
    reason: `The reply to ${cidr} follows ${rule} instead of returning through ${expected.id}, the way the request came in, so it never reaches the client.`,
    fix: `Add a route ${cidr} → ${expected.id} to ${rtId}${expected.kind === 'pcx' ? ': a peering connection needs a route in both VPCs' : ''}.`,
    explanation: 'MORE_SPECIFIC_ROUTE', doctorCode,
  };
}

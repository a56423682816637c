// Route selection in a subnet's route table: longest prefix, then static over prefix-list over propagated, local first.
import { parseIpv4Cidr, type Ipv4Cidr } from '../core/cidr.js';
import type { Route, RouteTable } from '../snapshot/ec2/types.js';
import { inCidr, type Address } from './address.js';
import type { Topology } from './topology.js';

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

// Answers "can traffic get from X to Y on this port?": resolves the endpoints, walks the request, then its reply.
import { formatIpv4 } from '../core/cidr.js';
import { EPHEMERAL_PORTS, formatPortRange, protocolNumber, type PortRange, type QueryProtocol } from '../core/ports.js';
import { formatAddress, type Address } from './address.js';
import { resolveEndpoint, type Endpoint } from './endpoints.js';
import { peeringBetween } from './peering.js';
import { lookupRoute } from './route-table.js';
import { routeTableOf, type EniNode, type Topology } from './topology.js';
import { TraceRecorder, type ReachAnswer, type ResolvedEndpoint } from './trace.js';
import { Walker, type Arrival, type Packet } from './walk.js';

/** A reachability question. */
export interface ReachQuery {
  from: string;
  to: string;
  protocol: QueryProtocol;
  /** Destination port; required for tcp and udp. */
  port?: number;
  /** The client's source ports; default 1024-65535 (any ephemeral port must work). */
  sourcePorts?: PortRange;
}

/** The answer, or why the question cannot be asked of this snapshot (bad input). */
export type ReachResult = { ok: true; answer: ReachAnswer } | { ok: false; error: string };

function primaryIp(eni: EniNode): number | undefined {
  return (eni.addresses.find((a) => a.primary) ?? eni.addresses[0])?.ip;
}

function publicIp(eni: EniNode): number | undefined {
  return (eni.addresses.find((a) => a.primary && a.publicIp !== undefined) ?? eni.addresses.find((a) => a.publicIp !== undefined))?.publicIp;
}

/** The address the source uses for an interface destination: private inside a VPC, across peering or a route; else public. */
function destinationAddress(t: Topology, src: Endpoint, dst: EniNode, notes: string[]): number | undefined {
  const priv = primaryIp(dst);
  const pub = publicIp(dst);
  if (src.kind === 'internet') return pub ?? priv;
  if (src.kind !== 'interface' || priv === undefined) return priv;
  const sv = src.eni.vpc;
  const dv = dst.vpc;
  if (!sv || !dv || sv === dv || peeringBetween(t, sv.id, dv.id)) return priv;
  const rt = src.eni.subnet ? routeTableOf(t, src.eni.subnet) : undefined;
  const m = rt ? lookupRoute(t, rt.table, priv).match : undefined;
  if (m && m.prefix > 0) return priv;
  if (pub !== undefined) {
    notes.push(`${dv.id} is not peered with ${sv.id}, so ${dst.instance?.id ?? dst.id} is addressed by its public IP ${formatIpv4(pub)}`);
    return pub;
  }
  return priv;
}

function resolved(ep: Endpoint, address: Address | undefined): ResolvedEndpoint {
  const base = { input: ep.input, address: address === undefined ? '?' : formatAddress(address) };
  switch (ep.kind) {
    case 'interface': {
      const e = ep.eni;
      return { ...base, kind: e.instance ? 'instance' : 'interface', id: e.instance?.id ?? e.id,
        ...(e.vpc ? { vpcId: e.vpc.id } : {}), ...(e.subnet ? { subnetId: e.subnet.id } : {}) };
    }
    case 'nat-gateway':
      return { ...base, kind: 'nat-gateway', id: ep.nat.id, ...(ep.nat.vpc ? { vpcId: ep.nat.vpc.id } : {}) };
    default:
      return { ...base, kind: ep.kind };
  }
}

function arrivedAt(a: Arrival | undefined, ep: Endpoint): boolean {
  if (!a) return false;
  if (ep.kind === 'interface') return a.kind === 'interface' && a.eni === ep.eni;
  return a.kind === ep.kind;
}

/** Walks the request from X to Y and, when it arrives (even past a blocker), the reply; returns the trace. */
export function reach(t: Topology, q: ReachQuery): ReachResult {
  if (q.protocol !== 'icmp' && (q.port === undefined || !Number.isInteger(q.port) || q.port < 0 || q.port > 65535)) {
    return { ok: false, error: `--port is required for ${q.protocol} (0-65535)` };
  }
  const s = resolveEndpoint(t, q.from);
  if (!s.ok) return s;
  const src = s.endpoint;
  const d = resolveEndpoint(t, q.to, src.kind === 'interface' ? src.eni.vpc : undefined);
  if (!d.ok) return d;
  const dst = d.endpoint;
  if (src.kind === 'nat-gateway') return { ok: false, error: `${src.nat.id} is a NAT gateway; ask from the instance behind it` };
  if (src.kind !== 'interface' && dst.kind !== 'interface' && dst.kind !== 'nat-gateway') {
    return { ok: false, error: `neither ${q.from} nor ${q.to} is in a VPC of the snapshot: one end must be an instance, an interface or its address` };
  }
  if (src.kind === 'on-premises' && dst.kind === 'nat-gateway') return { ok: false, error: `${dst.nat.id} accepts no connections from on-premises` };

  const notes: string[] = [];
  const srcAddr: Address | undefined = src.kind === 'interface' ? (src.address !== undefined && src.eni.addresses.some((a) => a.ip === src.address) ? src.address : primaryIp(src.eni)) : src.address;
  const dstAddr: Address | undefined = dst.kind === 'interface' ? (dst.address ?? destinationAddress(t, src, dst.eni, notes)) : dst.address;
  if (srcAddr === undefined || dstAddr === undefined) return { ok: false, error: 'the interface has no IPv4 address in the snapshot' };

  const icmp = q.protocol === 'icmp';
  const port = q.port ?? 0;
  const pkt: Packet = {
    src: srcAddr, dst: dstAddr, protocol: protocolNumber(q.protocol),
    dstPorts: { from: port, to: port }, srcPorts: icmp ? { from: 0, to: 0 } : q.sourcePorts ?? EPHEMERAL_PORTS,
    ...(icmp ? { icmpType: 8 } : {}), ...(src.kind === 'interface' ? { srcEni: src.eni } : {}),
  };
  const rec = new TraceRecorder();
  const w = new Walker(t, rec);
  let arrival: Arrival | undefined;
  if (src.kind === 'interface') arrival = w.sendFromEni(src.eni, pkt);
  else if (src.kind === 'internet') {
    w.startOutside('internet', pkt);
    const byPublic = dstAddr !== 'internet' && dst.kind === 'interface' && t.enisByPublicIp.get(dstAddr) === dst.eni;
    arrival = dst.kind === 'interface' && !byPublic && dst.eni.vpc ? w.igwIngress(dst.eni.vpc, dst.eni, pkt) : w.onInternet(pkt);
  } else if (dst.kind === 'interface' && dst.eni.vpc) {
    w.startOutside('on-premises', pkt);
    arrival = w.vgwIngress(dst.eni.vpc, dst.eni, pkt);
  }

  const reached = arrivedAt(arrival, dst);
  let replied = false;
  if (reached && arrival) {
    rec.phase = 'reply';
    const rp: Packet = {
      src: arrival.pkt.dst, dst: arrival.pkt.src, protocol: pkt.protocol, dstPorts: pkt.srcPorts, srcPorts: pkt.dstPorts,
      ...(icmp ? { icmpType: 0 } : {}), ...(arrival.kind === 'interface' ? { srcEni: arrival.eni } : {}),
    };
    let back: Arrival | undefined;
    if (arrival.kind === 'interface') back = w.sendFromEni(arrival.eni, rp);
    else if (arrival.kind === 'internet') {
      w.startOutside('internet', rp);
      back = w.onInternet(rp);
    } else if (src.kind === 'interface') {
      w.startOutside('on-premises', rp);
      back = w.vgwIngress(arrival.vpc, src.eni, rp, arrival.vgwId);
    }
    replied = arrivedAt(back, src);
    if (back && !replied) rec.note(`the reply reaches ${back.kind === 'interface' ? back.eni.id : back.kind} instead of ${q.from}`);
  } else if (arrival && !reached) {
    rec.note(`the request reaches ${arrival.kind === 'interface' ? arrival.eni.id : arrival.kind} instead of ${q.to}`);
  }

  const blocked = rec.blockers.length > 0;
  const disposition: ReachAnswer['disposition'] = blocked ? 'blocked' : reached && replied && rec.unknowns.length === 0 ? 'reachable' : 'unknown';
  if (disposition === 'unknown' && rec.unknowns.length === 0) {
    rec.unknown({ what: `the path from ${q.from} to ${q.to} could not be followed to its end`, reason: 'see the notes and the last hop' });
  }
  const sourcePorts = icmp ? 'echo request (type 8) and echo reply (type 0)' : formatPortRange(pkt.srcPorts);
  return { ok: true, answer: {
    query: { from: q.from, to: q.to, protocol: q.protocol, ...(icmp ? {} : { port }), sourcePorts },
    from: resolved(src, srcAddr), to: resolved(dst, dstAddr),
    disposition, reachable: disposition === 'reachable', blockedBy: rec.blockers[0] ?? null,
    forward: rec.forward, return: rec.reply, alsoBlocking: rec.blockers.slice(1), unknown: rec.unknowns,
    notes: [...notes, ...rec.notes],
  } };
}

// Traffic in words: `tcp 443`, `icmp echo request (type 8)`, `any internet address`.
import { formatPortRange, hasPorts, protocolName, type PortRange } from '../core/ports.js';
import { formatAddress, type Address } from './address.js';

/** What a sentence about traffic needs of a packet. */
export interface TrafficDescription {
  protocol: number;
  dstPorts: PortRange;
  icmpType?: number;
}

/** An address in a sentence: `any internet address` or the dotted quad. */
export function describeAddress(a: Address): string {
  return a === 'internet' ? 'any internet address' : formatAddress(a);
}

/** Describes a packet's protocol and destination ports: `tcp 443`, `tcp 1024-65535`, `icmp echo request (type 8)`. */
export function describeTraffic(pkt: TrafficDescription): string {
  if (hasPorts(pkt.protocol)) return `${protocolName(pkt.protocol)} ${formatPortRange(pkt.dstPorts)}`;
  if (pkt.protocol === 1 && pkt.icmpType !== undefined) return `icmp ${pkt.icmpType === 8 ? 'echo request (type 8)' : pkt.icmpType === 0 ? 'echo reply (type 0)' : `type ${pkt.icmpType}`}`;
  return protocolName(pkt.protocol);
}

// Security group evaluation: allow rules only, all groups of an interface aggregated, group references by membership.
import { parseIpv4Cidr } from '../core/cidr.js';
import { hasPorts, parseAwsProtocol, protocolName } from '../core/ports.js';
import type { IpPermission } from '../snapshot/ec2/types.js';
import { formatAddress, inCidr, type Address } from './address.js';
import { eniLabel, type EniNode, type Topology } from './topology.js';
import type { BlockerDraft } from './trace.js';
import { describeAddress, describeTraffic, type TrafficDescription } from './traffic.js';

/** The packet as a security group sees it. */
export interface SgPacket {
  protocol: number;
  /** Destination port (TCP/UDP). */
  port: number;
  icmpType?: number;
  /** Source address for inbound rules, destination for outbound rules. */
  remote: Address;
  /** The interface on the far side, when the remote address is still its private address (for group references). */
  remoteEni?: EniNode;
  /** Region of the interface whose groups are evaluated (group references work within a region only). */
  region: string;
}

/** The decision of the aggregated groups of one interface. */
export interface SgVerdict {
  allowed: boolean;
  groupIds: string[];
  matchedGroupId?: string;
  /** The allowing rule, e.g. `sg-1 allows tcp 443 from 0.0.0.0/0`. */
  rule?: string;
  /** Groups the interface uses that were not collected. */
  missingGroups: string[];
  /** Prefix lists a rule names whose entries were not collected. */
  unresolvedPrefixLists: string[];
}

/** Protocol and ports of a permission as the console lists them: `tcp 443`, `all traffic`, `icmp type 8`. */
export function formatPermission(p: IpPermission): string {
  const proto = parseAwsProtocol(p.IpProtocol) ?? 'all';
  if (proto === 'all') return 'all traffic';
  const name = protocolName(proto);
  if (hasPorts(proto)) {
    const from = p.FromPort ?? 0;
    const to = p.ToPort ?? 65535;
    if (from <= 0 && to >= 65535) return `${name} all`;
    return from === to ? `${name} ${from}` : `${name} ${from}-${to}`;
  }
  if (proto === 1) return p.FromPort === undefined || p.FromPort === -1 ? 'icmp all' : `icmp type ${p.FromPort}`;
  return name;
}

function protocolMatches(p: IpPermission, pkt: SgPacket): boolean {
  const proto = parseAwsProtocol(p.IpProtocol);
  if (proto === undefined) return false;
  if (proto === 'all') return true;
  if (proto !== pkt.protocol) return false;
  if (hasPorts(proto)) return (p.FromPort ?? 0) <= pkt.port && pkt.port <= (p.ToPort ?? 65535);
  if (proto === 1) {
    const type = p.FromPort ?? -1;
    const code = p.ToPort ?? -1;
    return (type === -1 || pkt.icmpType === undefined || type === pkt.icmpType) && (code === -1 || code === 0);
  }
  return true;
}

/** The source (or destination) of the permission that matches the remote side, as text, or undefined. */
function sourceMatch(t: Topology, p: IpPermission, pkt: SgPacket, unresolved: string[]): string | undefined {
  for (const r of p.IpRanges ?? []) {
    const c = r.CidrIp ? parseIpv4Cidr(r.CidrIp) : undefined;
    if (c && inCidr(c, pkt.remote)) return c.text;
  }
  for (const pl of p.PrefixListIds ?? []) {
    if (!pl.PrefixListId) continue;
    const entries = t.prefixLists.get(pl.PrefixListId);
    if (entries?.state !== 'collected') {
      unresolved.push(pl.PrefixListId);
      continue;
    }
    if (entries.value.some((c) => inCidr(c, pkt.remote))) return pl.PrefixListId;
  }
  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing:
  // a referenced group stands for the private addresses of its members, in this VPC or a peered VPC of the same region.
  const e = pkt.remoteEni;
  if (e && e.vpc?.region === pkt.region) {
    for (const g of p.UserIdGroupPairs ?? []) if (g.GroupId && e.groupIds.includes(g.GroupId)) return g.GroupId;
  }
  return undefined;
}

/** Evaluates the inbound or outbound rules of all the groups of an interface together: any allow admits the packet. */
export function evaluateSecurityGroups(t: Topology, groupIds: readonly string[], direction: 'inbound' | 'outbound', pkt: SgPacket): SgVerdict {
  const v: SgVerdict = { allowed: false, groupIds: [...groupIds], missingGroups: [], unresolvedPrefixLists: [] };
  for (const id of groupIds) {
    const sg = t.securityGroups.get(id);
    if (!sg) {
      v.missingGroups.push(id);
      continue;
    }
    const perms = (direction === 'inbound' ? sg.raw.IpPermissions : sg.raw.IpPermissionsEgress) ?? [];
    for (const p of perms) {
      if (!protocolMatches(p, pkt)) continue;
      const src = sourceMatch(t, p, pkt, v.unresolvedPrefixLists);
      if (src === undefined) continue;
      v.allowed = true;
      v.matchedGroupId = id;
      v.rule = `${id} allows ${formatPermission(p)} ${direction === 'inbound' ? 'from' : 'to'} ${src}`;
      return v;
    }
  }
  return v;
}

/** The blocker when no rule of the interface's groups admits the packet, with the rule to add (a group reference when possible). */
export function sgBlocker(eni: EniNode, groupIds: readonly string[], direction: 'inbound' | 'outbound', pkt: TrafficDescription, remote: Address, remoteEni?: EniNode): BlockerDraft {
  const dirWord = direction === 'inbound' ? 'from' : 'to';
  const peerGroup = remoteEni && remoteEni.vpc?.region === eni.vpc?.region ? remoteEni.groupIds[0] : undefined;
  const who = peerGroup ?? (remote === 'internet' ? '0.0.0.0/0' : `${formatAddress(remote)}/32`);
  const first = eni.groupIds[0] ?? eni.id;
  const traffic = describeTraffic(pkt);
  return {
    type: 'security-group', id: first,
    rule: `no ${direction} rule of ${groupIds.join(', ') || '(no groups)'} allows ${traffic} ${dirWord} ${formatAddress(remote)}`,
    reason: `None of the security groups of ${eniLabel(eni)} has an ${direction} rule for ${traffic} ${dirWord} ${describeAddress(remote)}; security groups deny what no rule allows.`,
    fix: `Add an ${direction} rule to ${first}: ${traffic} ${dirWord} ${who}. Security groups are stateful, so the reply needs no rule.`,
    explanation: 'ENI_SG_RULES_MISMATCH', doctorCode: 'SECURITY_GROUP_NO_MATCHING_RULE',
  };
}

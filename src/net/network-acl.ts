// Network ACL evaluation: stateless, rules by number, first match wins, the final `*` rule denies.
import { parseIpv4Cidr } from '../core/cidr.js';
import { EPHEMERAL_PORTS, formatPortRange, hasPorts, intersectPorts, parseAwsProtocol, protocolName, subtractPorts, type PortRange } from '../core/ports.js';
import { describeAddress, describeTraffic, type TrafficDescription } from './traffic.js';
import type { NetworkAcl, NetworkAclEntry } from '../snapshot/ec2/types.js';
import { formatAddress, inCidr, type Address } from './address.js';
import type { BlockerDraft } from './trace.js';

/** The packet as a network ACL sees it: protocol, the address on the far side, destination ports, ICMP type. */
export interface AclPacket {
  protocol: number;
  /** Source address for an inbound rule, destination for an outbound rule. */
  remote: Address;
  /** Destination ports (a range when the client's ephemeral port is unknown). */
  ports: PortRange;
  icmpType?: number;
}

/** The decision of one network ACL for one direction. */
export interface AclVerdict {
  action: 'allow' | 'deny';
  ruleNumber: number | '*';
  /** The deciding rule as the console lists it, e.g. `inbound rule 100 allow tcp 443 0.0.0.0/0`. */
  rule: string;
  entry?: NetworkAclEntry;
  /** For a port range: the ports that are denied (the rest are allowed). */
  deniedPorts?: PortRange[];
  /** For a partly allowed range: the allow rules that matched part of it. */
  allowedBy?: string[];
}

const STAR = 32767;

/** The rule number as the console shows it: `*` for 32767. */
export function ruleNumberOf(e: NetworkAclEntry): number | '*' {
  return e.RuleNumber >= STAR ? '*' : e.RuleNumber;
}

/** Formats an entry as the console lists it: `inbound rule 100 allow tcp 443 0.0.0.0/0`. */
export function formatAclEntry(e: NetworkAclEntry): string {
  const proto = parseAwsProtocol(e.Protocol) ?? 'all';
  let what = protocolName(proto);
  if (hasPorts(proto)) what += ` ${formatPortRange({ from: e.PortRange?.From ?? 0, to: e.PortRange?.To ?? 65535 })}`;
  else if (proto === 1) {
    const type = e.IcmpTypeCode?.Type ?? -1;
    what += type === -1 ? ' all' : ` type ${type}`;
  }
  return `${e.Egress ? 'outbound' : 'inbound'} rule ${ruleNumberOf(e)} ${e.RuleAction.toLowerCase()} ${what} ${e.CidrBlock ?? e.Ipv6CidrBlock ?? ''}`.trimEnd();
}

function matches(e: NetworkAclEntry, p: AclPacket): boolean {
  const proto = parseAwsProtocol(e.Protocol);
  if (proto === undefined || (proto !== 'all' && proto !== p.protocol)) return false;
  if (!e.CidrBlock) return false; // an IPv6 rule never matches IPv4 traffic
  const cidr = parseIpv4Cidr(e.CidrBlock);
  if (!cidr || !inCidr(cidr, p.remote)) return false;
  if (proto === 1) {
    const type = e.IcmpTypeCode?.Type ?? -1;
    if (type !== -1 && p.icmpType !== undefined && type !== p.icmpType) return false;
  }
  return true;
}

function entryPorts(e: NetworkAclEntry, protocol: number): PortRange {
  const proto = parseAwsProtocol(e.Protocol);
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-rules: ports apply to TCP and UDP only.
  if (proto === 'all' || !hasPorts(protocol) || !e.PortRange) return { from: 0, to: 65535 };
  return { from: e.PortRange.From ?? 0, to: e.PortRange.To ?? 65535 };
}

/** Evaluates the inbound or outbound rules of an ACL; with a port range, every port must be allowed for `allow`. */
export function evaluateNetworkAcl(acl: NetworkAcl, direction: 'inbound' | 'outbound', p: AclPacket): AclVerdict {
  const egress = direction === 'outbound';
  const entries = (acl.Entries ?? []).filter((e) => e.Egress === egress).sort((a, b) => a.RuleNumber - b.RuleNumber);
  let remaining: PortRange[] = [hasPorts(p.protocol) ? p.ports : { from: 0, to: 0 }];
  const allowedBy: NetworkAclEntry[] = [];
  for (const e of entries) {
    if (!matches(e, p)) continue;
    const range = hasPorts(p.protocol) ? entryPorts(e, p.protocol) : { from: 0, to: 65535 };
    const hit = remaining.map((r) => intersectPorts(r, range)).filter((r): r is PortRange => r !== undefined);
    if (hit.length === 0) continue;
    if (e.RuleAction.toLowerCase() === 'deny') {
      const v: AclVerdict = { action: 'deny', ruleNumber: ruleNumberOf(e), rule: formatAclEntry(e), entry: e };
      if (hasPorts(p.protocol) && (p.ports.from !== p.ports.to)) v.deniedPorts = hit;
      if (allowedBy.length > 0) v.allowedBy = allowedBy.map(formatAclEntry);
      return v;
    }
    allowedBy.push(e);
    remaining = subtractPorts(remaining, range);
    if (remaining.length === 0) {
      const first = allowedBy[0] as NetworkAclEntry;
      return { action: 'allow', ruleNumber: ruleNumberOf(first), rule: allowedBy.map(formatAclEntry).join(' + '), entry: first };
    }
  }
  // No rule matched (or the `*` rule was not in the file): the `*` rule denies.
  const v: AclVerdict = { action: 'deny', ruleNumber: '*', rule: `${direction} rule * deny all 0.0.0.0/0` };
  if (hasPorts(p.protocol) && p.ports.from !== p.ports.to) v.deniedPorts = remaining;
  if (allowedBy.length > 0) v.allowedBy = allowedBy.map(formatAclEntry);
  return v;
}

/** The ports of a verdict's denied ranges as text, e.g. `1024-32767`. */
export function formatDeniedPorts(v: AclVerdict): string | undefined {
  return v.deniedPorts?.map(formatPortRange).join(', ');
}

/** The blocker for a denying verdict: why, in a sentence, and the rule to add (the whole ephemeral range for a reply). */
export function aclBlocker(aclId: string, direction: 'inbound' | 'outbound', v: AclVerdict, pkt: TrafficDescription & { src: Address; dst: Address }, reply: boolean): BlockerDraft {
  const remote = direction === 'inbound' ? pkt.src : pkt.dst;
  const denied = formatDeniedPorts(v);
  const traffic = denied ? `${protocolName(pkt.protocol)} ${denied}` : describeTraffic(pkt);
  const dirWord = direction === 'inbound' ? 'from' : 'to';
  const cidr = remote === 'internet' ? '0.0.0.0/0' : `${formatAddress(remote)}/32`;
  const reason = (v.ruleNumber === '*' ? `No ${direction} rule of ${aclId} allows ${traffic} ${dirWord} ${describeAddress(remote)}, so the * rule denies it.`
    : `${aclId} ${direction} rule ${v.ruleNumber} denies ${traffic} ${dirWord} ${describeAddress(remote)} before any allow.`)
    + (reply ? ' Network ACLs are stateless: the reply needs its own rule.' : '')
    + (v.allowedBy ? ` (${v.allowedBy.join(' + ')} allow only part of ${formatPortRange(pkt.dstPorts)}.)` : '');
  // For a reply, recommend the whole ephemeral range: the next client picks another port.
  const wanted = reply && hasPorts(pkt.protocol) ? describeTraffic({ ...pkt, dstPorts: EPHEMERAL_PORTS }) : describeTraffic(pkt);
  const fix = `Add a${v.ruleNumber === '*' ? 'n' : ''} ${direction} rule to ${aclId} that allows ${wanted} ${dirWord} ${cidr}`
    + (v.ruleNumber === '*' ? '' : `, numbered below ${v.ruleNumber}`) + (reply && hasPorts(pkt.protocol) ? ' (the client\'s ephemeral ports)' : '') + '.';
  const b: BlockerDraft = { type: 'network-acl', id: aclId, rule: v.rule, reason, fix, explanation: 'SUBNET_ACL_RESTRICTION' };
  if (reply) b.doctorCode = 'NACL_RETURN_TRAFFIC_BLOCKED';
  return b;
}

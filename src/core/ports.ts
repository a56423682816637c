// IP protocols and port ranges as AWS writes them in security groups, network ACLs and flow logs.

/** A protocol a reachability question can ask about. */
export type QueryProtocol = 'tcp' | 'udp' | 'icmp';

/** An inclusive port range. */
export interface PortRange {
  from: number;
  to: number;
}

/** The ephemeral ports a client picks its source port from, by whynot's convention (the widest range AWS lists). */
export const EPHEMERAL_PORTS: PortRange = { from: 1024, to: 65535 };

/** Every port. */
export const ALL_PORTS: PortRange = { from: 0, to: 65535 };

/** IANA number of a query protocol. */
export function protocolNumber(p: QueryProtocol): number {
  return p === 'tcp' ? 6 : p === 'udp' ? 17 : 1;
}

/** Reads an AWS protocol field (`-1`, `tcp`, `6`, `icmpv6`...) as a protocol number, or 'all'; undefined if unreadable. */
export function parseAwsProtocol(value: string | number | undefined): number | 'all' | undefined {
  if (value === undefined) return undefined;
  const v = String(value).toLowerCase();
  if (v === '-1' || v === 'all') return 'all';
  if (v === 'tcp') return 6;
  if (v === 'udp') return 17;
  if (v === 'icmp') return 1;
  if (v === 'icmpv6') return 58;
  if (/^\d{1,3}$/.test(v)) return Number(v);
  return undefined;
}

/** The console's name of a protocol number: tcp, udp, icmp, icmpv6, or the number. */
export function protocolName(p: number | 'all'): string {
  if (p === 'all') return 'all';
  return p === 6 ? 'tcp' : p === 17 ? 'udp' : p === 1 ? 'icmp' : p === 58 ? 'icmpv6' : String(p);
}

/** True when ports are meaningful for the protocol (TCP and UDP only). */
export function hasPorts(p: number | 'all'): boolean {
  return p === 6 || p === 17;
}

/** Formats a range as the console does: `443`, `1024-65535`, or `all`. */
export function formatPortRange(r: PortRange): string {
  if (r.from <= 0 && r.to >= 65535) return 'all';
  return r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
}

/** Parses `443` or `1024-65535`, or returns undefined. */
export function parsePortRange(text: string): PortRange | undefined {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > 65535 || to > 65535 || to < from) return undefined;
  return { from, to };
}

/** The overlap of two ranges, or undefined. */
export function intersectPorts(a: PortRange, b: PortRange): PortRange | undefined {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from <= to ? { from, to } : undefined;
}

/** Removes `cut` from each range of `ranges` and returns what is left, in order. */
export function subtractPorts(ranges: readonly PortRange[], cut: PortRange): PortRange[] {
  const out: PortRange[] = [];
  for (const r of ranges) {
    if (cut.to < r.from || cut.from > r.to) {
      out.push(r);
      continue;
    }
    if (cut.from > r.from) out.push({ from: r.from, to: cut.from - 1 });
    if (cut.to < r.to) out.push({ from: cut.to + 1, to: r.to });
  }
  return out;
}

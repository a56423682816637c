// IPv4 addresses and CIDR blocks as unsigned 32-bit numbers: parse, format, contain, classify.

/** An IPv4 CIDR block with its network address masked and its original text. */
export interface Ipv4Cidr {
  /** Network address as an unsigned 32-bit number. */
  base: number;
  /** Prefix length, 0-32. */
  prefix: number;
  /** The text as AWS wrote it, e.g. `10.0.0.0/16`. */
  text: string;
}

/** Parses a dotted-quad IPv4 address to an unsigned 32-bit number, or undefined. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3 || !/^\d+$/.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

/** Formats an unsigned 32-bit number as a dotted-quad IPv4 address. */
export function formatIpv4(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** The network mask of a prefix length as an unsigned 32-bit number. */
export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Parses `a.b.c.d/n` (or a bare address as /32), or returns undefined for anything else (IPv6 included). */
export function parseIpv4Cidr(text: string): Ipv4Cidr | undefined {
  const slash = text.indexOf('/');
  const ip = parseIpv4(slash < 0 ? text : text.slice(0, slash));
  if (ip === undefined) return undefined;
  let prefix = 32;
  if (slash >= 0) {
    const p = text.slice(slash + 1);
    if (!/^\d{1,2}$/.test(p)) return undefined;
    prefix = Number(p);
    if (prefix > 32) return undefined;
  }
  return { base: (ip & maskOf(prefix)) >>> 0, prefix, text };
}

/** True when the address lies inside the block. */
export function cidrContains(cidr: Ipv4Cidr, ip: number): boolean {
  return ((ip & maskOf(cidr.prefix)) >>> 0) === cidr.base;
}

/** True when every address of `inner` lies inside `outer`. */
export function cidrCovers(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
  return inner.prefix >= outer.prefix && cidrContains(outer, inner.base);
}

/** True when the two blocks share at least one address. */
export function cidrOverlaps(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  return cidrCovers(a, b) || cidrCovers(b, a);
}

const NOT_INTERNET: Ipv4Cidr[] = [
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16',
  '172.16.0.0/12', '192.168.0.0/16', '224.0.0.0/4', '240.0.0.0/4',
].map((t) => parseIpv4Cidr(t) as Ipv4Cidr);

/** True for an address routable on the public internet (not RFC 1918, shared, loopback, link-local or multicast). */
export function isInternetRoutable(ip: number): boolean {
  return !NOT_INTERNET.some((c) => cidrContains(c, ip));
}

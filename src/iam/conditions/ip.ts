// IpAddress and NotIpAddress: IPv4 and IPv6 CIDR ranges parsed once with ipaddr.js, compared bit by bit.
import ipaddr from 'ipaddr.js';
import { parsedTest, type ValueTest } from './truth.js';

/** An address or a range as bytes (4 or 16) and a prefix length. */
export interface IpRange {
  bytes: number[];
  prefix: number;
}

function parseAddress(text: string): number[] | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text).toByteArray();
  if (!ipaddr.IPv6.isValid(text)) return undefined;
  const v6 = ipaddr.IPv6.parse(text);
  // An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is the IPv4 address.
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address().toByteArray() : v6.toByteArray();
}

/**
 * Parses a policy value in CIDR form ("203.0.113.0/24", "2001:DB8:1234:5678::/64"); an address
 * without a prefix is the single address ("IAM uses the default prefix value of /32").
 */
export function parseCidr(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  const bytes = parseAddress(slash < 0 ? text : text.slice(0, slash));
  if (!bytes) return undefined;
  if (slash < 0) return { bytes, prefix: bytes.length * 8 };
  const p = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(p) || Number(p) > bytes.length * 8) return undefined;
  return { bytes, prefix: Number(p) };
}

/** Parses a request value: an IPv4 or IPv6 address. */
export function parseIp(text: string): IpRange | undefined {
  const bytes = parseAddress(text);
  return bytes ? { bytes, prefix: bytes.length * 8 } : undefined;
}

/** True when the address lies in the range (same family, same leading prefix bits). */
export function inRange(address: IpRange, range: IpRange): boolean {
  if (address.bytes.length !== range.bytes.length) return false;
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((address.bytes[i] as number) & mask) !== ((range.bytes[i] as number) & mask)) return false;
  }
  return true;
}

/** Compiles the values of an IpAddress or NotIpAddress operator. */
export function compileIpTest(values: readonly string[]): ValueTest {
  return parsedTest(values, parseCidr, 'an IP address or CIDR range', inRange, parseIp, 'an IP address');
}

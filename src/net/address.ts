// An address on a path: one IPv4 address, or "internet", any host on the public internet.
import { cidrContains, formatIpv4, isInternetRoutable, type Ipv4Cidr } from '../core/cidr.js';

/** An IPv4 address as a number, or `internet`: an arbitrary internet host (matched only by /0 rules and routes). */
export type Address = number | 'internet';

/** True when the block holds the address; `internet` lies only in a /0 block. */
export function inCidr(cidr: Ipv4Cidr, a: Address): boolean {
  return a === 'internet' ? cidr.prefix === 0 : cidrContains(cidr, a);
}

/** The address as text. */
export function formatAddress(a: Address): string {
  return a === 'internet' ? 'internet' : formatIpv4(a);
}

/** True when the address is routable on the internet. */
export function isPublic(a: Address): boolean {
  return a === 'internet' || isInternetRoutable(a);
}

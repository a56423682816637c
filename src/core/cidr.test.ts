// IPv4 and CIDR helpers.
import { describe, expect, it } from 'vitest';
import { cidrContains, cidrCovers, formatIpv4, isInternetRoutable, parseIpv4, parseIpv4Cidr } from './cidr.js';

describe('cidr', () => {
  it('parses and formats addresses', () => {
    expect(parseIpv4('10.0.1.5')).toBe(167772421);
    expect(formatIpv4(parseIpv4('255.255.255.255') as number)).toBe('255.255.255.255');
    for (const bad of ['10.0.1', '10.0.1.256', '1.2.3.4.5', 'a.b.c.d', '01.2.3.4444', '']) expect(parseIpv4(bad)).toBeUndefined();
  });

  it('masks the network address and tests containment', () => {
    const c = parseIpv4Cidr('10.0.1.77/24');
    expect(c && formatIpv4(c.base)).toBe('10.0.1.0');
    expect(c && cidrContains(c, parseIpv4('10.0.1.200') as number)).toBe(true);
    expect(c && cidrContains(c, parseIpv4('10.0.2.1') as number)).toBe(false);
    const all = parseIpv4Cidr('0.0.0.0/0');
    expect(all && cidrContains(all, parseIpv4('203.0.113.9') as number)).toBe(true);
    expect(parseIpv4Cidr('::/0')).toBeUndefined();
    expect(parseIpv4Cidr('10.0.0.0/33')).toBeUndefined();
    const a = parseIpv4Cidr('10.0.0.0/16');
    const b = parseIpv4Cidr('10.0.3.0/24');
    expect(a && b && cidrCovers(a, b)).toBe(true);
    expect(a && b && cidrCovers(b, a)).toBe(false);
  });

  it('tells internet addresses from private ones', () => {
    expect(isInternetRoutable(parseIpv4('8.8.8.8') as number)).toBe(true);
    for (const p of ['10.1.2.3', '172.16.0.1', '192.168.1.1', '100.64.0.1', '169.254.169.254']) expect(isInternetRoutable(parseIpv4(p) as number)).toBe(false);
  });
});

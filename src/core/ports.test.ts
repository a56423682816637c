// Protocol and port helpers.
import { describe, expect, it } from 'vitest';
import { formatPortRange, parseAwsProtocol, parsePortRange, protocolName, subtractPorts } from './ports.js';

describe('ports', () => {
  it('reads the protocol spellings of security groups, network ACLs and flow logs', () => {
    expect([parseAwsProtocol('-1'), parseAwsProtocol('tcp'), parseAwsProtocol('6'), parseAwsProtocol('UDP'), parseAwsProtocol('icmp'), parseAwsProtocol('icmpv6'), parseAwsProtocol('50'), parseAwsProtocol('x')])
      .toEqual(['all', 6, 6, 17, 1, 58, 50, undefined]);
    expect(protocolName(17)).toBe('udp');
  });

  it('formats and parses ranges', () => {
    expect(formatPortRange({ from: 443, to: 443 })).toBe('443');
    expect(formatPortRange({ from: 1024, to: 65535 })).toBe('1024-65535');
    expect(formatPortRange({ from: 0, to: 65535 })).toBe('all');
    expect(parsePortRange('1024-65535')).toEqual({ from: 1024, to: 65535 });
    expect(parsePortRange('9-1')).toBeUndefined();
  });

  it('subtracts a range from ranges', () => {
    expect(subtractPorts([{ from: 1024, to: 65535 }], { from: 32768, to: 65535 })).toEqual([{ from: 1024, to: 32767 }]);
    expect(subtractPorts([{ from: 1024, to: 65535 }], { from: 2000, to: 3000 })).toEqual([{ from: 1024, to: 1999 }, { from: 3001, to: 65535 }]);
    expect(subtractPorts([{ from: 1, to: 5 }], { from: 0, to: 65535 })).toEqual([]);
  });
});

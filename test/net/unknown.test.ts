// "Unknown: X not collected" is its own outcome, never a guess; a definite blocker elsewhere still makes it "blocked".
import { describe, expect, it } from 'vitest';
import * as h from './helpers.js';
import { baseEstate, HTTPS } from './estate.js';
import { reach, type ReachQuery } from '../../src/net/reach.js';

function ask(missing: Parameters<typeof h.region>[1], q: ReachQuery = { from: 'internet', to: 'i-web', ...HTTPS }, edit?: (e: ReturnType<typeof baseEstate>) => void) {
  const e = baseEstate();
  edit?.(e);
  const r = reach(h.topo(h.region(e, missing)), q);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

describe('data not collected', () => {
  it.each([
    ['networkAcls', 'describe-network-acls.json'],
    ['securityGroups', 'describe-security-groups.json'],
    ['internetGateways', 'describe-internet-gateways.json'],
  ] as const)('without %s the answer is unknown and names %s', (key, file) => {
    const a = ask([key]);
    expect(a.disposition).toBe('unknown');
    expect(a.reachable).toBe(false);
    expect(a.blockedBy).toBeNull();
    expect(a.unknown).toContainEqual(expect.objectContaining({ file: `111122223333/us-east-1/ec2/${file}`, reason: 'not collected' }));
  });

  it('without subnets the interfaces cannot be placed: unknown, naming describe-subnets.json', () => {
    const a = ask(['subnets']);
    expect(a.disposition).toBe('unknown');
    expect(a.unknown).toContainEqual(expect.objectContaining({ file: '111122223333/us-east-1/ec2/describe-subnets.json' }));
  });

  it('without route tables the request cannot be followed past the subnet', () => {
    const a = ask(['routeTables'], { from: 'i-web', to: 'internet', ...HTTPS });
    expect(a.disposition).toBe('unknown');
    expect(a.unknown[0]).toMatchObject({ file: '111122223333/us-east-1/ec2/describe-route-tables.json' });
  });

  it('a definite blocker wins over missing data', () => {
    const a = ask(['networkAcls'], { from: 'internet', to: 'i-priv', ...HTTPS });
    expect(a.disposition).toBe('blocked');
    expect(a.blockedBy).toMatchObject({ type: 'no-public-ip' });
    expect(a.unknown.length).toBeGreaterThan(0);
  });

  it('falls back to describe-instances for interfaces when describe-network-interfaces was not collected', () => {
    const a = ask(['networkInterfaces']);
    expect(a.disposition).toBe('reachable');
  });
});

describe('bad questions', () => {
  const t = h.topo(h.region(baseEstate()));
  it.each([
    [{ from: 'i-nope', to: 'internet', ...HTTPS }, 'instance i-nope is not in the snapshot'],
    [{ from: 'i-web', to: 'internet', protocol: 'tcp' as const }, '--port is required for tcp'],
    [{ from: 'internet', to: '8.8.8.8', ...HTTPS }, 'one end must be an instance'],
    [{ from: 'internet', to: '10.0.7.7', ...HTTPS }, 'no network interface with address 10.0.7.7 in vpc-1'],
    [{ from: 'i-web', to: 'www.example.com', ...HTTPS }, 'is not an instance id'],
  ])('%o is refused', (q, error) => {
    const r = reach(t, q);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
  });

  it('refuses an address shared by interfaces of two VPCs unless the source picks one', () => {
    const e = baseEstate();
    const other = {
      vpcs: [h.vpc('vpc-9', '10.0.0.0/16')], subnets: [h.subnet('subnet-9', 'vpc-9', '10.0.3.0/24')],
      instances: [h.instance('i-nine', 'subnet-9', 'vpc-9', '10.0.3.5', [])],
    };
    const t2 = h.topo(h.region(e), h.region({ ...other, account: '444455556666' }));
    const r = reach(t2, { from: 'internet', to: '10.0.3.5', ...HTTPS });
    expect(r.ok).toBe(false);
    const near = reach(t2, { from: 'i-pub', to: '10.0.3.5', ...HTTPS });
    expect(near.ok && near.answer.to.id).toBe('i-web');
  });
});

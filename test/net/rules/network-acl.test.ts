// Network ACL rules: numbered, first match wins, the * rule denies, default allows all, custom denies all,
// evaluated only at the subnet boundary, stateless (the reply needs its own rule on ephemeral ports).
import { describe, expect, it } from 'vitest';
import * as h from '../helpers.js';
import { askEstate, HTTPS } from '../estate.js';
import { evaluateNetworkAcl } from '../../../src/net/network-acl.js';
import { parseIpv4 } from '../../../src/core/cidr.js';

/** Replaces the default ACL of subnet-web with a custom one. */
function webAcl(inbound: ReturnType<typeof h.rule>[], outbound: ReturnType<typeof h.rule>[]) {
  return (e: { networkAcls: ReturnType<typeof h.networkAcl>[] }) => {
    e.networkAcls.push(h.networkAcl('acl-web', 'vpc-1', inbound, outbound, { subnets: ['subnet-web'] }));
    const def = e.networkAcls[0];
    if (def) def.Associations = def.Associations?.filter((x) => x.SubnetId !== 'subnet-web');
  };
}

const ALLOW_ALL = h.rule(200, 'allow', '-1', '0.0.0.0/0');
const WEB_IN = { from: 'internet', to: 'i-web', ...HTTPS } as const;

describe('network ACLs', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-rules ("starting with the lowest numbered rule ... regardless of any higher-numbered rule")
  it.each([
    ['a lower-numbered deny wins over a later allow', [h.rule(100, 'deny', '6', '0.0.0.0/0', [443, 443]), h.rule(110, 'allow', '6', '0.0.0.0/0', [443, 443])], 'denied', 'inbound rule 100 deny tcp 443 0.0.0.0/0'],
    ['a lower-numbered allow wins over a later deny', [h.rule(90, 'allow', '6', '0.0.0.0/0', [443, 443]), h.rule(100, 'deny', '-1', '0.0.0.0/0')], 'permitted', 'inbound rule 90 allow tcp 443 0.0.0.0/0'],
    ['rules are ordered by number, not by position in the file', [h.rule(120, 'deny', '-1', '0.0.0.0/0'), h.rule(110, 'allow', '6', '0.0.0.0/0', [0, 65535])], 'permitted', 'inbound rule 110 allow tcp all 0.0.0.0/0'],
    ['no match falls to the * rule', [h.rule(100, 'allow', '6', '0.0.0.0/0', [22, 22])], 'denied', 'inbound rule * deny all 0.0.0.0/0'],
    ['a rule for another CIDR does not match', [h.rule(100, 'allow', '6', '192.0.2.0/24', [443, 443])], 'denied', 'inbound rule * deny all 0.0.0.0/0'],
    ['protocol -1 matches tcp on any port', [h.rule(100, 'allow', '-1', '0.0.0.0/0')], 'permitted', 'inbound rule 100 allow all 0.0.0.0/0'],
  ])('%s', (_name, inbound, action, rule) => {
    const a = askEstate(WEB_IN, webAcl(inbound, [ALLOW_ALL]));
    const step = a.forward.flatMap((x) => x.steps).find((s) => s.kind === 'network-acl');
    expect(step).toMatchObject({ id: 'acl-web', direction: 'inbound', action, rule });
    if (action === 'denied') expect(a.blockedBy).toMatchObject({ type: 'network-acl', id: 'acl-web', direction: 'inbound', rule, explanation: 'SUBNET_ACL_RESTRICTION' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#default-network-acl ("allow all traffic to flow in and out")
  it('the default network ACL allows everything both ways', () => {
    expect(askEstate(WEB_IN).disposition).toBe('reachable');
    expect(askEstate({ from: 'i-web', to: 'internet', protocol: 'udp', port: 53 }).disposition).toBe('reachable');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#CreateACL ("a network ACL that you create blocks all inbound and outbound traffic until you add rules")
  it('a new custom network ACL denies everything until rules are added', () => {
    const a = askEstate(WEB_IN, webAcl([], []));
    expect(a.blockedBy).toMatchObject({ type: 'network-acl', id: 'acl-web', direction: 'inbound', rule: 'inbound rule * deny all 0.0.0.0/0' });
    expect(a.alsoBlocking).toEqual([expect.objectContaining({ type: 'network-acl', id: 'acl-web', direction: 'return', rule: 'outbound rule * deny all 0.0.0.0/0' })]);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-basics ("not as it is routed within a subnet")
  it('is not evaluated between instances of the same subnet', () => {
    const a = askEstate({ from: 'i-pub', to: 'i-pub2', ...HTTPS }, (e) => {
      e.networkAcls.push(h.networkAcl('acl-pub', 'vpc-1', [], [], { subnets: ['subnet-pub'] }));
      const def = e.networkAcls[0];
      if (def) def.Associations = def.Associations?.filter((x) => x.SubnetId !== 'subnet-pub');
    });
    expect(a.disposition).toBe('reachable');
    expect([...a.forward, ...a.return].flatMap((x) => x.steps).some((s) => s.kind === 'network-acl')).toBe(false);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-ephemeral-ports
  it('needs an outbound rule for the reply on the client\'s ephemeral ports (stateless)', () => {
    const blocked = askEstate(WEB_IN, webAcl([h.rule(100, 'allow', '6', '0.0.0.0/0', [443, 443])], [h.rule(100, 'allow', '6', '0.0.0.0/0', [443, 443])]));
    expect(blocked.blockedBy).toMatchObject({
      type: 'network-acl', id: 'acl-web', direction: 'return', rule: 'outbound rule * deny all 0.0.0.0/0', doctorCode: 'NACL_RETURN_TRAFFIC_BLOCKED',
      fix: "Add an outbound rule to acl-web that allows tcp 1024-65535 to 0.0.0.0/0 (the client's ephemeral ports).",
    });
    const ok = askEstate(WEB_IN, webAcl([h.rule(100, 'allow', '6', '0.0.0.0/0', [443, 443])], [h.rule(100, 'allow', '6', '0.0.0.0/0', [1024, 65535])]));
    expect(ok.disposition).toBe('reachable');
  });

  it('a deny numbered before the ephemeral allow blocks part of the range', () => {
    const a = askEstate(WEB_IN, webAcl([h.rule(100, 'allow', '6', '0.0.0.0/0', [443, 443])],
      [h.rule(100, 'deny', '6', '0.0.0.0/0', [1024, 2000]), h.rule(110, 'allow', '6', '0.0.0.0/0', [1024, 65535])]));
    expect(a.blockedBy).toMatchObject({ type: 'network-acl', direction: 'return', rule: 'outbound rule 100 deny tcp 1024-2000 0.0.0.0/0' });
    expect(a.return.flatMap((x) => x.steps).find((s) => s.kind === 'network-acl')).toMatchObject({ deniedPorts: '1024-2000' });
  });

  it('a known client port is judged alone (as flow logs give it)', () => {
    const acl = webAcl([h.rule(100, 'allow', '6', '0.0.0.0/0', [443, 443])], [h.rule(100, 'allow', '6', '0.0.0.0/0', [32768, 65535])]);
    expect(askEstate({ ...WEB_IN, sourcePorts: { from: 50000, to: 50000 } }, acl).disposition).toBe('reachable');
    expect(askEstate({ ...WEB_IN, sourcePorts: { from: 3000, to: 3000 } }, acl).blockedBy).toMatchObject({ direction: 'return' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-records-examples.html#flow-log-example-security-groups (ping: ACCEPT in, REJECT of the reply)
  it('treats ping as an echo request in and an echo reply out', () => {
    const a = askEstate({ from: 'internet', to: 'i-web', protocol: 'icmp' },
      webAcl([h.rule(100, 'allow', '1', '0.0.0.0/0', undefined, false, 8)], [h.rule(100, 'allow', '6', '0.0.0.0/0', [0, 65535])]));
    expect(a.forward.flatMap((x) => x.steps).find((s) => s.kind === 'network-acl')).toMatchObject({ action: 'permitted', rule: 'inbound rule 100 allow icmp type 8 0.0.0.0/0' });
    expect(a.blockedBy).toMatchObject({ type: 'network-acl', direction: 'return', rule: 'outbound rule * deny all 0.0.0.0/0' });
  });

  it('an IPv6 rule never matches IPv4 traffic', () => {
    const acl = h.networkAcl('acl-x', 'vpc-1', [{ RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, Ipv6CidrBlock: '::/0' }], []);
    const v = evaluateNetworkAcl(acl, 'inbound', { protocol: 6, remote: parseIpv4('8.8.8.8') as number, ports: { from: 443, to: 443 } });
    expect(v).toMatchObject({ action: 'deny', ruleNumber: '*' });
  });
});

// Security group rules: allow rules only, all groups of an interface together, stateful, group references.
import { describe, expect, it } from 'vitest';
import * as h from '../helpers.js';
import { askEstate, byId, HTTPS } from '../estate.js';

describe('security groups', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-rule-characteristics ("You can specify allow rules, but not deny rules")
  it('denies what no rule allows, and names the group and the rule to add', () => {
    const a = askEstate({ from: 'internet', to: 'i-web', ...HTTPS }, (e) => {
      e.securityGroups.push(h.securityGroup('sg-ssh', 'vpc-1', [h.perm('tcp', 22, 22, '0.0.0.0/0')]));
      byId(e.instances, 'i-web').NetworkInterfaces?.forEach((n) => { n.Groups = [{ GroupId: 'sg-ssh' }]; });
    });
    expect(a.blockedBy).toMatchObject({
      type: 'security-group', id: 'sg-ssh', direction: 'inbound', rule: 'no inbound rule of sg-ssh allows tcp 443 from internet',
      fix: 'Add an inbound rule to sg-ssh: tcp 443 from 0.0.0.0/0. Security groups are stateful, so the reply needs no rule.',
      explanation: 'ENI_SG_RULES_MISMATCH', doctorCode: 'SECURITY_GROUP_NO_MATCHING_RULE',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html ("rules from each security group are aggregated")
  it('aggregates the rules of every group on the interface', () => {
    const a = askEstate({ from: 'internet', to: 'i-web', ...HTTPS }, (e) => {
      e.securityGroups.push(h.securityGroup('sg-ssh', 'vpc-1', [h.perm('tcp', 22, 22, '0.0.0.0/0')]), h.securityGroup('sg-https', 'vpc-1', [h.perm('tcp', 443, 443, '0.0.0.0/0')]));
      byId(e.instances, 'i-web').NetworkInterfaces?.forEach((n) => { n.Groups = [{ GroupId: 'sg-ssh' }, { GroupId: 'sg-https' }]; });
    });
    expect(a.disposition).toBe('reachable');
    expect(a.forward.flatMap((x) => x.steps).find((s) => s.kind === 'security-group' && s.direction === 'inbound')).toMatchObject({ matchedGroupId: 'sg-https', rule: 'sg-https allows tcp 443 from 0.0.0.0/0' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html ("Security groups are stateful")
  it('lets the reply out without an outbound rule (stateful), but checks outbound rules for new connections', () => {
    const edit = (e: ReturnType<typeof import('../estate.js').baseEstate>): void => {
      e.securityGroups.push(h.securityGroup('sg-in-only', 'vpc-1', [h.perm('tcp', 443, 443, '0.0.0.0/0')], []));
      byId(e.instances, 'i-web').NetworkInterfaces?.forEach((n) => { n.Groups = [{ GroupId: 'sg-in-only' }]; });
    };
    expect(askEstate({ from: 'internet', to: 'i-web', ...HTTPS }, edit).disposition).toBe('reachable');
    expect(askEstate({ from: 'i-web', to: 'internet', ...HTTPS }, edit).blockedBy).toMatchObject({ type: 'security-group', id: 'sg-in-only', direction: 'outbound' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing
  it('a group reference admits members of the group by their private address only', () => {
    const edit = (e: ReturnType<typeof import('../estate.js').baseEstate>): void => {
      e.securityGroups.push(h.securityGroup('sg-app', 'vpc-1', []), h.securityGroup('sg-db', 'vpc-1', [h.perm('tcp', 5432, 5432, 'sg-app')]));
      byId(e.instances, 'i-pub').NetworkInterfaces?.forEach((n) => { n.Groups = [{ GroupId: 'sg-app' }]; });
      byId(e.instances, 'i-web').NetworkInterfaces?.forEach((n) => { n.Groups = [{ GroupId: 'sg-db' }]; });
    };
    const member = askEstate({ from: 'i-pub', to: 'i-web', protocol: 'tcp', port: 5432 }, edit);
    expect(member.disposition).toBe('reachable');
    expect(member.forward.flatMap((x) => x.steps).find((s) => s.kind === 'security-group' && s.direction === 'inbound')).toMatchObject({ rule: 'sg-db allows tcp 5432 from sg-app' });
    const other = askEstate({ from: 'i-pub2', to: 'i-web', protocol: 'tcp', port: 5432 }, edit);
    expect(other.blockedBy).toMatchObject({ type: 'security-group', id: 'sg-db', direction: 'inbound', fix: expect.stringContaining('tcp 5432 from sg-open') });
    // Through the public address the source is the member's public IP, which the reference does not cover.
    const viaPublic = askEstate({ from: 'i-pub', to: '198.51.100.35', protocol: 'tcp', port: 5432 }, edit);
    expect(viaPublic.blockedBy).toMatchObject({ type: 'security-group', id: 'sg-db', direction: 'inbound' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html (inbound rule: all traffic from the group itself)
  it('the default group admits its own members through its self rule', () => {
    const edit = (e: ReturnType<typeof import('../estate.js').baseEstate>): void => {
      e.securityGroups.push(h.securityGroup('sg-default', 'vpc-1', [h.perm('-1', undefined, undefined, 'sg-default')], undefined, 'default'));
      for (const id of ['i-pub', 'i-web']) byId(e.instances, id).NetworkInterfaces?.forEach((n) => { n.Groups = [{ GroupId: 'sg-default' }]; });
    };
    expect(askEstate({ from: 'i-pub', to: 'i-web', protocol: 'udp', port: 8125 }, edit).disposition).toBe('reachable');
    expect(askEstate({ from: 'i-priv', to: 'i-web', protocol: 'udp', port: 8125 }, edit).blockedBy).toMatchObject({ type: 'security-group', id: 'sg-default' });
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html ("You cannot reference the security group of a peer VPC that's in a different Region")
  it('a reference to a group in a peer VPC of another Region does not match', () => {
    const west = {
      region: 'us-west-2', vpcs: [h.vpc('vpc-w', '10.9.0.0/16')], subnets: [h.subnet('subnet-w', 'vpc-w', '10.9.0.0/24')],
      routeTables: [h.routeTable('rtb-w', 'vpc-w', [h.route('10.9.0.0/16', 'local'), h.route('10.0.0.0/16', 'pcx-x')], { main: true })],
      networkAcls: [h.defaultAcl('acl-w', 'vpc-w', ['subnet-w'])], securityGroups: [h.securityGroup('sg-w', 'vpc-w', [])],
      instances: [h.instance('i-w', 'subnet-w', 'vpc-w', '10.9.0.5', ['sg-w'])],
      vpcPeeringConnections: [h.peering('pcx-x', ['vpc-w', '10.9.0.0/16'], ['vpc-1', '10.0.0.0/16'])],
    };
    const edit = (e: ReturnType<typeof import('../estate.js').baseEstate>): void => {
      byId(e.routeTables, 'rtb-web').Routes?.push(h.route('10.9.0.0/16', 'pcx-x'));
      e.securityGroups.push(h.securityGroup('sg-db', 'vpc-1', [h.perm('tcp', 5432, 5432, 'sg-w')]));
      byId(e.instances, 'i-web').NetworkInterfaces?.forEach((n) => { n.Groups = [{ GroupId: 'sg-db' }]; });
      e.vpcPeeringConnections = west.vpcPeeringConnections;
    };
    const a = askEstate({ from: 'i-w', to: 'i-web', protocol: 'tcp', port: 5432 }, edit, [west]);
    expect(a.blockedBy).toMatchObject({ type: 'security-group', id: 'sg-db', direction: 'inbound', fix: expect.stringContaining('from 10.9.0.5/32') });
  });
});

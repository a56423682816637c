// Internet gateway, NAT gateway, peering and virtual private gateway rules, and instance state.
import { describe, expect, it } from 'vitest';
import * as h from '../helpers.js';
import { askEstate, byId, HTTPS } from '../estate.js';
import type { RegionInput } from '../helpers.js';

/** vpc-2 10.1.0.0/16 peered to vpc-1 by pcx-12 (routes on both sides), i-two 10.1.0.5; its route table can be edited. */
function peerVpc(routes: ReturnType<typeof h.route>[] = [h.route('10.0.0.0/16', 'pcx-12')], status = 'active'): RegionInput {
  return {
    vpcs: [h.vpc('vpc-2', '10.1.0.0/16')], subnets: [h.subnet('subnet-two', 'vpc-2', '10.1.0.0/24')],
    routeTables: [h.routeTable('rtb-two', 'vpc-2', [h.route('10.1.0.0/16', 'local'), ...routes], { main: true })],
    networkAcls: [h.defaultAcl('acl-two', 'vpc-2', ['subnet-two'])],
    securityGroups: [h.securityGroup('sg-two', 'vpc-2', [h.perm('-1', undefined, undefined, '0.0.0.0/0')])],
    instances: [h.instance('i-two', 'subnet-two', 'vpc-2', '10.1.0.5', ['sg-two'])],
    vpcPeeringConnections: [h.peering('pcx-12', ['vpc-1', '10.0.0.0/16'], ['vpc-2', '10.1.0.0/16'], status)],
  };
}

function peered(e: ReturnType<typeof import('../estate.js').baseEstate>): void {
  byId(e.routeTables, 'rtb-web').Routes?.push(h.route('10.1.0.0/16', 'pcx-12'));
}

describe('internet gateways', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html ("Create an internet gateway and attach it to your VPC")
  it('must be attached: the blocker names the gateway the route points to', () => {
    const a = askEstate({ from: 'i-web', to: 'internet', ...HTTPS }, (e) => { e.internetGateways = [h.igw('igw-1')]; });
    expect(a.blockedBy).toMatchObject({ type: 'internet-gateway', id: 'igw-1', direction: 'outbound', rule: 'igw-1 is not attached to vpc-1' });
    const inbound = askEstate({ from: 'internet', to: 'i-web', ...HTTPS }, (e) => { e.internetGateways = [h.igw('igw-1')]; });
    expect(inbound.blockedBy).toMatchObject({ type: 'internet-gateway', id: 'vpc-1', direction: 'outbound' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html ("Ensure that instances in your subnet have a public IPv4 address")
  it('needs a public IPv4 address on the interface, both ways', () => {
    const out = askEstate({ from: 'i-priv', to: 'internet', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-main').Routes = [h.route('10.0.0.0/16', 'local'), h.route('0.0.0.0/0', 'igw-1')];
    });
    expect(out.blockedBy).toMatchObject({ type: 'no-public-ip', id: 'i-priv', direction: 'outbound', explanation: 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS', doctorCode: 'INSTANCE_NO_PUBLIC_IP' });
    const inb = askEstate({ from: 'internet', to: 'i-priv', ...HTTPS });
    expect(inb.blockedBy).toMatchObject({ type: 'no-public-ip', id: 'i-priv', direction: 'outbound' });
  });

  it('reaches an instance by its public address and translates it to the private one', () => {
    const a = askEstate({ from: '192.0.2.10', to: '198.51.100.35', ...HTTPS });
    expect(a.disposition).toBe('reachable');
    expect(a.forward.flatMap((x) => x.steps).find((s) => s.kind === 'internet-gateway')).toMatchObject({ action: 'translated', translation: { from: '198.51.100.35', to: '10.0.3.5' } });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html (an internet gateway is a target for internet-routable traffic)
  it('drops traffic for a private destination', () => {
    const a = askEstate({ from: 'i-web', to: '192.168.10.10', ...HTTPS });
    expect(a.blockedBy).toMatchObject({ type: 'internet-gateway', id: 'igw-1', rule: 'igw-1 cannot reach private address 192.168.10.10' });
  });
});

describe('NAT gateways', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html ("cannot receive unsolicited inbound connections")
  it('passes no connection opened from the internet', () => {
    const a = askEstate({ from: 'internet', to: '198.51.100.9', ...HTTPS });
    expect(a.blockedBy).toMatchObject({ type: 'nat-gateway', id: 'nat-1', direction: 'outbound', rule: 'nat-1 accepts no inbound connections' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html ("You create a public NAT gateway in a public subnet")
  it('must sit in a public subnet', () => {
    const a = askEstate({ from: 'i-priv', to: 'internet', ...HTTPS }, (e) => {
      e.subnets.push(h.subnet('subnet-nat', 'vpc-1', '10.0.9.0/24'));
      e.routeTables.push(h.routeTable('rtb-nat', 'vpc-1', [h.route('10.0.0.0/16', 'local')], { subnets: ['subnet-nat'] }));
      e.natGateways = [h.natGateway('nat-1', 'vpc-1', 'subnet-nat', '10.0.9.9', '198.51.100.9')];
    });
    expect(a.blockedBy).toMatchObject({ type: 'route-table', id: 'rtb-nat', direction: 'outbound', doctorCode: 'PRIVATE_SUBNET_NO_NAT_ROUTE' });
    expect(a.blockedBy?.fix).toContain('Put the NAT gateway in a public subnet');
  });

  it('forwards only when available', () => {
    const a = askEstate({ from: 'i-priv', to: 'internet', ...HTTPS }, (e) => { e.natGateways = [h.natGateway('nat-1', 'vpc-1', 'subnet-pub', '10.0.1.9', '198.51.100.9', 'failed')]; });
    expect(a.blockedBy).toMatchObject({ type: 'nat-gateway', id: 'nat-1', rule: 'nat-1 is failed' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html ("You cannot route traffic to a NAT gateway through a VPC peering connection")
  it('cannot be used from a peered VPC (no edge-to-edge routing)', () => {
    const a = askEstate({ from: 'i-two', to: 'internet', ...HTTPS }, peered, [peerVpc([h.route('10.0.0.0/16', 'pcx-12'), h.route('0.0.0.0/0', 'pcx-12')])]);
    expect(a.blockedBy).toMatchObject({ type: 'peering', id: 'pcx-12', direction: 'outbound', explanation: 'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR' });
  });

  it('the reply of an internet client must not leave through a NAT gateway (public subnet routed to NAT)', () => {
    const a = askEstate({ from: 'internet', to: 'i-web', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-web').Routes = [h.route('10.0.0.0/16', 'local'), h.route('0.0.0.0/0', 'nat-1')];
    });
    expect(a.blockedBy).toMatchObject({ type: 'route-table', id: 'rtb-web', direction: 'return', rule: '0.0.0.0/0 → nat-1', doctorCode: 'SUBNET_NO_ROUTE_TO_IGW' });
  });
});

describe('VPC peering', () => {
  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html
  it('connects two VPCs with routes on both sides', () => {
    expect(askEstate({ from: 'i-web', to: 'i-two', ...HTTPS }, peered, [peerVpc()]).disposition).toBe('reachable');
  });

  it('reports a route to a pending peering connection as a blackhole route', () => {
    const a = askEstate({ from: 'i-web', to: 'i-two', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-web').Routes?.push(h.route('10.1.0.0/16', 'pcx-12', { State: 'blackhole' }));
    }, [peerVpc(undefined, 'pending-acceptance')]);
    expect(a.blockedBy).toMatchObject({ type: 'route-table', id: 'rtb-web', rule: '10.1.0.0/16 → pcx-12 (blackhole)', doctorCode: 'PEERING_INCOMPLETE' });
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations ("Transitive peering")
  it('is not transitive', () => {
    const c: RegionInput = {
      vpcs: [h.vpc('vpc-3', '10.2.0.0/16')], subnets: [h.subnet('subnet-three', 'vpc-3', '10.2.0.0/24')],
      routeTables: [h.routeTable('rtb-three', 'vpc-3', [h.route('10.2.0.0/16', 'local'), h.route('10.1.0.0/16', 'pcx-23')], { main: true })],
      networkAcls: [h.defaultAcl('acl-three', 'vpc-3', ['subnet-three'])], securityGroups: [h.securityGroup('sg-three', 'vpc-3', [h.perm('-1', undefined, undefined, '0.0.0.0/0')])],
      instances: [h.instance('i-three', 'subnet-three', 'vpc-3', '10.2.0.5', ['sg-three'])],
      vpcPeeringConnections: [h.peering('pcx-23', ['vpc-2', '10.1.0.0/16'], ['vpc-3', '10.2.0.0/16'])],
    };
    const a = askEstate({ from: 'i-web', to: 'i-three', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-web').Routes?.push(h.route('10.1.0.0/16', 'pcx-12'), h.route('10.2.0.0/16', 'pcx-12'));
    }, [peerVpc([h.route('10.0.0.0/16', 'pcx-12'), h.route('10.2.0.0/16', 'pcx-23')]), c]);
    expect(a.blockedBy).toMatchObject({ type: 'peering', id: 'pcx-12', rule: '10.2.0.5 is outside vpc-2 (10.1.0.0/16)', doctorCode: 'PEERING_INCOMPLETE' });
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations ("Edge to edge routing through a gateway")
  it("cannot use the peer's internet gateway or VPN connection", () => {
    const viaIgw = askEstate({ from: 'i-two', to: '8.8.8.8', ...HTTPS }, peered, [peerVpc([h.route('10.0.0.0/16', 'pcx-12'), h.route('0.0.0.0/0', 'pcx-12')])]);
    expect(viaIgw.blockedBy).toMatchObject({ type: 'peering', id: 'pcx-12', rule: '8.8.8.8 is outside vpc-1 (10.0.0.0/16)' });
    const viaVpn = askEstate({ from: 'i-two', to: '172.16.0.9', ...HTTPS }, (e) => {
      peered(e);
      e.vpnGateways = [h.vpnGateway('vgw-1', 'vpc-1')];
      e.vpnConnections = [h.vpnConnection('vpn-1', 'vgw-1')];
    }, [peerVpc([h.route('10.0.0.0/16', 'pcx-12'), h.route('172.16.0.0/12', 'pcx-12')])]);
    expect(viaVpn.blockedBy).toMatchObject({ type: 'peering', id: 'pcx-12', explanation: 'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR' });
  });
});

describe('virtual private gateways', () => {
  const vpn = (staticRoutes?: string[], state = 'available') => (e: ReturnType<typeof import('../estate.js').baseEstate>): void => {
    e.vpnGateways = [h.vpnGateway('vgw-1', 'vpc-1')];
    e.vpnConnections = [h.vpnConnection('vpn-1', 'vgw-1', staticRoutes, state)];
    byId(e.routeTables, 'rtb-main').Routes?.push(h.route('192.168.0.0/16', 'vgw-1', { Origin: 'EnableVgwRoutePropagation' }));
  };

  // https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html (traffic to the remote network routes through the virtual private gateway)
  it('carries traffic between the VPC and the on-premises network both ways', () => {
    expect(askEstate({ from: '192.168.1.20', to: 'i-priv', protocol: 'tcp', port: 22 }, vpn()).disposition).toBe('reachable');
    expect(askEstate({ from: 'i-priv', to: '192.168.1.20', protocol: 'tcp', port: 445 }, vpn()).disposition).toBe('reachable');
  });

  // https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html (static routing: the VPN connection's static routes)
  it('with static routing, needs a static route for the on-premises address', () => {
    const a = askEstate({ from: 'i-priv', to: '192.168.1.20', protocol: 'tcp', port: 445 }, vpn(['10.200.0.0/16']));
    expect(a.blockedBy).toMatchObject({ type: 'vpn-gateway', id: 'vpn-1', rule: 'no static route for 192.168.1.20 on vpn-1', doctorCode: 'VPN_ROUTE_MISSING' });
    expect(askEstate({ from: 'i-priv', to: '192.168.1.20', protocol: 'tcp', port: 445 }, vpn(['192.168.0.0/16'])).disposition).toBe('reachable');
  });

  it('needs an available VPN connection', () => {
    const a = askEstate({ from: 'i-priv', to: '192.168.1.20', protocol: 'tcp', port: 445 }, vpn(undefined, 'deleted'));
    expect(a.blockedBy).toMatchObject({ type: 'vpn-gateway', id: 'vgw-1', rule: 'no available VPN connection on vgw-1' });
  });

  it('admits nothing from on-premises into a VPC without a virtual private gateway', () => {
    const a = askEstate({ from: '192.168.1.20', to: 'i-priv', protocol: 'tcp', port: 22 });
    expect(a.blockedBy).toMatchObject({ type: 'vpn-gateway', id: 'vpc-1', direction: 'outbound', rule: 'no virtual private gateway attached to vpc-1' });
  });
});

describe('instances', () => {
  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html (a stopped instance does not run)
  it('a stopped instance neither receives nor sends', () => {
    const stop = (e: ReturnType<typeof import('../estate.js').baseEstate>): void => {
      const i = byId(e.instances, 'i-web');
      i.State = { Code: 80, Name: 'stopped' };
    };
    expect(askEstate({ from: 'internet', to: 'i-web', ...HTTPS }, stop).blockedBy).toMatchObject({ type: 'instance', id: 'i-web', direction: 'inbound', rule: 'i-web is stopped' });
    expect(askEstate({ from: 'i-web', to: 'internet', ...HTTPS }, stop).blockedBy).toMatchObject({ type: 'instance', id: 'i-web', direction: 'outbound' });
  });
});

// Route table rules: which table a subnet uses, longest prefix match, the local route, blackholes, static over propagated.
import { describe, expect, it } from 'vitest';
import * as h from '../helpers.js';
import { askEstate, byId, HTTPS } from '../estate.js';
import type { Step } from '../../../src/net/trace.js';

function routeSteps(steps: Step[]): Step[] {
  return steps.filter((s) => s.kind === 'route-table');
}

describe('route tables', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html#RouteTables (main route table: subnets without an explicit association)
  it('uses the main route table for a subnet without an explicit association', () => {
    const a = askEstate({ from: 'i-priv', to: 'internet', ...HTTPS });
    expect(routeSteps(a.forward.flatMap((x) => x.steps))[0]).toMatchObject({ id: 'rtb-main', association: 'main', rule: '0.0.0.0/0 → nat-1' });
    expect(a.disposition).toBe('reachable');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html#subnet-route-tables (explicit association)
  it('uses the explicitly associated table over the main one', () => {
    const a = askEstate({ from: 'i-priv', to: 'internet', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-web').Associations?.push({ Main: false, RouteTableAssociationId: 'rtbassoc-x', RouteTableId: 'rtb-web', SubnetId: 'subnet-priv', AssociationState: { State: 'associated' } });
    });
    expect(routeSteps(a.forward.flatMap((x) => x.steps))[0]).toMatchObject({ id: 'rtb-web', association: 'explicit', rule: '0.0.0.0/0 → igw-1' });
    expect(a.blockedBy).toMatchObject({ type: 'no-public-ip', id: 'i-priv', direction: 'outbound' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html#route-table-longest-prefix-match
  it.each([
    ['203.0.113.7', '203.0.113.0/24 → nat-1'],
    ['8.8.8.8', '0.0.0.0/0 → igw-1'],
    ['10.0.2.5', '10.0.0.0/16 → local'],
  ])('picks the longest prefix for %s', (to, rule) => {
    const a = askEstate({ from: 'i-web', to, ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-web').Routes?.push(h.route('203.0.113.0/24', 'nat-1'));
    });
    expect(routeSteps(a.forward.flatMap((x) => x.steps))[0]).toMatchObject({ id: 'rtb-web', rule });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html#route-table-priority-propagated-routes
  it('prefers a static route over a propagated route with the same destination (the page\'s 172.31.0.0/24 example)', () => {
    const a = askEstate({ from: 'i-web', to: '172.31.0.9', ...HTTPS }, (e) => {
      const rt = byId(e.routeTables, 'rtb-web');
      rt.Routes?.push(h.route('172.31.0.0/24', 'vgw-1', { Origin: 'EnableVgwRoutePropagation' }), h.route('172.31.0.0/24', 'igw-1'));
    }, [{ vpnGateways: [h.vpnGateway('vgw-1', 'vpc-1')], vpnConnections: [h.vpnConnection('vpn-1', 'vgw-1')] }]);
    expect(routeSteps(a.forward.flatMap((x) => x.steps))[0]).toMatchObject({ rule: '172.31.0.0/24 → igw-1', origin: 'static' });
    // ...and the internet gateway then drops a private destination.
    expect(a.blockedBy).toMatchObject({ type: 'internet-gateway', id: 'igw-1', rule: 'igw-1 cannot reach private address 172.31.0.9' });
  });

  // https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-route-priority.html ("the local route is most preferred even if the propagated routes are more specific")
  it('keeps the local route over a more specific propagated route', () => {
    const a = askEstate({ from: 'i-web', to: 'i-priv', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-web').Routes?.push(h.route('10.0.2.0/24', 'vgw-1', { Origin: 'EnableVgwRoutePropagation' }));
    });
    expect(routeSteps(a.forward.flatMap((x) => x.steps))[0]).toMatchObject({ rule: '10.0.0.0/16 → local' });
    expect(a.disposition).toBe('reachable');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html (a static route more specific than local wins by prefix)
  it('lets a static route more specific than the local route win (middlebox routing)', () => {
    const a = askEstate({ from: 'i-web', to: 'i-priv', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-web').Routes?.push(h.route('10.0.2.0/24', 'eni-appliance'));
    });
    expect(routeSteps(a.forward.flatMap((x) => x.steps))[0]).toMatchObject({ rule: '10.0.2.0/24 → eni-appliance' });
    expect(a.disposition).toBe('unknown');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html#route-table-routes ("blackhole": the target is gone)
  it('reports a blackhole route (deleted NAT gateway) as route-table', () => {
    const a = askEstate({ from: 'i-priv', to: 'internet', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-main').Routes = [h.route('10.0.0.0/16', 'local'), h.route('0.0.0.0/0', 'nat-gone', { State: 'blackhole' })];
    });
    expect(a.blockedBy).toMatchObject({ type: 'route-table', id: 'rtb-main', direction: 'outbound', rule: '0.0.0.0/0 → nat-gone (blackhole)', explanation: 'BAD_STATE_ROUTE' });
    expect(a.alsoBlocking).toEqual([]);
  });

  it('reports a route to a NAT gateway missing from the snapshot as a blackhole', () => {
    const a = askEstate({ from: 'i-priv', to: 'internet', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-main').Routes = [h.route('10.0.0.0/16', 'local'), h.route('0.0.0.0/0', 'nat-gone')];
    });
    expect(a.blockedBy).toMatchObject({ type: 'route-table', id: 'rtb-main', rule: '0.0.0.0/0 → nat-gone (blackhole)' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html ("add a route to the internet gateway")
  it('names the missing route and its fix when a public subnet has no route to the internet gateway', () => {
    const a = askEstate({ from: 'i-web', to: 'internet', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-web').Routes = [h.route('10.0.0.0/16', 'local')];
    });
    expect(a.blockedBy).toMatchObject({
      type: 'route-table', id: 'rtb-web', direction: 'outbound', rule: 'no route to internet', explanation: 'NO_ROUTE_TO_DESTINATION',
      fix: 'Add a route 0.0.0.0/0 → igw-1 to rtb-web.', doctorCode: 'SUBNET_NO_ROUTE_TO_IGW',
    });
  });

  it('suggests the NAT gateway for a private subnet without a default route', () => {
    const a = askEstate({ from: 'i-priv', to: 'internet', ...HTTPS }, (e) => {
      byId(e.routeTables, 'rtb-main').Routes = [h.route('10.0.0.0/16', 'local')];
    });
    expect(a.blockedBy).toMatchObject({ type: 'route-table', id: 'rtb-main', fix: 'Add a route 0.0.0.0/0 → nat-1 to rtb-main.', doctorCode: 'PRIVATE_SUBNET_NO_NAT_ROUTE' });
  });
});

// The VPC part of the seed troubleshooting notes (S8), each bullet turned into a misconfigured snapshot that whynot
// must diagnose: the IGW route, NACL return traffic, a one-sided peering route, the VPN route, NAT vs IGW.
import { describe, expect, it } from 'vitest';
import { ask, listOf, loadScenario } from './fixtures.js';

describe('seed notes: Troubleshooting VPCs', () => {
  // "Public traffic -> Public subnets: make sure routing table is routing internet traffic to the INTERNET GATEWAY."
  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  it('finds the missing internet gateway route of a public subnet', async () => {
    const t = await loadScenario('public-private-nat', (d) => {
      const rt = listOf(d, 'routeTables').find((r) => r.RouteTableId === 'rtb-0b0b0c0d0e0f00021');
      if (rt) rt.Routes = rt.Routes?.filter((r) => r.GatewayId !== 'igw-1a2b3d4d');
    });
    const a = ask(t, { from: 'internet', to: 'i-0b0b0c0d0e0f00051', protocol: 'tcp', port: 443 });
    expect(a.blockedBy).toMatchObject({ type: 'route-table', id: 'rtb-0b0b0c0d0e0f00021', direction: 'return', rule: 'no route to internet', doctorCode: 'SUBNET_NO_ROUTE_TO_IGW' });
    expect(a.blockedBy?.fix).toBe('Add a route 0.0.0.0/0 → igw-1a2b3d4d to rtb-0b0b0c0d0e0f00021.');
  });

  // "NACLs are stateless: you need to configure both INBOUND and OUTBOUND rules."
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-basics
  it('finds the network ACL that lets the request in but not the reply out', async () => {
    const t = await loadScenario('public-subnet', (d) => {
      const acl = listOf(d, 'networkAcls').find((x) => x.NetworkAclId === 'acl-0a0b0c0d0e0f00041');
      if (acl) acl.Entries = acl.Entries?.filter((e) => !(e.Egress && e.RuleNumber === 120));
    });
    const a = ask(t, { from: 'internet', to: 'i-0a0b0c0d0e0f00051', protocol: 'tcp', port: 443 });
    expect(a.forward.flatMap((h) => h.steps).every((s) => s.action !== 'denied')).toBe(true);
    expect(a.blockedBy).toMatchObject({ type: 'network-acl', id: 'acl-0a0b0c0d0e0f00041', direction: 'return', rule: 'outbound rule * deny all 0.0.0.0/0', doctorCode: 'NACL_RETURN_TRAFFIC_BLOCKED' });
  });

  // "If you are peering 2 VPCs, remember to configure routing tables in both VPCs."
  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
  it('finds the peering route missing on one side', async () => {
    const t = await loadScenario('peering', (d) => {
      const rt = listOf(d, 'routeTables').find((r) => r.RouteTableId === 'rtb-0d0b0c0d0e0f0002a');
      if (rt) rt.Routes = rt.Routes?.filter((r) => !r.VpcPeeringConnectionId);
    });
    const a = ask(t, { from: 'i-0d0b0c0d0e0f0005a', to: 'i-0d0b0c0d0e0f0005b', protocol: 'tcp', port: 5432 });
    expect(a.blockedBy).toMatchObject({ type: 'route-table', id: 'rtb-0d0b0c0d0e0f0002a', direction: 'outbound', rule: 'no route to 10.0.0.10', doctorCode: 'PEERING_INCOMPLETE' });
    expect(a.blockedBy?.fix).toBe('Add a route 10.0.0.0/16 → pcx-11112222 to rtb-0d0b0c0d0e0f0002a.');
  });

  // "VPN traffic -> Private subnets: make sure routing table is routing any traffic to your own datacenter through the VIRTUAL PRIVATE [gateway]."
  // https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html
  it('finds the private route table without a route to the data center', async () => {
    const t = await loadScenario('vpn-only', (d) => {
      for (const rt of listOf(d, 'routeTables')) {
        rt.Routes = rt.Routes?.filter((r) => !r.GatewayId?.startsWith('vgw-'));
        rt.PropagatingVgws = [];
      }
    });
    const a = ask(t, { from: 'i-0c0b0c0d0e0f00051', to: '172.16.8.8', protocol: 'tcp', port: 443 });
    expect(a.blockedBy).toMatchObject({ type: 'route-table', direction: 'outbound', rule: 'no route to 172.16.8.8', doctorCode: 'VPN_ROUTE_MISSING' });
    expect(a.blockedBy?.fix).toContain('→ vgw-1a2b3c4d');
  });

  // "Problems with internet access: make sure you have configured your Routing Tables correctly, to use either a NAT Gateway OR Internet Gateway."
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
  it('tells a private subnet routed to the internet gateway (needs the NAT gateway) from a public one routed to the NAT gateway', async () => {
    const priv = await loadScenario('public-private-nat', (d) => {
      const main = listOf(d, 'routeTables').find((r) => r.RouteTableId === 'rtb-0b0b0c0d0e0f00020');
      for (const r of main?.Routes ?? []) if (r.NatGatewayId) { delete r.NatGatewayId; r.GatewayId = 'igw-1a2b3d4d'; }
    });
    const a = ask(priv, { from: 'i-0b0b0c0d0e0f00052', to: 'internet', protocol: 'tcp', port: 443 });
    expect(a.blockedBy).toMatchObject({ type: 'no-public-ip', id: 'i-0b0b0c0d0e0f00052', direction: 'outbound' });
    expect(a.blockedBy?.fix).toContain('route 0.0.0.0/0 to a NAT gateway');

    const pub = await loadScenario('public-private-nat', (d) => {
      const rt = listOf(d, 'routeTables').find((r) => r.RouteTableId === 'rtb-0b0b0c0d0e0f00021');
      for (const r of rt?.Routes ?? []) if (r.GatewayId === 'igw-1a2b3d4d') { delete r.GatewayId; r.NatGatewayId = 'nat-12345678901234567'; }
    });
    const b = ask(pub, { from: 'internet', to: 'i-0b0b0c0d0e0f00051', protocol: 'tcp', port: 443 });
    expect(b.blockedBy).toMatchObject({ type: 'route-table', id: 'rtb-0b0b0c0d0e0f00021', direction: 'return', rule: '0.0.0.0/0 → nat-12345678901234567' });
  });
});

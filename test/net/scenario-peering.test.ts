// Scenario "Two VPCs peered together", rebuilt from the VPC Peering Guide: VPC A (172.16.0.0/16) and VPC B
// (10.0.0.0/16) peered by pcx-11112222, each routing the other's CIDR to it; B's database admits A's group by reference.
// https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-full-access.html#two-vpcs-full-access
import { describe, expect, it } from 'vitest';
import { renderReachText } from '../../src/render/reach-text.js';
import { ask, listOf, loadScenario } from './fixtures.js';

const A = 'i-0d0b0c0d0e0f0005a';
const B = 'i-0d0b0c0d0e0f0005b';
const PCX = 'pcx-11112222';

describe('two VPCs peered together', () => {
  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html: peer groups referenced in the same Region.
  it('connects A to the database in B, matching the peer security group reference', async () => {
    const t = await loadScenario('peering');
    const a = ask(t, { from: A, to: B, protocol: 'tcp', port: 5432 });
    expect(a.disposition).toBe('reachable');
    const text = renderReachText(a);
    expect(text).toContain(`rtb-0d0b0c0d0e0f0002a (10.0.0.0/16 → ${PCX}) → ${PCX} →`);
    expect(text).toContain(`sg-0d0b0c0d0e0f0003b allows tcp 5432 from sg-0d0b0c0d0e0f0003a → ${B}`);
    expect(text).toContain(`rtb-0d0b0c0d0e0f0002b (172.16.0.0/16 → ${PCX}) → ${PCX}`);
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html: each VPC owner adds a route to the peer.
  it('names the missing route in B when only A routes to the peering connection', async () => {
    const t = await loadScenario('peering', (d) => {
      const rtb = listOf(d, 'routeTables').find((r) => r.RouteTableId === 'rtb-0d0b0c0d0e0f0002b');
      if (rtb) rtb.Routes = rtb.Routes?.filter((r) => r.VpcPeeringConnectionId !== PCX);
    });
    const a = ask(t, { from: A, to: B, protocol: 'tcp', port: 5432 });
    expect(a.blockedBy).toMatchObject({ type: 'route-table', id: 'rtb-0d0b0c0d0e0f0002b', direction: 'return', doctorCode: 'PEERING_INCOMPLETE' });
    expect(a.blockedBy?.fix).toBe(`Add a route 172.16.0.0/16 → ${PCX} to rtb-0d0b0c0d0e0f0002b: a peering connection needs a route in both VPCs.`);
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-lifecycle: traffic flows only when active.
  it('blocks while the peering connection is pending acceptance', async () => {
    const t = await loadScenario('peering', (d) => {
      for (const p of listOf(d, 'vpcPeeringConnections')) p.Status = { Code: 'pending-acceptance', Message: 'Pending Acceptance by 111122223333' };
    });
    const a = ask(t, { from: A, to: B, protocol: 'tcp', port: 5432 });
    expect(a.blockedBy).toMatchObject({ type: 'peering', id: PCX, direction: 'outbound', rule: `${PCX} is pending-acceptance` });
    expect(a.blockedBy?.fix).toContain('accept-vpc-peering-connection');
  });
});

// Scenario "VPC with a private subnet only and AWS Site-to-Site VPN access", rebuilt from the AWS VPC User Guide
// (legacy VPC_Scenario4): no internet gateway, a virtual private gateway with route propagation, the default security
// group with SSH and RDP from the home network (172.16.0.0/16 here).
// https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Scenario4.html (archived: awsdocs/amazon-vpc-user-guide doc_source/VPC_Scenario4.md)
import { describe, expect, it } from 'vitest';
import { renderReachText } from '../../src/render/reach-text.js';
import { ask, listOf, loadScenario } from './fixtures.js';

const A = 'i-0c0b0c0d0e0f00051';
const B = 'i-0c0b0c0d0e0f00052';
const RTB = 'rtb-0c0b0c0d0e0f00020';

describe('VPN-only subnet (VPC_Scenario4)', () => {
  it('admits SSH from the home network through the virtual private gateway and replies the same way', async () => {
    const t = await loadScenario('vpn-only');
    const a = ask(t, { from: '172.16.5.10', to: A, protocol: 'tcp', port: 22 });
    expect(a.disposition).toBe('reachable');
    const text = renderReachText(a);
    expect(text).toContain(`request: on-premises (172.16.5.10) → vgw-1a2b3c4d → acl-0c0b0c0d0e0f00040 inbound rule 100 allow all 0.0.0.0/0 → sg-0c0b0c0d0e0f00030 allows tcp 22 from 172.16.0.0/16 → ${A}`);
    expect(text).toContain(`${RTB} (172.16.0.0/16 → vgw-1a2b3c4d (propagated))`);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html: members of the default group reach each other.
  it('lets instances in the default security group talk to each other through its self rule', async () => {
    const t = await loadScenario('vpn-only');
    const a = ask(t, { from: A, to: B, protocol: 'tcp', port: 5432 });
    expect(a.disposition).toBe('reachable');
    expect(renderReachText(a)).toContain('sg-0c0b0c0d0e0f00030 allows all traffic from sg-0c0b0c0d0e0f00030');
  });

  it('cannot be reached from the internet: no internet gateway and no public IP', async () => {
    const t = await loadScenario('vpn-only');
    const a = ask(t, { from: 'internet', to: A, protocol: 'tcp', port: 22 });
    expect(a.blockedBy).toMatchObject({ type: 'internet-gateway', direction: 'outbound' });
    expect(a.alsoBlocking.map((b) => b.type)).toContain('no-public-ip');
  });

  it('sends internet-bound traffic to the home network, beyond which the snapshot cannot see', async () => {
    const t = await loadScenario('vpn-only');
    const a = ask(t, { from: A, to: 'internet', protocol: 'tcp', port: 443 });
    expect(a.disposition).toBe('unknown');
    expect(a.notes.join(' ')).toContain('instead of internet');
  });

  // https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html: traffic to the remote network needs a route to the VGW.
  it('reports the missing VPN route when propagation is off and no static route exists', async () => {
    const t = await loadScenario('vpn-only', (d) => {
      const rt = listOf(d, 'routeTables')[0];
      if (rt) {
        rt.Routes = rt.Routes?.filter((r) => r.GatewayId !== 'vgw-1a2b3c4d');
        rt.PropagatingVgws = [];
      }
    });
    const a = ask(t, { from: '172.16.5.10', to: A, protocol: 'tcp', port: 22 });
    expect(a.blockedBy).toMatchObject({ type: 'route-table', id: RTB, direction: 'return', rule: 'no route to 172.16.5.10', doctorCode: 'VPN_ROUTE_MISSING' });
    expect(a.blockedBy?.fix).toContain('enable route propagation from vgw-1a2b3c4d');
  });
});

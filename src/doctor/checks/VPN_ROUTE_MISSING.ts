// VPN_ROUTE_MISSING: a virtual private gateway is attached, but no route table routes the on-premises CIDR to it and propagation is off.
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'VPN_ROUTE_MISSING', severity: 'error', title: 'No route sends on-premises traffic to the virtual private gateway',
    needs: ['-vpn-gateways', '-route-tables (PropagatingVgws)'],
    fix: 'Enable route propagation from vgw-…, or add a static route <on-prem CIDR> → vgw-…',
    docs: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/SetUpVPNConnections.html#vpn-configure-routing',
  },
  check({ ctx, report }) {
    const t = ctx.topology();
    for (const vgw of [...t.vpnGateways.values()].sort((a, b) => (a.VpnGatewayId < b.VpnGatewayId ? -1 : 1))) {
      const id = vgw.VpnGatewayId;
      for (const att of vgw.VpcAttachments ?? []) {
        if (att.State !== 'attached' || !att.VpcId) continue;
        const vpc = t.vpcs.get(att.VpcId);
        if (!vpc) continue;
        const routed = vpc.routeTables.some((rt) => (rt.PropagatingVgws ?? []).some((p) => p.GatewayId === id) || (rt.Routes ?? []).some((r) => r.GatewayId === id));
        if (routed) continue;
        const cidrs = (t.vpnConnectionsByVgw.get(id) ?? []).flatMap((c) => (c.Routes ?? []).flatMap((r) => (r.DestinationCidrBlock ? [r.DestinationCidrBlock] : [])));
        const tables = vpc.routeTables.map((rt) => rt.RouteTableId);
        report({
          message: `${id} is attached to ${vpc.id}${cidrs.length ? ` with on-premises routes ${cidrs.join(', ')}` : ''}, but no route table (${tables.join(', ')}) routes to it and none propagates its routes.`,
          fix: `aws ec2 enable-vgw-route-propagation --gateway-id ${id} --route-table-id <rtb> for ${tables.join(', ')}, or add a static route ${cidrs[0] ?? '<on-prem CIDR>'} → ${id}.`,
          resource: id, location: { file: `${vpc.data.dir}/ec2/describe-route-tables.json` }, evidence: [`${vpc.data.dir}/ec2/describe-vpn-gateways.json: ${id} attached to ${vpc.id}`, 'no PropagatingVgws and no route via the gateway'],
        });
      }
    }
  },
};

// VPN_ROUTE_MISSING: a virtual private gateway is attached, but no route table routes the on-premises CIDR to it and propagation is off.
import { lookupRoute } from '../../net/route-table.js';
import { routeTableOf } from '../../net/topology.js';
import type { RouteTable } from '../../snapshot/ec2/types.js';
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
        const reaches = (rt: RouteTable): boolean => (rt.PropagatingVgws ?? []).some((p) => p.GatewayId === id) || (rt.Routes ?? []).some((r) => r.GatewayId === id);
        // Private route tables that workloads use: tables of subnets with a running instance and no default route to an IGW.
        const used = new Map<string, RouteTable>();
        for (const inst of t.instances.values()) {
          const subnet = inst.primaryEni?.subnet;
          if (inst.state !== 'running' || subnet?.vpc !== vpc) continue;
          const rt = routeTableOf(t, subnet);
          if (rt && lookupRoute(t, rt.table, 'internet').match?.target.kind !== 'igw') used.set(rt.table.RouteTableId, rt.table);
        }
        const missing = used.size ? [...used.values()].filter((rt) => !reaches(rt)) : vpc.routeTables.some(reaches) ? [] : vpc.routeTables;
        if (!missing.length) continue;
        const cidrs = (t.vpnConnectionsByVgw.get(id) ?? []).flatMap((c) => (c.Routes ?? []).flatMap((r) => (r.DestinationCidrBlock ? [r.DestinationCidrBlock] : [])));
        const tables = missing.map((rt) => rt.RouteTableId).sort();
        report({
          message: `${id} is attached to ${vpc.id}${cidrs.length ? ` with on-premises routes ${cidrs.join(', ')}` : ''}, but ${used.size ? 'the private route tables of its workloads' : 'no route table'} (${tables.join(', ')}) ${used.size ? 'neither route to it nor propagate its routes' : 'routes to it and none propagates its routes'}.`,
          fix: `${tables.map((rtb) => `aws ec2 enable-vgw-route-propagation --gateway-id ${id} --route-table-id ${rtb}`).join('; ')}; or add a static route ${cidrs[0] ?? '<on-prem CIDR>'} → ${id} to ${tables.join(', ')}.`,
          resource: id, location: { file: `${vpc.data.dir}/ec2/describe-route-tables.json`, jsonPath: `$.RouteTables[?(@.RouteTableId=='${tables[0] ?? ''}')]` }, evidence: [`${vpc.data.dir}/ec2/describe-vpn-gateways.json: ${id} attached to ${vpc.id}`, 'no PropagatingVgws and no route via the gateway'],
        });
      }
    }
  },
};

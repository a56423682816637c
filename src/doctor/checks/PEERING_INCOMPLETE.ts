// PEERING_INCOMPLETE: a peering is not active, or only one of the two VPCs routes the other's CIDR through it.
import { parseIpv4Cidr } from '../../core/cidr.js';
import { inCidr } from '../../net/address.js';
import { lookupRoute } from '../../net/route-table.js';
import type { VpcNode } from '../../net/topology.js';
import type { DoctorContext } from '../context.js';
import type { Check } from '../types.js';

/** Route tables of the VPC (explicit and main) that send the peer's first address through the peering. */
function routes(ctx: DoctorContext, vpc: VpcNode, peer: VpcNode, pcx: string): { routed: boolean; tables: string[] } {
  const t = ctx.topology();
  const cidr = peer.cidrs[0];
  if (!cidr) return { routed: true, tables: [] };
  const tables = vpc.routeTables.map((rt) => ({ id: rt.RouteTableId, m: lookupRoute(t, rt, cidr.base + 1).match }));
  return { routed: tables.some((x) => x.m?.target.kind === 'pcx' && x.m.target.id === pcx), tables: tables.map((x) => x.id) };
}

/** The check. */
export const check: Check = {
  meta: {
    code: 'PEERING_INCOMPLETE', severity: 'error', title: 'The VPC peering is not usable in both directions',
    needs: ['-vpc-peering-connections', '-route-tables (both sides)'],
    fix: 'Accept the peering and add <peer CIDR> → pcx-… in both VPCs; peering is not transitive',
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html',
  },
  check({ ctx, report }) {
    const t = ctx.topology();
    for (const pcx of [...t.peerings.values()].sort((a, b) => (a.VpcPeeringConnectionId < b.VpcPeeringConnectionId ? -1 : 1))) {
      const id = pcx.VpcPeeringConnectionId;
      const status = pcx.Status?.Code ?? 'unknown';
      const a = pcx.RequesterVpcInfo?.VpcId ? t.vpcs.get(pcx.RequesterVpcInfo.VpcId) : undefined;
      const b = pcx.AccepterVpcInfo?.VpcId ? t.vpcs.get(pcx.AccepterVpcInfo.VpcId) : undefined;
      const file = `${(a ?? b)?.data.dir ?? ''}/ec2/describe-vpc-peering-connections.json`;
      if (status !== 'active') {
        if (status === 'deleted') continue;
        report({ message: `Peering ${id} is ${status}: no traffic flows until it is active.`, fix: status === 'pending-acceptance' ? `aws ec2 accept-vpc-peering-connection --vpc-peering-connection-id ${id} (in the accepter account), then add the routes in both VPCs` : `Create a new peering between the VPCs and accept it; add <peer CIDR> → pcx-… in both VPCs`, resource: id, location: { file, jsonPath: `$.VpcPeeringConnections[?(@.VpcPeeringConnectionId=='${id}')].Status` }, evidence: [`Status.Code ${status}`] });
        continue;
      }
      if (!a || !b) continue;
      // Peering is not transitive: a route through this peering to a CIDR outside the peer VPC never delivers.
      for (const [from, to] of [[a, b], [b, a]] as const) {
        for (const rt of from.routeTables) {
          for (const r of rt.Routes ?? []) {
            if (r.VpcPeeringConnectionId !== id || !r.DestinationCidrBlock) continue;
            const c = parseIpv4Cidr(r.DestinationCidrBlock);
            if (!c || to.cidrs.some((x) => inCidr(x, c.base))) continue;
            const third = [...t.vpcs.values()].find((v) => v !== to && v !== from && v.cidrs.some((x) => inCidr(x, c.base)));
            report({
              message: `${rt.RouteTableId} of ${from.id} sends ${r.DestinationCidrBlock} to ${id}, but that CIDR is not in ${to.id}${third ? ` (it is ${third.id})` : ''}: peering is not transitive, so the traffic is dropped.`,
              fix: `Peer ${from.id} directly with ${third?.id ?? 'the VPC that holds ' + r.DestinationCidrBlock} (or use a transit gateway), and route ${r.DestinationCidrBlock} to that peering instead of ${id}.`,
              resource: id, location: { file: `${from.data.dir}/ec2/describe-route-tables.json`, jsonPath: `$.RouteTables[?(@.RouteTableId=='${rt.RouteTableId}')]` },
              evidence: [`${rt.RouteTableId}: ${r.DestinationCidrBlock} → ${id}`, `${to.id} CIDRs: ${to.cidrs.map((x) => x.text).join(', ')}`],
            });
          }
        }
      }
      const ab = routes(ctx, a, b, id);
      const ba = routes(ctx, b, a, id);
      if (ab.routed === ba.routed) continue;
      const [missing, other] = ab.routed ? [b, a] : [a, b];
      const tables = (ab.routed ? ba : ab).tables;
      report({
        message: `Peering ${id} is routed from ${other.id} only: no route table of ${missing.id} (${tables.join(', ')}) sends ${other.cidrs[0]?.text ?? 'the peer CIDR'} to ${id}, so replies never return.`,
        fix: `Add ${other.cidrs[0]?.text ?? '<peer CIDR>'} → ${id} in ${tables.join(' and ')} of ${missing.id} (aws ec2 create-route --route-table-id ${tables[0] ?? '<rtb>'} --destination-cidr-block ${other.cidrs[0]?.text ?? '<cidr>'} --vpc-peering-connection-id ${id}); peering is not transitive.`,
        resource: id, location: { file: `${missing.data.dir}/ec2/describe-route-tables.json` }, evidence: [`${other.id} routes ${missing.cidrs[0]?.text ?? ''} via ${id}`, `${missing.id}: no route to ${other.cidrs[0]?.text ?? ''} via ${id}`],
      });
    }
  },
};

// SUBNET_NO_PATH_TO_AWS_SERVICE: a workload's subnet has neither a default route out (NAT, or IGW with a public IP) nor an endpoint for the service it needs.
import { reach } from '../../net/reach.js';
import { lookupRoute } from '../../net/route-table.js';
import { routeTableOf, type EniNode } from '../../net/topology.js';
import { logShippers } from '../aws/ec2.js';
import { allFunctions } from '../aws/lambda.js';
import type { DoctorContext } from '../context.js';
import { fill, type Check } from '../types.js';

const FIX = 'Route 0.0.0.0/0 in {rtb} to a NAT gateway in a public subnet, or create interface endpoint com.amazonaws.{region}.{svc} in {vpc} (private DNS on, security group allowing 443 from the workload)';

/** Why the interface cannot reach the service, or undefined when it can. */
function noPath(ctx: DoctorContext, eni: EniNode, region: string, svc: string): { rtb: string; route: string; endpoint?: { id: string; blocker: string; fix: string } } | undefined {
  const t = ctx.topology();
  if (!eni.subnet || !eni.vpc) return undefined;
  const rt = routeTableOf(t, eni.subnet);
  const m = rt ? lookupRoute(t, rt.table, 'internet').match : undefined;
  const target = m?.state === 'blackhole' ? undefined : m?.target;
  if (target?.kind === 'nat' && t.natGateways.get(target.id)?.state === 'available') return undefined;
  if (target?.kind === 'igw' && eni.addresses.some((a) => a.publicIp !== undefined)) return undefined;
  if (target && target.kind !== 'igw' && target.kind !== 'nat' && target.kind !== 'local') return undefined;
  const name = `com.amazonaws.${region}.${svc}`;
  const endpoint = [...t.vpcEndpoints.values()].find((e) => e.VpcId === eni.vpc?.id && e.ServiceName === name && (e.State ?? 'available').toLowerCase() === 'available' && (e.VpcEndpointType !== 'Interface' || e.PrivateDnsEnabled !== false));
  if (endpoint) {
    // The interface endpoint must admit 443 from the workload: asked of the reach engine, interface to endpoint interface.
    const target = endpoint.VpcEndpointType === 'Interface' ? endpoint.NetworkInterfaceIds?.[0] : undefined;
    const r = target ? reach(t, { from: eni.id, to: target, protocol: 'tcp', port: 443 }) : undefined;
    const b = r?.ok ? r.answer.blockedBy : null;
    if (!b) return undefined;
    return { rtb: rt?.table.RouteTableId ?? '', route: m ? `${m.destination} → ${m.target.id}` : 'no default route', endpoint: { id: endpoint.VpcEndpointId, blocker: `${b.type} ${b.id} (${b.rule}): ${b.reason}`, fix: b.fix } };
  }
  return { rtb: rt?.table.RouteTableId ?? `the main route table of ${eni.vpc.id}`, route: m ? `${m.destination} → ${m.target.id}${m.state === 'blackhole' ? ' (blackhole)' : ''}` : 'no default route' };
}

/** The check. */
export const check: Check = {
  meta: {
    code: 'SUBNET_NO_PATH_TO_AWS_SERVICE', severity: 'error', title: 'The workload\'s subnet has no path to the AWS service it calls',
    needs: ['R/ec2/describe-subnets, -route-tables, -nat-gateways, -internet-gateways, -vpc-endpoints, -security-groups', 'R/lam/list-functions'],
    fix: fill(FIX, { rtb: '<rtb>', region: '<region>', svc: '<svc>', vpc: '<vpc>' }),
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html',
  },
  check({ ctx, report }) {
    const t = ctx.topology();
    const done = new Set<string>();
    const check = (eni: EniNode, region: string, svc: string, who: string, resource: string, file: string): void => {
      const p = noPath(ctx, eni, region, svc);
      if (!p || done.has(`${resource} ${p.rtb}`)) return;
      done.add(`${resource} ${p.rtb}`);
      if (p.endpoint) {
        report({
          message: `${who} in subnet ${eni.subnet?.id ?? '?'} reaches ${svc} only through endpoint ${p.endpoint.id}, which does not admit tcp/443 from it: ${p.endpoint.blocker}.`,
          fix: p.endpoint.fix, resource, location: { file: file.replace('describe-route-tables', 'describe-vpc-endpoints'), jsonPath: `$.VpcEndpoints[?(@.VpcEndpointId=='${p.endpoint.id}')]` },
          evidence: [`endpoint ${p.endpoint.id} com.amazonaws.${region}.${svc}`, `reach ${eni.id} → endpoint tcp/443: ${p.endpoint.blocker}`],
        });
        return;
      }
      report({
        message: `${who} in subnet ${eni.subnet?.id ?? '?'} cannot reach ${svc}: its route table ${p.rtb} has ${p.route}, and ${eni.vpc?.id ?? 'the VPC'} has no endpoint com.amazonaws.${region}.${svc}.`,
        fix: fill(FIX, { rtb: p.rtb, region, svc, vpc: eni.vpc?.id ?? '<vpc>' }), resource, location: { file, jsonPath: `$.RouteTables[?(@.RouteTableId=='${p.rtb}')]` },
        evidence: [`route table ${p.rtb}: ${p.route}`, `no available endpoint com.amazonaws.${region}.${svc} in ${eni.vpc?.id ?? '?'}`],
      });
    };
    for (const { i, why } of logShippers(ctx)) if (i.node.primaryEni) check(i.node.primaryEni, i.ref.region, 'logs', `Instance ${i.id} (${why})`, i.id, `${i.ref.dir}/ec2/describe-route-tables.json`);
    for (const fn of allFunctions(ctx)) {
      const vars = (fn.config.Environment as { Variables?: Record<string, string> } | undefined)?.Variables ?? {};
      const needsSecret = Object.values(vars).some((v) => typeof v === 'string' && (v.startsWith('arn:aws:secretsmanager:') || (fn.ref.data.secrets.state === 'collected' && fn.ref.data.secrets.value.has(v))));
      if (!needsSecret) continue;
      const enis = [...t.enis.values()].filter((e) => e.raw.InterfaceType === 'lambda' && (e.raw.Description ?? '').startsWith(`AWS Lambda VPC ENI-${fn.name}-`));
      const seen = new Set<string>();
      for (const e of enis) {
        if (!e.subnet || seen.has(e.subnet.id)) continue;
        seen.add(e.subnet.id);
        check(e, fn.region, 'secretsmanager', `Function ${fn.name} (reads a secret)`, fn.arn, `${fn.ref.dir}/ec2/describe-route-tables.json`);
      }
    }
  },
};

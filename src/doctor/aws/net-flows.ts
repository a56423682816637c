// Flows doctor asks the reach engine: internet to public-intent instances, private instances out through a NAT, Lambda to RDS, --expect reach.
import { reach, type ReachQuery } from '../../net/reach.js';
import type { Blocker, ReachAnswer } from '../../net/trace.js';
import { routeTableOf, type EniNode } from '../../net/topology.js';
import { lookupRoute } from '../../net/route-table.js';
import type { DoctorContext } from '../context.js';

/** A blocker the reach engine found on a flow doctor asked, with the flow. */
export interface FlowBlocker { blocker: Blocker; query: ReachQuery; why: string; answer: ReachAnswer }

const cache = new WeakMap<DoctorContext, FlowBlocker[]>();

function openPorts(ctx: DoctorContext, eni: EniNode): number[] {
  const t = ctx.topology();
  const out: number[] = [];
  for (const g of eni.groupIds) {
    for (const p of t.securityGroups.get(g)?.raw.IpPermissions ?? []) {
      if ((p.IpProtocol === 'tcp' || p.IpProtocol === '6') && (p.IpRanges ?? []).some((r) => r.CidrIp === '0.0.0.0/0') && p.FromPort !== undefined) out.push(p.FromPort);
    }
  }
  return out;
}

function hasIgwDefault(ctx: DoctorContext, eni: EniNode): boolean {
  const rt = eni.subnet ? routeTableOf(ctx.topology(), eni.subnet) : undefined;
  return rt ? lookupRoute(ctx.topology(), rt.table, 'internet').match?.target.kind === 'igw' : false;
}

/** Every blocker on the flows of the run (memoized). */
export function flowBlockers(ctx: DoctorContext): FlowBlocker[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const t = ctx.topology();
  const out: FlowBlocker[] = [];
  const ask = (query: ReachQuery, why: string, keep: (b: Blocker) => boolean = () => true): void => {
    const r = reach(t, query);
    if (!r.ok) return;
    for (const b of [...(r.answer.blockedBy ? [r.answer.blockedBy] : []), ...r.answer.alsoBlocking]) if (keep(b)) out.push({ blocker: b, query, why, answer: r.answer });
  };
  const natVpcs = new Set([...t.natGateways.values()].flatMap((n) => (n.vpc && n.state === 'available' ? [n.vpc.id] : [])));
  for (const inst of [...t.instances.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const eni = inst.primaryEni;
    if (inst.state !== 'running' || !eni?.subnet) continue;
    const publicIp = eni.addresses.some((a) => a.publicIp !== undefined);
    const ports = openPorts(ctx, eni);
    const publicIntent = publicIp || eni.subnet.raw.MapPublicIpOnLaunch === true || (ports.length > 0 && hasIgwDefault(ctx, eni));
    if (publicIntent && ports.length) {
      ask({ from: 'internet', to: inst.id, protocol: 'tcp', port: ports[0] ?? 443 }, `${inst.id} is meant to be public (${publicIp ? 'public IP' : eni.subnet.raw.MapPublicIpOnLaunch ? `subnet ${eni.subnet.id} maps public IPs on launch` : 'public subnet'}) and its security group admits tcp/${ports[0] ?? 443} from 0.0.0.0/0`,
        (b) => b.doctorCode !== 'SECURITY_GROUP_NO_MATCHING_RULE');
    } else if (!publicIp && eni.vpc && natVpcs.has(eni.vpc.id)) {
      ask({ from: inst.id, to: 'internet', protocol: 'tcp', port: 443 }, `${inst.id} is private in ${eni.vpc.id}, which has a NAT gateway`, (b) => b.doctorCode === 'PRIVATE_SUBNET_NO_NAT_ROUTE' || b.doctorCode === 'SUBNET_NO_ROUTE_TO_IGW');
    }
  }
  const enis = [...t.enis.values()];
  const dbs = enis.filter((e) => e.raw.Description === 'RDSNetworkInterface');
  for (const fn of enis.filter((e) => e.raw.InterfaceType === 'lambda')) {
    for (const db of dbs.filter((d) => d.vpc === fn.vpc)) {
      const port = db.groupIds.flatMap((g) => t.securityGroups.get(g)?.raw.IpPermissions ?? []).find((p) => p.FromPort !== undefined)?.FromPort ?? 5432;
      ask({ from: fn.id, to: db.id, protocol: 'tcp', port }, `${fn.raw.Description ?? fn.id} and the database interface ${db.id} share ${fn.vpc?.id ?? 'a VPC'}`);
    }
  }
  for (const e of ctx.expectations) if (e.kind === 'reach') ask({ from: e.from, to: e.to, protocol: e.protocol, ...(e.port !== undefined ? { port: e.port } : {}) }, `--expect ${e.text}`);
  cache.set(ctx, out);
  return out;
}

const FILES: Record<Blocker['type'], [string, string, string]> = {
  'route-table': ['describe-route-tables', 'RouteTables', 'RouteTableId'], 'network-acl': ['describe-network-acls', 'NetworkAcls', 'NetworkAclId'],
  'security-group': ['describe-security-groups', 'SecurityGroups', 'GroupId'], 'internet-gateway': ['describe-internet-gateways', 'InternetGateways', 'InternetGatewayId'],
  'nat-gateway': ['describe-nat-gateways', 'NatGateways', 'NatGatewayId'], peering: ['describe-vpc-peering-connections', 'VpcPeeringConnections', 'VpcPeeringConnectionId'],
  'no-public-ip': ['describe-network-interfaces', 'NetworkInterfaces', 'NetworkInterfaceId'], 'vpn-gateway': ['describe-vpn-gateways', 'VpnGateways', 'VpnGatewayId'],
  instance: ['describe-instances', 'Reservations[*].Instances', 'InstanceId'],
};

/** The snapshot file and JSON path of the component a blocker names. */
function blockerLocation(ctx: DoctorContext, f: FlowBlocker): { file: string; jsonPath: string } | undefined {
  const vpcId = f.answer.to.vpcId ?? f.answer.from.vpcId;
  const dir = vpcId ? ctx.topology().vpcs.get(vpcId)?.data.dir : undefined;
  if (!dir) return undefined;
  const [file, list, key] = FILES[f.blocker.type];
  return { file: `${dir}/ec2/${file}.json`, jsonPath: `$.${list}[?(@.${key}=='${f.blocker.id}')]` };
}

/** Reports the blockers of one doctor code (shared by checks 31, 32, 33, 34, 35), once per setting to change. */
export function reportBlockers(ctx: DoctorContext, code: string, report: (f: { message: string; fix: string; resource: string; location?: { file: string; jsonPath?: string }; evidence: string[] }) => void): void {
  const seen = new Set<string>();
  for (const f of flowBlockers(ctx)) {
    const b = f.blocker;
    if (b.doctorCode !== code || seen.has(`${b.id} ${b.fix}`)) continue;
    seen.add(`${b.id} ${b.fix}`);
    const q = f.query;
    const location = blockerLocation(ctx, f);
    report({ ...(location ? { location } : {}),
      message: `${q.from} → ${q.to} ${q.protocol}${q.port !== undefined ? `/${q.port}` : ''} is blocked ${b.direction} at ${b.id} (${b.rule}): ${b.reason}`,
      fix: b.fix, resource: b.id, evidence: [f.why, `reach: ${f.answer.disposition}; blocked by ${b.type} ${b.id} (${b.explanation})`, ...f.answer.alsoBlocking.filter((x) => x !== b).map((x) => `also blocking: ${x.type} ${x.id} ${x.rule}`)],
    });
  }
}

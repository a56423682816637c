// A small in-memory estate for rule tests: one VPC with a public, a web and a private subnet, an IGW and a NAT gateway.
import * as h from './helpers.js';
import type { RegionInput } from './helpers.js';
import { reach, type ReachQuery } from '../../src/net/reach.js';
import type { ReachAnswer } from '../../src/net/trace.js';
import type { Topology } from '../../src/net/topology.js';

/**
 * vpc-1 10.0.0.0/16: subnet-pub 10.0.1.0/24 (rtb-pub: → igw-1; nat-1 10.0.1.9/198.51.100.9, i-pub 10.0.1.5/198.51.100.5,
 * i-pub2 10.0.1.6/198.51.100.6), subnet-web 10.0.3.0/24 (rtb-web: → igw-1; i-web 10.0.3.5/198.51.100.35), subnet-priv
 * 10.0.2.0/24 (main rtb-main: → nat-1; i-priv 10.0.2.5). Default network ACL; sg-open admits tcp, udp and icmp from anywhere.
 */
export function baseEstate(): Required<Pick<RegionInput, 'vpcs' | 'subnets' | 'routeTables' | 'networkAcls' | 'securityGroups' | 'internetGateways' | 'natGateways' | 'instances'>> & RegionInput {
  return {
    vpcs: [h.vpc('vpc-1', '10.0.0.0/16')],
    subnets: [h.subnet('subnet-pub', 'vpc-1', '10.0.1.0/24'), h.subnet('subnet-priv', 'vpc-1', '10.0.2.0/24'), h.subnet('subnet-web', 'vpc-1', '10.0.3.0/24')],
    routeTables: [
      h.routeTable('rtb-main', 'vpc-1', [h.route('10.0.0.0/16', 'local'), h.route('0.0.0.0/0', 'nat-1')], { main: true }),
      h.routeTable('rtb-pub', 'vpc-1', [h.route('10.0.0.0/16', 'local'), h.route('0.0.0.0/0', 'igw-1')], { subnets: ['subnet-pub'] }),
      h.routeTable('rtb-web', 'vpc-1', [h.route('10.0.0.0/16', 'local'), h.route('0.0.0.0/0', 'igw-1')], { subnets: ['subnet-web'] }),
    ],
    networkAcls: [h.defaultAcl('acl-default', 'vpc-1', ['subnet-pub', 'subnet-priv', 'subnet-web'])],
    securityGroups: [h.securityGroup('sg-open', 'vpc-1', [h.perm('tcp', 0, 65535, '0.0.0.0/0'), h.perm('udp', 0, 65535, '0.0.0.0/0'), h.perm('icmp', -1, -1, '0.0.0.0/0')])],
    internetGateways: [h.igw('igw-1', 'vpc-1')],
    natGateways: [h.natGateway('nat-1', 'vpc-1', 'subnet-pub', '10.0.1.9', '198.51.100.9')],
    instances: [
      h.instance('i-pub', 'subnet-pub', 'vpc-1', '10.0.1.5', ['sg-open'], { publicIp: '198.51.100.5' }),
      h.instance('i-pub2', 'subnet-pub', 'vpc-1', '10.0.1.6', ['sg-open'], { publicIp: '198.51.100.6' }),
      h.instance('i-web', 'subnet-web', 'vpc-1', '10.0.3.5', ['sg-open'], { publicIp: '198.51.100.35' }),
      h.instance('i-priv', 'subnet-priv', 'vpc-1', '10.0.2.5', ['sg-open']),
    ],
  };
}

/** Builds the estate after `edit` and asks the question. */
export function askEstate(q: ReachQuery, edit?: (e: ReturnType<typeof baseEstate>) => void, more: RegionInput[] = []): ReachAnswer {
  const e = baseEstate();
  edit?.(e);
  const t: Topology = h.topo(h.region(e), ...more.map((m) => h.region(m)));
  const r = reach(t, q);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

/** Finds an item by id in an estate list (throws when absent, so edits cannot silently miss). */
export function byId<T>(list: T[], id: string): T {
  const x = list.find((i) => Object.values(i as object).includes(id));
  if (!x) throw new Error(`${id} not found`);
  return x;
}

/** tcp 443 */
export const HTTPS = { protocol: 'tcp', port: 443 } as const;

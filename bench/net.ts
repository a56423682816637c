// Network benchmark: a generated estate (200 VPCs, 2,000 subnets, 20,000 interfaces, 5,000 security groups, 100
// peerings) written as verbatim describe-* files, loaded, queried; and a generated 1,000,000-record flow log streamed.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadNetwork } from '../src/snapshot/ec2.js';
import { buildTopology, type Topology } from '../src/net/topology.js';
import { reach } from '../src/net/reach.js';
import { analyzeFlowLogs } from '../src/net/flowlogs/analyze.js';

/** Sizes of the generated estate and flow log (the defaults are the issue's). */
export interface NetBenchOptions {
  vpcs?: number;
  subnetsPerVpc?: number;
  interfacesPerSubnet?: number;
  groupsPerVpc?: number;
  peerings?: number;
  flowRecords?: number;
  /** Keep the generated files in this folder instead of a temporary one that is removed. */
  dir?: string;
}

const ACCOUNT = '111122223333';
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];

const hex = (n: number, width = 17): string => n.toString(16).padStart(width, '0');

/** The private address of interface `e` of subnet `s` of VPC `v`: 10.v.s.(e+10), VPC v has 10.v.0.0/16. */
const ip = (v: number, s: number, e: number): string => `10.${v}.${s}.${e + 10}`;
const pubIp = (v: number, s: number, e: number): string => `${100 + (v % 100)}.${v >> 1}.${s}.${e + 10}`;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/** Writes the estate: one account, four regions, VPCs spread evenly; peerings between VPCs of the same region. */
async function writeEstate(root: string, o: Required<Omit<NetBenchOptions, 'dir'>>): Promise<number> {
  let bytes = 0;
  const perRegion = Math.ceil(o.vpcs / REGIONS.length);
  const peerings: { id: string; a: number; b: number }[] = [];
  for (let p = 0; p < o.peerings; p++) {
    const region = p % REGIONS.length;
    const base = region * perRegion;
    const a = base + ((p * 7) % perRegion);
    const b = base + ((p * 7 + 1 + (p % 5)) % perRegion);
    if (a !== b && a < o.vpcs && b < o.vpcs) peerings.push({ id: `pcx-${hex(p)}`, a, b });
  }
  for (const [ri, region] of REGIONS.entries()) {
    const dir = join(root, ACCOUNT, region, 'ec2');
    await mkdir(dir, { recursive: true });
    const vpcs: unknown[] = [], subnets: unknown[] = [], rtbs: unknown[] = [], acls: unknown[] = [], sgs: unknown[] = [];
    const igws: unknown[] = [], nats: unknown[] = [], enis: unknown[] = [], reservations: unknown[] = [];
    const pcxs = peerings.filter((p) => Math.floor(p.a / perRegion) === ri);
    for (let v = ri * perRegion; v < Math.min(o.vpcs, (ri + 1) * perRegion); v++) {
      const vpcId = `vpc-${hex(v)}`;
      const cidr = `10.${v}.0.0/16`;
      vpcs.push({ VpcId: vpcId, CidrBlock: cidr, State: 'available', OwnerId: ACCOUNT, CidrBlockAssociationSet: [{ CidrBlock: cidr, CidrBlockState: { State: 'associated' } }], IsDefault: false });
      igws.push({ InternetGatewayId: `igw-${hex(v)}`, OwnerId: ACCOUNT, Attachments: [{ State: 'available', VpcId: vpcId }] });
      const subnetIds = Array.from({ length: o.subnetsPerVpc }, (_, s) => `subnet-${hex(v * 100 + s)}`);
      nats.push({ NatGatewayId: `nat-${hex(v)}`, VpcId: vpcId, SubnetId: subnetIds[0], State: 'available', ConnectivityType: 'public',
        NatGatewayAddresses: [{ NetworkInterfaceId: `eni-${hex(v, 16)}f`, PrivateIp: `10.${v}.0.5`, PublicIp: `198.18.${v}.5`, IsPrimary: true }] });
      const peerRoutes = peerings.filter((p) => p.a === v || p.b === v).map((p) => ({
        DestinationCidrBlock: `10.${p.a === v ? p.b : p.a}.0.0/16`, VpcPeeringConnectionId: p.id, Origin: 'CreateRoute', State: 'active',
      }));
      const local = { DestinationCidrBlock: cidr, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' };
      const half = Math.ceil(o.subnetsPerVpc / 2);
      rtbs.push({ RouteTableId: `rtb-${hex(v * 2)}`, VpcId: vpcId, OwnerId: ACCOUNT, PropagatingVgws: [],
        Associations: [{ Main: true, RouteTableAssociationId: `rtbassoc-${hex(v * 2)}`, RouteTableId: `rtb-${hex(v * 2)}`, AssociationState: { State: 'associated' } }],
        Routes: [local, ...peerRoutes, { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: `nat-${hex(v)}`, Origin: 'CreateRoute', State: 'active' }] });
      rtbs.push({ RouteTableId: `rtb-${hex(v * 2 + 1)}`, VpcId: vpcId, OwnerId: ACCOUNT, PropagatingVgws: [],
        Associations: subnetIds.slice(0, half).map((s, i) => ({ Main: false, RouteTableAssociationId: `rtbassoc-${hex(v * 100 + i)}1`, RouteTableId: `rtb-${hex(v * 2 + 1)}`, SubnetId: s, AssociationState: { State: 'associated' } })),
        Routes: [local, ...peerRoutes, { DestinationCidrBlock: '0.0.0.0/0', GatewayId: `igw-${hex(v)}`, Origin: 'CreateRoute', State: 'active' }] });
      const entries = (egress: boolean): unknown[] => [
        { RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: egress, CidrBlock: '0.0.0.0/0', PortRange: egress ? { From: 1024, To: 65535 } : { From: 443, To: 443 } },
        { RuleNumber: 110, Protocol: '6', RuleAction: 'allow', Egress: egress, CidrBlock: '0.0.0.0/0', PortRange: egress ? { From: 443, To: 443 } : { From: 1024, To: 65535 } },
        { RuleNumber: 120, Protocol: '-1', RuleAction: 'allow', Egress: egress, CidrBlock: '10.0.0.0/8' },
        { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: egress, CidrBlock: '0.0.0.0/0' },
      ];
      acls.push({ NetworkAclId: `acl-${hex(v * 2)}`, VpcId: vpcId, IsDefault: true, Associations: subnetIds.slice(half).map((s, i) => ({ NetworkAclAssociationId: `aclassoc-${hex(v * 100 + i)}`, NetworkAclId: `acl-${hex(v * 2)}`, SubnetId: s })),
        Entries: [{ RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' }, { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
          { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' }, { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: true, CidrBlock: '0.0.0.0/0' }] });
      acls.push({ NetworkAclId: `acl-${hex(v * 2 + 1)}`, VpcId: vpcId, IsDefault: false, Associations: subnetIds.slice(0, half).map((s, i) => ({ NetworkAclAssociationId: `aclassoc-${hex(v * 100 + i)}2`, NetworkAclId: `acl-${hex(v * 2 + 1)}`, SubnetId: s })),
        Entries: [...entries(false), ...entries(true)] });
      const groupIds = Array.from({ length: o.groupsPerVpc }, (_, g) => `sg-${hex(v * 100 + g)}`);
      groupIds.forEach((g, i) => sgs.push({
        GroupId: g, GroupName: i === 0 ? 'default' : `app-${i}`, VpcId: vpcId, OwnerId: ACCOUNT, Description: 'generated',
        IpPermissions: i === 0 ? [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: g, UserId: ACCOUNT }], IpRanges: [], Ipv6Ranges: [], PrefixListIds: [] }]
          : [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }], UserIdGroupPairs: [], Ipv6Ranges: [], PrefixListIds: [] },
            { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [], UserIdGroupPairs: [{ GroupId: groupIds[(i + 1) % groupIds.length], UserId: ACCOUNT }], Ipv6Ranges: [], PrefixListIds: [] },
            { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: `10.${v}.0.0/16` }, { CidrIp: '192.0.2.0/24' }], UserIdGroupPairs: [], Ipv6Ranges: [], PrefixListIds: [] }],
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], UserIdGroupPairs: [], Ipv6Ranges: [], PrefixListIds: [] }],
      }));
      subnetIds.forEach((sid, s) => {
        subnets.push({ SubnetId: sid, VpcId: vpcId, CidrBlock: `10.${v}.${s}.0/24`, AvailabilityZone: `${region}a`, MapPublicIpOnLaunch: s < half, State: 'available', OwnerId: ACCOUNT });
        for (let e = 0; e < o.interfacesPerSubnet; e++) {
          const id = `eni-${hex((v * 100 + s) * 100 + e)}`;
          const pub = s < half ? { PublicIp: pubIp(v, s, e), IpOwnerId: 'amazon' } : undefined;
          const ni: Record<string, unknown> = {
            NetworkInterfaceId: id, SubnetId: sid, VpcId: vpcId, InterfaceType: 'interface', Status: 'in-use', SourceDestCheck: true,
            PrivateIpAddress: ip(v, s, e), PrivateIpAddresses: [{ PrivateIpAddress: ip(v, s, e), Primary: true, ...(pub ? { Association: pub } : {}) }],
            Groups: [{ GroupId: groupIds[(s * o.interfacesPerSubnet + e) % groupIds.length], GroupName: 'g' }], ...(pub ? { Association: pub } : {}),
          };
          if (e === 0) {
            const iid = `i-${hex(v * 100 + s)}`;
            ni.Attachment = { InstanceId: iid, DeviceIndex: 0, Status: 'attached' };
            reservations.push({ ReservationId: `r-${hex(v * 100 + s)}`, OwnerId: ACCOUNT, Instances: [{ InstanceId: iid, State: { Code: 16, Name: 'running' }, SubnetId: sid, VpcId: vpcId, PrivateIpAddress: ip(v, s, e), NetworkInterfaces: [ni] }] });
          }
          enis.push(ni);
        }
      });
    }
    const files: [string, unknown][] = [
      ['describe-vpcs.json', { Vpcs: vpcs }], ['describe-subnets.json', { Subnets: subnets }], ['describe-route-tables.json', { RouteTables: rtbs }],
      ['describe-network-acls.json', { NetworkAcls: acls }], ['describe-security-groups.json', { SecurityGroups: sgs }],
      ['describe-internet-gateways.json', { InternetGateways: igws }], ['describe-nat-gateways.json', { NatGateways: nats }],
      ['describe-network-interfaces.json', { NetworkInterfaces: enis }], ['describe-instances.json', { Reservations: reservations }],
      ['describe-vpc-peering-connections.json', { VpcPeeringConnections: pcxs.map((p) => ({
        VpcPeeringConnectionId: p.id, Status: { Code: 'active', Message: 'Active' },
        RequesterVpcInfo: { VpcId: `vpc-${hex(p.a)}`, CidrBlock: `10.${p.a}.0.0/16`, OwnerId: ACCOUNT, Region: region },
        AccepterVpcInfo: { VpcId: `vpc-${hex(p.b)}`, CidrBlock: `10.${p.b}.0.0/16`, OwnerId: ACCOUNT, Region: region },
      })) }],
      ['describe-vpn-gateways.json', { VpnGateways: [] }], ['describe-vpn-connections.json', { VpnConnections: [] }],
    ];
    for (const [name, body] of files) {
      const text = JSON.stringify(body, null, 4);
      bytes += text.length;
      await writeFile(join(dir, name), text);
    }
  }
  return bytes;
}

/** Writes `n` default-format records of traffic to the estate: mostly ACCEPT, 2% REJECT over a thousand flows. */
async function writeFlowLog(path: string, n: number, o: Required<Omit<NetBenchOptions, 'dir'>>): Promise<void> {
  const out = createWriteStream(path);
  let seed = 42;
  const rnd = (m: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % m;
  };
  const half = Math.ceil(o.subnetsPerVpc / 2);
  let chunk: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = rnd(o.vpcs);
    const s = rnd(half);
    const e = rnd(o.interfacesPerSubnet);
    const eni = `eni-${hex((v * 100 + s) * 100 + e)}`;
    const client = `203.0.113.${rnd(40)}`;
    const cport = 1024 + rnd(64000);
    const t = 1714557600 + (i >> 6);
    const reject = rnd(50) === 0;
    const port = reject ? [22, 3389, 8080][rnd(3)] : 443;
    chunk.push(rnd(2) === 0 || reject
      ? `2 ${ACCOUNT} ${eni} ${client} ${ip(v, s, e)} ${cport} ${port} 6 ${1 + rnd(20)} ${40 + rnd(9000)} ${t} ${t + 60} ${reject ? 'REJECT' : 'ACCEPT'} OK`
      : `2 ${ACCOUNT} ${eni} ${ip(v, s, e)} ${client} 443 ${cport} 6 ${1 + rnd(20)} ${40 + rnd(9000)} ${t} ${t + 60} ACCEPT OK`);
    if (chunk.length === 10_000) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  out.write(chunk.length > 0 ? chunk.join('\n') + '\n' : '');
  out.end();
  await once(out, 'finish');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

function queries(t: Topology, o: Required<Omit<NetBenchOptions, 'dir'>>): { first: number; median: number; reachable: number } {
  const half = Math.ceil(o.subnetsPerVpc / 2);
  // Three reachable paths (internet to a public instance, a private instance out through its NAT gateway, a peering)
  // and one blocked by a network ACL.
  const qs = [
    { from: 'internet', to: `i-${hex(137 * 100 + 1)}`, protocol: 'tcp' as const, port: 443 },
    { from: `i-${hex(137 * 100 + half)}`, to: 'internet', protocol: 'tcp' as const, port: 443 },
    { from: `i-${hex(0 * 100 + 2)}`, to: ip(1, 3, 0), protocol: 'tcp' as const, port: 443 }, // over pcx-…0 (VPC 0 ↔ VPC 1)
    { from: '192.0.2.9', to: `i-${hex(42 * 100 + 1)}`, protocol: 'tcp' as const, port: 22 }, // blocked by the network ACL
  ];
  const t0 = performance.now();
  reach(t, qs[0] as (typeof qs)[number]);
  const first = performance.now() - t0;
  const times: number[] = [];
  let reachable = 0;
  for (let i = 0; i < 200; i++) {
    const q = qs[i % qs.length] as (typeof qs)[number];
    const s = performance.now();
    const r = reach(t, q);
    times.push(performance.now() - s);
    if (i < qs.length && r.ok && r.answer.reachable) reachable++;
  }
  return { first, median: median(times), reachable };
}

/** Runs the network benchmark and returns its figures (milliseconds, records per second, MB); prints nothing. */
export async function benchNet(opts: NetBenchOptions = {}): Promise<Record<string, number>> {
  const o = {
    vpcs: opts.vpcs ?? 200, subnetsPerVpc: opts.subnetsPerVpc ?? 10, interfacesPerSubnet: opts.interfacesPerSubnet ?? 10,
    groupsPerVpc: opts.groupsPerVpc ?? 25, peerings: opts.peerings ?? 100, flowRecords: opts.flowRecords ?? 1_000_000,
  };
  const root = opts.dir ?? await mkdtemp(join(tmpdir(), 'whynot-bench-net-'));
  try {
    const snapshotBytes = await writeEstate(root, o);
    gc();
    const t0 = performance.now();
    const net = await loadNetwork(root);
    const t1 = performance.now();
    const t = buildTopology(net.regions);
    const t2 = performance.now();
    const q = queries(t, o);

    const log = join(root, 'flowlog.txt');
    await writeFlowLog(log, o.flowRecords, o);
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const timer = setInterval(() => { heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed); }, 20);
    const c0 = process.cpuUsage();
    const f0 = performance.now();
    const report = await analyzeFlowLogs([log], t);
    const f1 = performance.now();
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    clearInterval(timer);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    gc();
    const heapAfter = process.memoryUsage().heapUsed;
    return {
      vpcs: t.vpcs.size, subnets: t.subnets.size, interfaces: t.enis.size, securityGroups: t.securityGroups.size, peerings: t.peerings.size,
      snapshotMB: mb(snapshotBytes),
      loadMs: round(t1 - t0, 0), buildMs: round(t2 - t1, 0), loadTotalMs: round(t2 - t0, 0),
      firstQueryMs: round(q.first, 3), queryMedianMs: round(q.median, 3), queriesReachable: q.reachable,
      flowRecords: report.records, flowLogMB: mb((await stat(log)).size), flowMs: round(f1 - f0, 0),
      flowRecordsPerSecond: Math.round(report.records / ((f1 - f0) / 1000)),
      // CPU time as well as wall time: on a shared machine the wall time also measures the neighbours.
      flowCpuMs: round(cpuMs, 0), flowRecordsPerCpuSecond: Math.round(report.records / (cpuMs / 1000)),
      flowRejectedFlows: report.rejectedFlows, flowTrackedFlows: report.flows,
      heapBeforeMB: mb(heapBefore), heapPeakMB: mb(heapPeak), heapAfterMB: mb(heapAfter),
    };
  } finally {
    if (!opts.dir) await rm(root, { recursive: true, force: true });
  }
}

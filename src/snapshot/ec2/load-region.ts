// Loads the ec2/describe-*.json files of one region folder into Ec2Data.
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Collected } from '../../core/collected.js';
import type { Finding } from '../../core/finding.js';
import type { Ec2Data, Ec2ListKey } from './model.js';
import { readList, type ListShape } from './read.js';
import type { PrefixListEntry } from './types.js';

/** Each list of Ec2Data: its file under ec2/ and the shape of the response. */
export const EC2_FILES: Record<Ec2ListKey, { file: string } & ListShape> = {
  vpcs: { file: 'describe-vpcs.json', key: 'Vpcs', idField: 'VpcId' },
  subnets: { file: 'describe-subnets.json', key: 'Subnets', idField: 'SubnetId', required: ['VpcId'] },
  routeTables: { file: 'describe-route-tables.json', key: 'RouteTables', idField: 'RouteTableId', required: ['VpcId'] },
  networkAcls: { file: 'describe-network-acls.json', key: 'NetworkAcls', idField: 'NetworkAclId', required: ['VpcId'] },
  securityGroups: { file: 'describe-security-groups.json', key: 'SecurityGroups', idField: 'GroupId' },
  internetGateways: { file: 'describe-internet-gateways.json', key: 'InternetGateways', idField: 'InternetGatewayId' },
  egressOnlyInternetGateways: { file: 'describe-egress-only-internet-gateways.json', key: 'EgressOnlyInternetGateways', idField: 'EgressOnlyInternetGatewayId' },
  natGateways: { file: 'describe-nat-gateways.json', key: 'NatGateways', idField: 'NatGatewayId' },
  vpnGateways: { file: 'describe-vpn-gateways.json', key: 'VpnGateways', idField: 'VpnGatewayId' },
  vpnConnections: { file: 'describe-vpn-connections.json', key: 'VpnConnections', idField: 'VpnConnectionId' },
  vpcPeeringConnections: { file: 'describe-vpc-peering-connections.json', key: 'VpcPeeringConnections', idField: 'VpcPeeringConnectionId' },
  vpcEndpoints: { file: 'describe-vpc-endpoints.json', key: 'VpcEndpoints', idField: 'VpcEndpointId' },
  transitGatewayAttachments: { file: 'describe-transit-gateway-attachments.json', key: 'TransitGatewayAttachments', idField: 'TransitGatewayAttachmentId' },
  managedPrefixLists: { file: 'describe-managed-prefix-lists.json', key: 'PrefixLists', idField: 'PrefixListId' },
  instances: { file: 'describe-instances.json', key: 'Reservations', nested: 'Instances', idField: 'InstanceId' },
  networkInterfaces: { file: 'describe-network-interfaces.json', key: 'NetworkInterfaces', idField: 'NetworkInterfaceId' },
  flowLogs: { file: 'describe-flow-logs.json', key: 'FlowLogs', idField: 'FlowLogId' },
};

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** The region folder relative to the snapshot root: `relRoot` is either the snapshot root or already that relative path. */
function regionRelative(regionDir: string, relRoot: string): string {
  const absRegion = resolve(regionDir);
  const absRoot = resolve(relRoot);
  if ((isAbsolute(relRoot) || relRoot === '.' || relRoot === '') && (absRegion === absRoot || absRegion.startsWith(absRoot + sep))) {
    return toPosix(relative(absRoot, absRegion));
  }
  if (!isAbsolute(relRoot) && absRegion.startsWith(absRoot + sep)) return toPosix(relative(absRoot, absRegion));
  return toPosix(relRoot);
}

async function readPrefixListEntries(ec2Dir: string, relEc2: string, problems: Finding[]): Promise<Map<string, Collected<PrefixListEntry[]>>> {
  const out = new Map<string, Collected<PrefixListEntry[]>>();
  let ids: string[];
  try {
    ids = (await readdir(join(ec2Dir, 'prefix-lists'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return out;
  }
  await Promise.all(ids.sort().map(async (enc) => {
    const id = decodeURIComponent(enc);
    const file = `${relEc2}/prefix-lists/${enc}/get-managed-prefix-list-entries.json`;
    const c = await readList<PrefixListEntry>(join(ec2Dir, 'prefix-lists', enc, 'get-managed-prefix-list-entries.json'), file,
      { key: 'Entries', idField: 'Cidr' }, problems);
    out.set(id, c);
  }));
  return out;
}

/**
 * Reads `<regionDir>/ec2/describe-*.json`. `relRoot` is the snapshot root (finding paths are made relative to it);
 * a region path already relative to the root (`111122223333/us-east-1`) is accepted as well.
 */
export async function loadEc2Region(regionDir: string, relRoot: string, problems: Finding[]): Promise<Ec2Data> {
  const rel = regionRelative(regionDir, relRoot);
  const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
  const region = parts[parts.length - 1] ?? '';
  const account = parts[parts.length - 2] ?? '';
  const ec2Dir = join(regionDir, 'ec2');
  const relEc2 = rel === '' ? 'ec2' : `${rel}/ec2`;
  const keys = Object.keys(EC2_FILES) as Ec2ListKey[];
  const lists = await Promise.all(keys.map((k) => {
    const spec = EC2_FILES[k];
    return readList<unknown>(join(ec2Dir, spec.file), `${relEc2}/${spec.file}`, spec, problems);
  }));
  const data = { account, region, dir: rel, prefixListEntries: await readPrefixListEntries(ec2Dir, relEc2, problems) } as Partial<Ec2Data>;
  keys.forEach((k, i) => {
    (data as Record<string, unknown>)[k] = lists[i];
  });
  return data as Ec2Data;
}

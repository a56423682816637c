// The EC2 readers: verbatim CLI files in, Collected lists out; missing is not empty, bad files are findings.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEc2Region, loadNetwork } from '../ec2.js';
import type { Finding } from '../../core/finding.js';

async function snapshot(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'whynot-ec2-'));
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(join(root, rel, '..'), { recursive: true });
    await writeFile(join(root, rel), text);
  }
  return root;
}

const R = '111122223333/eu-west-1/ec2';

describe('loadEc2Region', () => {
  it('reads lists, flattens Reservations[].Instances[], reads prefix list entries, and marks absent files missing', async () => {
    const root = await snapshot({
      [`${R}/describe-vpcs.json`]: JSON.stringify({ Vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' }] }),
      [`${R}/describe-instances.json`]: JSON.stringify({ Reservations: [{ Instances: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }] }, { Instances: [{ InstanceId: 'i-3' }] }] }),
      [`${R}/prefix-lists/pl-1/get-managed-prefix-list-entries.json`]: JSON.stringify({ Entries: [{ Cidr: '192.0.2.0/24' }] }),
    });
    const problems: Finding[] = [];
    const d = await loadEc2Region(join(root, '111122223333', 'eu-west-1'), root, problems);
    expect(problems).toEqual([]);
    expect(d).toMatchObject({ account: '111122223333', region: 'eu-west-1', dir: '111122223333/eu-west-1' });
    expect(d.vpcs).toMatchObject({ state: 'collected', file: `${R}/describe-vpcs.json` });
    expect(d.instances.state === 'collected' && d.instances.value.map((i) => i.InstanceId)).toEqual(['i-1', 'i-2', 'i-3']);
    expect(d.subnets).toEqual({ state: 'missing', file: `${R}/describe-subnets.json` });
    expect(d.prefixListEntries.get('pl-1')).toMatchObject({ state: 'collected', value: [{ Cidr: '192.0.2.0/24' }] });
  });

  it('accepts the region path relative to the snapshot root as relRoot', async () => {
    const root = await snapshot({ [`${R}/describe-vpcs.json`]: '{"Vpcs":[]}' });
    const d = await loadEc2Region(join(root, '111122223333', 'eu-west-1'), '111122223333/eu-west-1', []);
    expect(d.vpcs).toMatchObject({ state: 'collected', file: `${R}/describe-vpcs.json` });
  });

  it('reports bad JSON, a wrong shape and items without an id, and goes on', async () => {
    const root = await snapshot({
      [`${R}/describe-vpcs.json`]: '{"Vpcs": [',
      [`${R}/describe-subnets.json`]: '{"Subnet": []}',
      [`${R}/describe-route-tables.json`]: JSON.stringify({ RouteTables: [{ RouteTableId: 'rtb-1', VpcId: 'vpc-1' }, { VpcId: 'vpc-1' }] }),
      [`${R}/describe-security-groups.json`]: JSON.stringify({ SecurityGroups: [{ GroupId: 'sg-1' }] }),
    });
    const problems: Finding[] = [];
    const d = await loadEc2Region(join(root, '111122223333', 'eu-west-1'), root, problems);
    expect(d.vpcs.state).toBe('unreadable');
    expect(d.subnets).toMatchObject({ state: 'unreadable', reason: 'expected an object with a "Subnets" array, as `aws ec2` prints it' });
    expect(d.routeTables.state === 'collected' && d.routeTables.value.length).toBe(1);
    expect(d.securityGroups.state).toBe('collected');
    const got = problems.map((p) => [p.code, p.location?.file, p.location?.jsonPath]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(got).toEqual([
      ['SNAPSHOT_FILE_UNREADABLE', `${R}/describe-route-tables.json`, '$.RouteTables[1]'],
      ['SNAPSHOT_FILE_UNREADABLE', `${R}/describe-subnets.json`, undefined],
      ['SNAPSHOT_FILE_UNREADABLE', `${R}/describe-vpcs.json`, undefined],
    ]);
    expect(problems).toHaveLength(3);
  });
});

describe('loadNetwork', () => {
  it('walks every account and region that has an ec2 folder', async () => {
    const root = await snapshot({
      [`${R}/describe-vpcs.json`]: '{"Vpcs":[]}',
      '444455556666/us-east-1/ec2/describe-vpcs.json': '{"Vpcs":[]}',
      '444455556666/us-east-1/kms/list-keys.json': '{"Keys":[]}',
      '444455556666/us-west-2/kms/list-keys.json': '{"Keys":[]}',
      'organizations/list-roots.json': '{"Roots":[]}',
    });
    const n = await loadNetwork(root);
    expect(n.regions.map((r) => r.dir)).toEqual(['111122223333/eu-west-1', '444455556666/us-east-1']);
  });
});

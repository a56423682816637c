// The EC2/VPC readers of a snapshot: one region (for the snapshot loader) or every account and region (standalone).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sortFindings, type Finding } from '../core/finding.js';
import { loadEc2Region } from './ec2/load-region.js';
import type { Ec2Data } from './ec2/model.js';

export { loadEc2Region, EC2_FILES } from './ec2/load-region.js';
export type { Ec2Data, Ec2ListKey } from './ec2/model.js';
export type * from './ec2/types.js';

/** The EC2/VPC data of a whole snapshot and the problems met while reading it. */
export interface NetworkSnapshot {
  root: string;
  regions: Ec2Data[];
  problems: Finding[];
}

async function dirs(path: string): Promise<string[]> {
  try {
    return (await readdir(path, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

/** Walks `<snapshot>/<12-digit account>/<region>/ec2/` and reads every region that has an ec2 folder. */
export async function loadNetwork(snapshotDir: string): Promise<NetworkSnapshot> {
  const problems: Finding[] = [];
  const regions: Ec2Data[] = [];
  for (const account of (await dirs(snapshotDir)).filter((d) => /^\d{12}$/.test(d))) {
    for (const region of await dirs(join(snapshotDir, account))) {
      if (!(await dirs(join(snapshotDir, account, region))).includes('ec2')) continue;
      regions.push(await loadEc2Region(join(snapshotDir, account, region), snapshotDir, problems));
    }
  }
  return { root: snapshotDir, regions, problems: sortFindings(problems) };
}

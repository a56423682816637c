// Loads one region folder of an account: KMS keys, resources with policies, and every other file as raw JSON.
import type { Collected } from '../core/collected.js';
import { join } from 'node:path';
import type { LoadContext } from './context.js';
import { loadEc2Region } from './ec2.js';
import { loadKms } from './load-kms.js';
import { loadPolicyResources, RESOURCE_SPECS } from './load-policy-resources.js';
import type { RegionData } from './model.js';

/** Service folders read by dedicated readers (ec2/ belongs to the EC2/VPC readers). */
const DEDICATED = new Set(['kms', 'lambda', 'secretsmanager', 'sns', 'sqs', 'ec2']);

/** Reads every .json file under `dir` (relative to the root) into `out`, keyed by its path below `regionDir`. */
async function loadRaw(ctx: LoadContext, regionDir: string, dir: string, out: Map<string, Collected<unknown>>): Promise<void> {
  const [files, dirs] = await Promise.all([ctx.files(dir), ctx.dirs(dir)]);
  const reads = files.filter((f) => f.endsWith('.json')).map(async (f) => {
    const file = `${dir}/${f}`;
    out.set(file.slice(regionDir.length + 1), await ctx.json(file));
  });
  await Promise.all([...reads, ...dirs.map((d) => loadRaw(ctx, regionDir, `${dir}/${d.onDisk}`, out))]);
}

/** Loads the region folder `<account>/<regionOnDisk>`. */
export async function loadRegion(ctx: LoadContext, account: string, region: string, regionOnDisk: string): Promise<RegionData> {
  const regionDir = `${account}/${regionOnDisk}`;
  const raw = new Map<string, Collected<unknown>>();
  const folders = await ctx.dirs(regionDir);
  const services = folders.filter((d) => !DEDICATED.has(d.name));
  const hasEc2 = folders.some((d) => d.name === 'ec2');
  const [ec2, kmsKeys, lambdaFunctions, secrets, topics, queues] = await Promise.all([
    hasEc2 ? loadEc2Region(join(ctx.root, regionDir), ctx.root, ctx.problems) : undefined,
    loadKms(ctx, account, region, regionDir),
    loadPolicyResources(ctx, RESOURCE_SPECS.lambdaFunctions, account, region, regionDir),
    loadPolicyResources(ctx, RESOURCE_SPECS.secrets, account, region, regionDir),
    loadPolicyResources(ctx, RESOURCE_SPECS.topics, account, region, regionDir),
    loadPolicyResources(ctx, RESOURCE_SPECS.queues, account, region, regionDir),
    ...services.map((s) => loadRaw(ctx, regionDir, `${regionDir}/${s.onDisk}`, raw)),
  ]);
  const sorted = new Map([...raw.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { region, kmsKeys, lambdaFunctions, secrets, topics, queues, raw: sorted, ...(ec2 ? { ec2 } : {}) };
}

// Loads a snapshot folder (docs/snapshot-format.md) into the Snapshot model; unreadable files become findings, never empty data.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Collected } from '../core/collected.js';
import { isAccountId } from '../core/arn.js';
import { sortFindings } from '../core/finding.js';
import { LoadContext } from './context.js';
import { loadIam } from './load-iam.js';
import { loadOrganization } from './load-org.js';
import { loadRegion } from './load-region.js';
import { loadS3 } from './load-s3.js';
import type { AccountData, CollectInfo, Snapshot } from './model.js';
import { readWhynotCollect } from './readers/whynot-collect.js';
import { resolveAwsManaged } from './resolve-managed.js';

/** Account sub-folders that are not regions. */
const GLOBAL_FOLDERS = new Set(['iam', 's3']);

async function loadAccount(ctx: LoadContext, account: string): Promise<AccountData> {
  const regionDirs = (await ctx.dirs(account)).filter((d) => !GLOBAL_FOLDERS.has(d.name));
  const [iam, buckets, ...regions] = await Promise.all([
    loadIam(ctx, account),
    loadS3(ctx, account),
    ...regionDirs.map((d) => loadRegion(ctx, account, d.name, d.onDisk)),
  ]);
  return { id: account, iam, buckets, regions: new Map(regions.map((r) => [r.region, r])) };
}

/** Loads the snapshot in `dir`; never throws for bad input (a missing folder is a finding). */
export async function loadSnapshot(dir: string): Promise<Snapshot> {
  const root = resolve(dir);
  const ctx = new LoadContext(root);
  const snapshot: Snapshot = {
    root,
    accounts: new Map(),
    organization: { state: 'missing', file: 'organizations/describe-organization.json' },
    problems: ctx.problems,
    notes: ctx.notes,
  };
  try {
    if (!(await stat(root)).isDirectory()) throw new Error('not a folder');
  } catch (e) {
    ctx.unreadable('.', `the snapshot folder ${root} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
    return snapshot;
  }

  const collect: Collected<CollectInfo> = await ctx.read('whynot-collect.json', readWhynotCollect);
  if (collect.state === 'collected') {
    snapshot.collect = collect.value;
    ctx.addFailures(collect.value.failures);
  }

  const accountIds: string[] = [];
  for (const d of await ctx.dirs('')) {
    if (isAccountId(d.onDisk)) accountIds.push(d.onDisk);
    else if (d.onDisk !== 'organizations') ctx.notes.push(`folder ${d.onDisk} ignored: not a 12-digit account id`);
  }
  const [organization, ...accounts] = await Promise.all([loadOrganization(ctx), ...accountIds.map((a) => loadAccount(ctx, a))]);
  snapshot.organization = organization;
  for (const a of accounts) snapshot.accounts.set(a.id, a);

  const iams = accounts.flatMap((a) => (a.iam.state === 'collected' ? [{ iam: a.iam.value, file: a.iam.file }] : []));
  const managed = await resolveAwsManaged(iams);
  ctx.notes.push(...managed.notes);
  ctx.problems.push(...managed.problems);

  snapshot.problems = sortFindings(ctx.problems);
  snapshot.notes = [...new Set(ctx.notes)].sort();
  return snapshot;
}

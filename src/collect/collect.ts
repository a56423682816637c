// The collector: who am I, organization, accounts (AssumeRole), regions, then every service in parallel within bounds.
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { sdkClientFactory, type ClientFactory, type Credentials } from './clients.js';
import { assumeRoleCredentials, defaultCredentials, roleArn } from './credentials.js';
import { CallError, CollectSetupError, errorCode, errorMessage } from './errors.js';
import { ReadOnlyViolation } from './guard.js';
import { ClientPool } from './pool.js';
import { Progress, type ProgressOutput } from './progress.js';
import { readPrevious, RECORD_FILE, sortFailures, type CallerIdentity, type CollectFailure, type CollectRecord } from './record.js';
import { enabledRegions } from './regions.js';
import { Scope, type RunState } from './scope.js';
import { defaultSenderOptions, Sender, type SenderOptions } from './sender.js';
import { collectors } from './services/index.js';
import { collectOrganization, listAccounts, organizationRole } from './services/organizations.js';
import { SERVICE_NAMES, type CollectService } from './services/types.js';
import { SnapshotStore } from './store.js';
import { toolVersion } from './version.js';

/** What to collect and where (the options of `whynot collect`). */
export interface CollectOptions {
  /** The snapshot folder. */
  out: string;
  /** Shared config/credentials profile for the default credential chain. */
  profile?: string;
  /** Regions to collect; absent: every region enabled for each account. */
  regions?: readonly string[];
  /** Services to collect; absent: all of SERVICE_NAMES. */
  services?: readonly CollectService[];
  /** Role to assume in each account other than the caller's. */
  roleName?: string;
  /** Accounts to collect (with roleName); `all`: every active account of the organization; absent: the caller's account. */
  accounts?: readonly string[] | 'all';
  /** Skip files that are already complete in `out`. */
  resume?: boolean;
}

/** Injectable collaborators (tests pass mocks or fixed clocks). */
export interface CollectDeps {
  credentials?: Credentials;
  clientFactory?: ClientFactory;
  sender?: Partial<SenderOptions>;
  now?: () => Date;
  /** Region for global services and discovery (default: the first of `regions`, else us-east-1). */
  homeRegion?: string;
  progress?: ProgressOutput;
  toolVersion?: string;
}

/** What a run did. */
export interface CollectResult {
  out: string;
  caller: CallerIdentity;
  accounts: string[];
  regions: string[];
  /** Snapshot files written by this run (whynot-collect.json not counted). */
  written: number;
  /** Files already complete, skipped by --resume. */
  skipped: number;
  calls: number;
  errors: number;
  /** Calls whose error means "there is none" (e.g. NoSuchBucketPolicy). */
  none: number;
  /** This run's failed calls, "none" answers excluded. */
  failed: CollectFailure[];
  /** The record written to whynot-collect.json. */
  record: CollectRecord;
  ms: number;
}

interface Ctx {
  run: RunState;
  options: CollectOptions;
  services: ReadonlySet<CollectService>;
  caller: CallerIdentity;
  root: Scope;
  progress: Progress;
  regions: Set<string>;
}

async function unit(ctx: Ctx, group: string, scope: Scope, work: (s: Scope) => Promise<void>): Promise<void> {
  try {
    await work(scope);
  } catch (e) {
    if (e instanceof ReadOnlyViolation) throw e;
    scope.fail(e);
  } finally {
    ctx.progress.done(group);
  }
}

async function identify(pool: ClientPool, home: string, credentials: Credentials): Promise<CallerIdentity> {
  try {
    const id = await pool.get('caller', 'sts', home, credentials).send(new GetCallerIdentityCommand({}));
    if (!id.Arn || !id.Account || !id.UserId) throw new CallError('sts:GetCallerIdentity', 'EmptyResponse', 'no Arn, Account or UserId');
    return { Arn: id.Arn, Account: id.Account, UserId: id.UserId };
  } catch (e) {
    if (e instanceof ReadOnlyViolation) throw e;
    throw new CollectSetupError(
      `cannot identify the caller (sts:GetCallerIdentity: ${errorCode(e)}: ${errorMessage(e)}); check the credentials (--profile, AWS_PROFILE, aws sso login)`,
    );
  }
}

async function credentialsFor(ctx: Ctx, account: string): Promise<Credentials | undefined> {
  if (account === ctx.caller.Account) return ctx.root.credentials;
  const roleName = ctx.options.roleName;
  if (!roleName) throw new CollectSetupError(`account ${account} is not the caller's: --role-name is needed to collect it`, true);
  const arn = roleArn(ctx.caller.Arn.split(':')[1] || 'aws', account, roleName);
  const sts = ctx.root.client('sts');
  const provider = assumeRoleCredentials(sts, arn, ctx.run.now);
  try {
    await provider();
    return provider;
  } catch (e) {
    if (e instanceof ReadOnlyViolation) throw e;
    ctx.root.fail(e);
    ctx.progress.note(`account ${account} skipped: cannot assume ${arn} (${errorCode(e)})`);
    return undefined;
  }
}

async function collectAccount(ctx: Ctx, account: string): Promise<void> {
  const credentials = await credentialsFor(ctx, account);
  if (!credentials) return;
  const acct = new Scope(ctx.run, account, ctx.run.home, account, credentials);
  const chosen = [...collectors.values()].filter((c) => ctx.services.has(c.name));
  const regional = chosen.filter((c) => c.level === 'region');
  let regions: readonly string[] = ctx.options.regions ?? [];
  if (!ctx.options.regions && regional.length) {
    regions = (await enabledRegions(acct)) ?? [];
    if (!regions.length) ctx.progress.note(`account ${account}: cannot list its enabled regions, regional services skipped (pass --regions)`);
  }
  const global = chosen.filter((c) => c.level === 'account');
  const tasks: Promise<void>[] = [];
  ctx.progress.add(`${account} global`, global.length);
  for (const c of global) tasks.push(unit(ctx, `${account} global`, acct, c.collect));
  for (const region of regions) {
    if (!regional.length) break;
    ctx.regions.add(region);
    const label = `${account} ${region}`;
    ctx.progress.add(label, regional.length);
    const scope = acct.at(region, `${account}/${region}`);
    for (const c of regional) tasks.push(unit(ctx, label, scope, c.collect));
  }
  await Promise.all(tasks);
}

async function targetAccounts(ctx: Ctx): Promise<string[]> {
  const wanted = ctx.options.accounts;
  if (wanted === undefined) return [ctx.caller.Account];
  if (wanted !== 'all') return [...new Set(wanted)];
  const list = await listAccounts(ctx.root);
  if (!list) throw new CollectSetupError('--accounts all: cannot list the accounts of the organization (organizations:ListAccounts failed)');
  const active = (list.Accounts ?? []).filter((a) => (a.State ?? a.Status) === 'ACTIVE' || (a.State === undefined && a.Status === undefined));
  return active.map((a) => a.Id).filter((id): id is string => Boolean(id)).sort();
}

async function finalRecord(ctx: Ctx, started: Date, previous: ReturnType<typeof readPrevious>, version: string): Promise<CollectRecord> {
  const kept: CollectFailure[] = [];
  for (const f of previous.failures) {
    if (f.file && !ctx.run.attempted.has(f.file) && !(await ctx.run.store.exists(f.file))) kept.push(f);
  }
  return {
    version: 1,
    collectedAt: previous.collectedAt ?? started.toISOString(),
    caller: ctx.caller,
    regions: [...new Set([...previous.regions, ...ctx.regions])].sort(),
    toolVersion: version,
    failures: sortFailures([...kept, ...ctx.run.failures]),
  };
}

/** Collects a snapshot into `options.out`; AWS failures are recorded, never thrown; throws CollectSetupError when it cannot start. */
export async function collect(options: CollectOptions, deps: CollectDeps = {}): Promise<CollectResult> {
  const now = deps.now ?? (() => new Date());
  const started = now();
  const startMs = Date.now();
  const resume = options.resume ?? false;
  const store = new SnapshotStore(options.out);
  await store.prepare(resume);
  const previous = resume ? readPrevious(await store.read(RECORD_FILE)) : { regions: [], failures: [] };
  const sender = new Sender({ ...defaultSenderOptions, ...deps.sender });
  const pool = new ClientPool(deps.clientFactory ?? sdkClientFactory, sender);
  const home = deps.homeRegion ?? options.regions?.[0] ?? 'us-east-1';
  const run: RunState = {
    store,
    pool,
    resume,
    previous: new Map(previous.failures.filter((f) => f.file).map((f) => [f.file ?? '', f])),
    failures: [],
    noneFailures: new Set(),
    attempted: new Set(),
    shared: new Map(),
    stats: { skipped: 0, none: 0, errors: 0 },
    now,
    home,
  };
  const progress = new Progress(deps.progress, () => ({ calls: sender.calls, files: store.written, errors: run.stats.errors }));
  try {
    const baseCredentials = deps.credentials ?? defaultCredentials(options.profile, now);
    const caller = await identify(pool, home, baseCredentials);
    const root = new Scope(run, caller.Account, home, '', baseCredentials);
    const services = new Set(options.services ?? SERVICE_NAMES);
    const ctx: Ctx = { run, options, services, caller, root, progress, regions: new Set() };
    const role = services.has('organizations') || options.accounts === 'all' ? await organizationRole(root) : 'none';
    if (options.accounts === 'all' && role !== 'management') {
      throw new CollectSetupError(`--accounts all needs the organization's management account; ${caller.Arn} is not in it (${role})`, true);
    }
    if (services.has('organizations')) {
      if (role === 'management') {
        progress.add('organizations', 1);
        await unit(ctx, 'organizations', root, collectOrganization);
      } else if (role === 'member') progress.note('organizations skipped: the caller is not in the management account');
    }
    const accounts = await targetAccounts(ctx);
    for (const account of accounts) await collectAccount(ctx, account);
    const written = store.written;
    const record = await finalRecord(ctx, started, previous, deps.toolVersion ?? toolVersion());
    await store.write(RECORD_FILE, record);
    return {
      out: options.out,
      caller,
      accounts,
      regions: [...ctx.regions].sort(),
      written,
      skipped: run.stats.skipped,
      calls: sender.calls,
      errors: run.stats.errors,
      none: run.stats.none,
      failed: sortFailures(run.failures.filter((f) => !run.noneFailures.has(f))),
      record,
      ms: Date.now() - startMs,
    };
  } finally {
    progress.finish();
    pool.destroy();
  }
}

// What a service collector works with: the account, the region, its clients, and file() that fetches, writes or records the failure.
import type { ClientMap, ClientService, Credentials } from './clients.js';
import { CallError, errorCode, errorMessage } from './errors.js';
import { ReadOnlyViolation } from './guard.js';
import { stripMetadata } from './pages.js';
import { joinPath } from './paths.js';
import type { ClientPool } from './pool.js';
import type { CollectFailure } from './record.js';
import type { SnapshotStore } from './store.js';

/** Counters of one run. */
export interface RunStats {
  /** Files already complete and skipped by --resume. */
  skipped: number;
  /** Calls whose error code means "there is none" (NoSuchBucketPolicy...), recorded but not errors. */
  none: number;
  /** Failed calls. */
  errors: number;
}

/** State shared by every scope of a run. */
export interface RunState {
  store: SnapshotStore;
  pool: ClientPool;
  resume: boolean;
  /** Failures of the previous run by file (for --resume). */
  previous: ReadonlyMap<string, CollectFailure>;
  failures: CollectFailure[];
  /** The failures of this run whose error code means "there is none". */
  noneFailures: Set<CollectFailure>;
  /** Files this run tried to produce. */
  attempted: Set<string>;
  /** Shared files, produced once per run though two collectors need them (ec2 and logs share describe-flow-logs). */
  shared: Map<string, Promise<unknown>>;
  stats: RunStats;
  now: () => Date;
  /** Region used for global services (IAM, S3 ListBuckets, Organizations, STS). */
  home: string;
}

/** Options of {@link Scope.file}. */
export interface FileOptions {
  /** Error codes that mean "collected, and there is none" (docs/snapshot-format.md). */
  none?: readonly string[];
  /** Another collector may ask for the same file in this run: produce it once and hand both the same content. */
  shared?: boolean;
}

/** One account (and region, for regional services) as a service collector sees it. */
export class Scope {
  constructor(
    readonly run: RunState,
    readonly account: string,
    readonly region: string,
    /** Folder of the scope relative to the snapshot root: `''`, `<account>` or `<account>/<region>`. */
    readonly base: string,
    readonly credentials: Credentials,
  ) {}

  /** The guarded client of a service, in the scope's region unless another is given. */
  client<K extends ClientService>(service: K, region: string = this.region): ClientMap[K] {
    return this.run.pool.get(this.account, service, region, this.credentials);
  }

  /** The same account in another region (or the account folder with region = home and base = account). */
  at(region: string, base: string): Scope {
    return new Scope(this.run, this.account, region, base, this.credentials);
  }

  /**
   * Produces the file at `rel` (relative to the scope's folder) and returns its content; with --resume a complete
   * file is read instead; a failed call is recorded and yields undefined.
   */
  file<O extends object>(rel: string, produce: () => Promise<O>, options: FileOptions = {}): Promise<O | undefined> {
    const path = joinPath(this.base, rel);
    if (!options.shared) return this.produce(path, produce, options);
    let p = this.run.shared.get(path);
    if (!p) this.run.shared.set(path, (p = this.produce(path, produce, options)));
    return p as Promise<O | undefined>;
  }

  private async produce<O extends object>(path: string, produce: () => Promise<O>, options: FileOptions): Promise<O | undefined> {
    const run = this.run;
    if (run.resume) {
      if (await run.store.exists(path)) {
        const existing = await run.store.read(path);
        if (typeof existing === 'object' && existing !== null) {
          run.stats.skipped++;
          return existing as O;
        }
      }
      const before = run.previous.get(path);
      if (before && options.none?.includes(before.error)) {
        run.stats.none++;
        return undefined;
      }
    }
    run.attempted.add(path);
    let value: O;
    try {
      value = stripMetadata(await produce());
    } catch (e) {
      if (e instanceof ReadOnlyViolation) throw e;
      this.fail(e, path, e instanceof CallError && options.none?.includes(e.code) === true);
      return undefined;
    }
    await run.store.write(path, value);
    return value;
  }

  /** Writes a response already fetched (without `$metadata`) at `rel`. */
  async save(rel: string, value: object): Promise<void> {
    const path = joinPath(this.base, rel);
    this.run.attempted.add(path);
    await this.run.store.write(path, stripMetadata(value));
  }

  /** Reads a complete file of a previous run (--resume only), else undefined. */
  async existing(rel: string): Promise<unknown> {
    const path = joinPath(this.base, rel);
    if (!this.run.resume || !(await this.run.store.exists(path))) return undefined;
    const value = await this.run.store.read(path);
    if (value !== undefined) this.run.stats.skipped++;
    return value;
  }

  /** Records a failed call; `path` is the snapshot file it would have written, if any; `none` when the error means "there is none". */
  fail(e: unknown, path?: string, none = false): void {
    const call = e instanceof CallError ? e.call : 'whynot:collect';
    const error = errorCode(e);
    const failure = { ...(path ? { file: path } : {}), call, error, message: errorMessage(e), at: this.run.now().toISOString() };
    this.run.failures.push(failure);
    if (none) {
      this.run.stats.none++;
      this.run.noneFailures.add(failure);
    } else this.run.stats.errors++;
  }
}

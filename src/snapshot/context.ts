// The loader's working state: the snapshot root, collect failures, problems and notes, and file access that never throws.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Collected } from '../core/collected.js';
import type { Finding, Position } from '../core/finding.js';
import type { CollectInfo } from './model.js';
import { isRecord, type ProblemSink, type ReadResult } from './json-shape.js';
import { readJsonFile, type ReadJsonOptions } from './read-json.js';

/** One failed call as whynot-collect.json records it. */
export type CollectFailure = CollectInfo['failures'][number];

/** Builds a reader that turns a parsed file into T (or a wrong-shape reason). */
export type Reader<T> = (value: unknown, file: string, problems: ProblemSink) => ReadResult<T>;

/** The reason a datum is missing, from a failure record, e.g. `AccessDenied on kms:GetKeyPolicy`. */
export function failureReason(f: { call?: string; error: string }): string {
  const code = f.error.endsWith('Exception') && f.error !== 'Exception' ? f.error.slice(0, -'Exception'.length) : f.error;
  return f.call ? `${code} on ${f.call}` : code;
}

/** An error marker written in place of a response: `{"Error": {"Code": "...", "Message": "..."}}`. */
function errorMarker(v: unknown): { error: string; message?: string } | undefined {
  if (!isRecord(v) || !isRecord(v.Error)) return undefined;
  const keys = Object.keys(v).filter((k) => k !== '$metadata');
  if (keys.length !== 1 || typeof v.Error.Code !== 'string') return undefined;
  return { error: v.Error.Code, ...(typeof v.Error.Message === 'string' ? { message: v.Error.Message } : {}) };
}

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The parent folder of a relative path ('' for the root). */
function parentOf(path: string): string {
  const d = posix.dirname(path);
  return d === '.' ? '' : d;
}

/** A folder entry: its name on disk (percent-encoded) and decoded. */
export interface DirEntry {
  onDisk: string;
  name: string;
}

/** Loader state shared by the readers of one snapshot. */
export class LoadContext {
  readonly problems: Finding[] = [];
  readonly notes: string[] = [];
  private readonly failures = new Map<string, CollectFailure>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Folder listings by path relative to the root ('' = the root); undefined when the folder does not exist. */
  private readonly listings = new Map<string, Promise<Map<string, Dirent> | undefined>>();

  constructor(readonly root: string, private readonly maxOpen = 64) {}

  /** Registers the failure records of whynot-collect.json by file. */
  addFailures(failures: readonly CollectFailure[]): void {
    for (const f of failures) if (f.file) this.failures.set(f.file.replace(/\\/g, '/').replace(/^\.\//, ''), f);
  }

  /** The failure recorded for a file, if any. */
  failureFor(file: string): CollectFailure | undefined {
    return this.failures.get(file);
  }

  /** Records an unreadable file as a SNAPSHOT_FILE_UNREADABLE finding and returns the matching Collected. */
  unreadable<T>(file: string, reason: string, start?: Position): Collected<T> {
    this.problems.push({
      code: 'SNAPSHOT_FILE_UNREADABLE',
      severity: 'error',
      message: `${file}: ${reason}`,
      location: { file, ...(start ? { start } : {}) },
    });
    return { state: 'unreadable', file, reason };
  }

  /** Records a problem inside a file that was otherwise read (an entry skipped). */
  entryProblem(file: string, jsonPath: string, reason: string): void {
    this.problems.push({
      code: 'SNAPSHOT_FILE_UNREADABLE',
      severity: 'error',
      message: `${file}: ${jsonPath}: ${reason}`,
      location: { file, jsonPath },
    });
  }

  /** A missing datum, with the collector's failure reason when it recorded one. */
  missing<T>(file: string): Collected<T> {
    const f = this.failures.get(file);
    return f ? { state: 'missing', file, reason: failureReason(f) } : { state: 'missing', file };
  }

  /** Runs fn when fewer than maxOpen files are being read. */
  async limit<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.maxOpen) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /** Reads a file relative to the root as JSON; `noneCodes` are error codes meaning "collected, there is none" (value null). */
  async json(file: string, opts: ReadJsonOptions & { noneCodes?: readonly string[] } = {}): Promise<Collected<unknown>> {
    const failure = this.failures.get(file);
    const present = (await this.listing(parentOf(file)))?.has(posix.basename(file)) ?? false;
    const r = present ? await this.limit(() => readJsonFile(join(this.root, file), opts)) : { state: 'missing' as const };
    if (r.state === 'missing') {
      if (failure && opts.noneCodes?.includes(failure.error)) return { state: 'collected', value: null, file };
      return this.missing(file);
    }
    if (r.state === 'unreadable') return this.unreadable(file, r.reason, r.start);
    const marker = errorMarker(r.value);
    if (marker) {
      if (opts.noneCodes?.includes(marker.error)) return { state: 'collected', value: null, file };
      return { state: 'missing', file, reason: failureReason({ error: marker.error, ...(failure ? { call: failure.call } : {}) }) };
    }
    return { state: 'collected', value: r.value, file };
  }

  /** Reads a file and applies a reader; a wrong shape is reported as unreadable. */
  async read<T>(file: string, reader: Reader<T>, opts: ReadJsonOptions = {}): Promise<Collected<T>> {
    const c = await this.json(file, opts);
    return this.apply(c, reader);
  }

  /** Like {@link read}, where the listed error codes mean "collected, and there is none" (value null). */
  async readOrNone<T>(file: string, reader: Reader<T>, noneCodes: readonly string[]): Promise<Collected<T | null>> {
    const c = await this.json(file, { noneCodes });
    if (c.state === 'collected' && c.value === null) return { state: 'collected', value: null, file };
    return this.apply(c, reader);
  }

  private apply<T>(c: Collected<unknown>, reader: Reader<T>): Collected<T> {
    if (c.state !== 'collected') return c;
    const r = reader(c.value, c.file, (jsonPath, reason) => this.entryProblem(c.file, jsonPath, reason));
    if (!r.ok) return this.unreadable(c.file, `unexpected shape: ${r.reason}`);
    return { state: 'collected', value: r.value, file: c.file };
  }

  /** Subfolders of a folder relative to the root (none when it does not exist), sorted, names decoded. */
  async dirs(dir: string): Promise<DirEntry[]> {
    return (await this.entries(dir)).filter((e) => e.isDirectory()).map((e) => ({ onDisk: e.name, name: safeDecode(e.name) }));
  }

  /** Files of a folder relative to the root (none when it does not exist), sorted. */
  async files(dir: string): Promise<string[]> {
    return (await this.entries(dir)).filter((e) => e.isFile()).map((e) => e.name);
  }

  private async entries(dir: string): Promise<Dirent[]> {
    const listing = await this.listing(dir);
    if (!listing) return [];
    return [...listing.values()].filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** The cached listing of a folder; a folder is only read when its parent lists it, so absent files cost no system call. */
  private listing(dir: string): Promise<Map<string, Dirent> | undefined> {
    let p = this.listings.get(dir);
    if (!p) {
      p = this.readListing(dir);
      this.listings.set(dir, p);
    }
    return p;
  }

  private async readListing(dir: string): Promise<Map<string, Dirent> | undefined> {
    if (dir !== '') {
      const entry = (await this.listing(parentOf(dir)))?.get(posix.basename(dir));
      if (!entry || !(entry.isDirectory() || entry.isSymbolicLink())) return undefined;
    }
    try {
      const list = await this.limit(() => readdir(join(this.root, dir), { withFileTypes: true }));
      return new Map(list.map((e) => [e.name, e]));
    } catch (e) {
      const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.unreadable(dir || '.', `cannot list the folder: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }
}

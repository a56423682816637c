// The snapshot folder on disk: atomic JSON writes, files 0600 in folders 0700, reads for --resume.
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CollectSetupError } from './errors.js';

/** Writes and reads snapshot files by path relative to the root (`/` separators). */
export class SnapshotStore {
  /** Files written by this run. */
  written = 0;
  private readonly dirs = new Map<string, Promise<void>>();
  private tmp = 0;

  constructor(readonly root: string) {}

  /** Creates the root folder (0700); without resume it must be empty or absent. */
  async prepare(resume: boolean): Promise<void> {
    let entries: string[] = [];
    try {
      entries = await readdir(this.root);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CollectSetupError(`cannot read ${this.root}: ${(e as Error).message}`);
    }
    if (entries.length > 0 && !resume) {
      throw new CollectSetupError(`${this.root} is not empty: pass --resume to complete that snapshot, or choose an empty folder`, true);
    }
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    await chmod(this.root, 0o700);
  }

  /** Whether a file exists. */
  async exists(rel: string): Promise<boolean> {
    try {
      return (await stat(this.abs(rel))).isFile();
    } catch {
      return false;
    }
  }

  /** The parsed JSON of a file, or undefined when it is absent or not valid JSON. */
  async read(rel: string): Promise<unknown> {
    try {
      return JSON.parse(await readFile(this.abs(rel), 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /** Writes a value as JSON, atomically (temporary file then rename), mode 0600, creating folders 0700. */
  async write(rel: string, value: unknown): Promise<void> {
    const path = this.abs(rel);
    await this.mkdirOnce(dirname(path));
    const tmp = `${path}.${process.pid}.${this.tmp++}.tmp`;
    try {
      await writeFile(tmp, JSON.stringify(value, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    this.written++;
  }

  private abs(rel: string): string {
    return join(this.root, ...rel.split('/'));
  }

  private mkdirOnce(dir: string): Promise<void> {
    let p = this.dirs.get(dir);
    if (!p) {
      p = mkdir(dir, { recursive: true, mode: 0o700 }).then(() => undefined);
      this.dirs.set(dir, p);
    }
    return p;
  }
}

// Test helpers: a temporary snapshot folder, the files it holds, and collect deps without real credentials or waits.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CollectDeps } from '../../src/collect/index.js';

/** Fake static credentials (mocked clients never resolve them; the test checks they are written nowhere). */
export const FAKE_KEY = { accessKeyId: 'AKIDFAKEEXAMPLE12345', secretAccessKey: 'fake/secret/Key+never+written' };

/** Deps for a mocked run: static credentials, no backoff waits, fixed clock and home region. */
export function testDeps(extra: CollectDeps = {}): CollectDeps {
  return {
    credentials: FAKE_KEY,
    sender: { sleep: () => Promise.resolve(), backoffMs: 1 },
    now: () => new Date('2025-01-31T12:00:00.000Z'),
    homeRegion: 'us-east-1',
    toolVersion: 'whynot 0.1.0',
    ...extra,
  };
}

/** Every file under a folder, relative with `/`, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(relative(root, p).split('\\').join('/'));
    }
  };
  await walk(root);
  return out.sort();
}

/** Every folder under (and including) a folder. */
export async function listDirs(root: string): Promise<string[]> {
  const out = [root];
  for (const e of await readdir(root, { withFileTypes: true, recursive: true })) if (e.isDirectory()) out.push(join(e.parentPath, e.name));
  return out;
}

/** A snapshot file parsed. */
export async function readJson(root: string, rel: string): Promise<unknown> {
  return JSON.parse(await readFile(join(root, rel), 'utf8')) as unknown;
}

/** The permission bits of a path. */
export async function mode(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777;
}

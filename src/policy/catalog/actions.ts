// Resolves an Action value (`s3:GetObject`, `ec2:Describe*`, `*`) against the catalog, with did-you-mean.
import { closest } from './similar.js';
import { service, serviceKeys, type ActionInfo } from './services.js';
import { hasWildcard, wildcardMatcher } from './wildcard.js';

/** What an Action value names. */
export type ActionResolution =
  | { kind: 'all' }
  | { kind: 'malformed' }
  | { kind: 'unknown-service'; service: string; suggestion?: string }
  | { kind: 'unknown-action'; service: string; suggestion?: string }
  | { kind: 'no-match'; service: string }
  | { kind: 'ok'; service: string; actions: ActionInfo[] };

const cache = new Map<string, ActionResolution>();
const sorted = new Map<string, ActionInfo[]>();

/** The actions whose lower-cased name starts with the pattern's literal prefix (binary search in a sorted list). */
function candidates(prefix: string, actions: Map<string, ActionInfo>, pattern: string): ActionInfo[] {
  let list = sorted.get(prefix);
  if (!list) {
    list = [...actions.values()].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
    sorted.set(prefix, list);
  }
  const lit = pattern.toLowerCase().split(/[*?]/)[0] ?? '';
  if (lit === '') return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.name.toLowerCase() ?? '') < lit) lo = mid + 1; else hi = mid;
  }
  const out: ActionInfo[] = [];
  for (let i = lo; i < list.length && (list[i]?.name.toLowerCase().startsWith(lit) ?? false); i++) out.push(list[i] as ActionInfo);
  return out;
}

const names = new WeakMap<Map<string, ActionInfo>, string[]>();

/** The action names of a service, built once (the suggestion search reuses the list and its lower-cased copy). */
function actionNames(actions: Map<string, ActionInfo>): string[] {
  let n = names.get(actions);
  if (!n) {
    n = [...actions.values()].map((a) => a.name);
    names.set(actions, n);
  }
  return n;
}

function resolveUncached(text: string): ActionResolution {
  if (text === '*') return { kind: 'all' };
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return { kind: 'malformed' };
  const prefix = text.slice(0, colon).toLowerCase();
  const name = text.slice(colon + 1);
  const svc = service(prefix);
  if (!svc) {
    const suggestion = hasWildcard(prefix) ? undefined : closest(prefix, serviceKeys());
    return { kind: 'unknown-service', service: prefix, ...(suggestion ? { suggestion } : {}) };
  }
  if (!hasWildcard(name)) {
    const hit = svc.actions.get(name.toLowerCase());
    if (hit) return { kind: 'ok', service: prefix, actions: [hit] };
    const suggestion = closest(name, actionNames(svc.actions));
    return { kind: 'unknown-action', service: prefix, ...(suggestion ? { suggestion: `${prefix}:${suggestion}` } : {}) };
  }
  const match = wildcardMatcher(name);
  const actions = candidates(svc.prefix, svc.actions, name).filter((a) => match(a.name));
  return actions.length ? { kind: 'ok', service: prefix, actions } : { kind: 'no-match', service: prefix };
}

/** Resolves an Action or NotAction value (case-insensitive, wildcards expanded within the service). */
export function resolveAction(text: string): ActionResolution {
  let r = cache.get(text);
  if (!r) {
    const key = text.toLowerCase();
    r = cache.get(key) ?? resolveUncached(text);
    cache.set(key, r);
    cache.set(text, r);
  }
  return r;
}

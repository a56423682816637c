// Iterates the elements rules look at, each value with its JSON path.
import type { PrincipalElement, Statement, StringList } from '../model.js';

/** A string value of an element and its JSON path. */
export interface Located {
  value: string;
  path: string;
}

/** The values of a string list with their paths (falls back to a synthetic path when unknown). */
export function located(list: StringList | undefined, fallback: string): Located[] {
  if (!list) return [];
  return list.values.map((value, i) => ({ value, path: list.paths?.[i] ?? (list.values.length > 1 ? `${fallback}[${i}]` : fallback) }));
}

/** The statement's JSON path. */
export function statementPath(st: Statement): string {
  return st.path ?? `$.Statement[${st.index}]`;
}

const actionCache = new WeakMap<Statement, (Located & { not: boolean })[]>();
const resourceCache = new WeakMap<Statement, (Located & { not: boolean })[]>();
const principalCache = new WeakMap<Statement, PrincipalValue[]>();

/** Action or NotAction values, with which element they came from (cached per statement). */
export function actionValues(st: Statement): (Located & { not: boolean })[] {
  let v = actionCache.get(st);
  if (!v) {
    v = actionValuesUncached(st);
    actionCache.set(st, v);
  }
  return v;
}

function actionValuesUncached(st: Statement): (Located & { not: boolean })[] {
  const p = statementPath(st);
  return [
    ...located(st.action, `${p}.Action`).map((l) => ({ ...l, not: false })),
    ...located(st.notAction, `${p}.NotAction`).map((l) => ({ ...l, not: true })),
  ];
}

/** Resource or NotResource values, with which element they came from (cached per statement). */
export function resourceValues(st: Statement): (Located & { not: boolean })[] {
  let v = resourceCache.get(st);
  if (!v) {
    v = resourceValuesUncached(st);
    resourceCache.set(st, v);
  }
  return v;
}

function resourceValuesUncached(st: Statement): (Located & { not: boolean })[] {
  const p = statementPath(st);
  return [
    ...located(st.resource, `${p}.Resource`).map((l) => ({ ...l, not: false })),
    ...located(st.notResource, `${p}.NotResource`).map((l) => ({ ...l, not: true })),
  ];
}

/** A principal value with its type (`AWS`, `Service`, ...). */
export interface PrincipalValue extends Located {
  type: string;
  /** True for NotPrincipal. */
  not: boolean;
}

function principalList(pr: PrincipalElement | undefined, base: string, not: boolean): PrincipalValue[] {
  if (!pr) return [];
  if (pr.kind === 'wildcard') return [{ type: '*', value: '*', path: base, not }];
  const out: PrincipalValue[] = [];
  const types: Record<string, string[]> = { AWS: pr.AWS, Service: pr.Service, Federated: pr.Federated, CanonicalUser: pr.CanonicalUser, ...pr.other };
  for (const [type, values] of Object.entries(types)) {
    const list = pr.lists?.[type] ?? { values };
    for (const l of located(list, `${base}.${type}`)) out.push({ ...l, type, not });
  }
  return out;
}

/** Principal and NotPrincipal values of a statement (cached per statement). */
export function principalValues(st: Statement): PrincipalValue[] {
  let v = principalCache.get(st);
  if (!v) {
    const p = statementPath(st);
    v = [...principalList(st.principal, `${p}.Principal`, false), ...principalList(st.notPrincipal, `${p}.NotPrincipal`, true)];
    principalCache.set(st, v);
  }
  return v;
}

// Compiles a policy document once into matchers, so each request only runs cheap comparisons.
import type { PolicyDocument, Statement } from '../policy/model.js';
import { compileCondition } from './conditions/index.js';
import type { CompiledCondition } from './conditions/types.js';
import type { RequestContext } from './context.js';
import { compileActionMatcher, compileResourceMatcher } from './matchers.js';

/** A statement ready for evaluation. */
export interface CompiledStatement {
  statement: Statement;
  /** Undefined when Effect is missing or invalid: the statement's applicability is unknown. */
  effect: 'Allow' | 'Deny' | undefined;
  /** Why the statement cannot be evaluated, when it cannot (missing Effect, no Action...). */
  invalid?: string;
  /** True when the Action (or NotAction) element covers the lower-cased action. */
  matchAction: (actionLower: string) => boolean;
  /** True when the Resource (or NotResource) element covers the resource; `undefined`-free. */
  matchResource: (resource: string, ctx: RequestContext) => boolean;
  conditions: CompiledCondition[];
}

/** A compiled policy document. */
export interface CompiledPolicy {
  document: PolicyDocument;
  statements: CompiledStatement[];
  /** Policy variables are substituted only with Version 2012-10-17. */
  variables: boolean;
  /** The statements whose Action/NotAction can match an action of this service prefix, in order. */
  forService: (serviceLower: string) => readonly CompiledStatement[];
}

/**
 * The service prefixes a statement's Action element can match, or undefined when any service
 * (NotAction, `*`, a wildcard in the prefix, or no Action at all).
 */
function servicesOf(st: Statement): string[] | undefined {
  if (!st.action) return undefined;
  const out: string[] = [];
  for (const a of st.action.values) {
    const colon = a.indexOf(':');
    if (colon < 0) return undefined;
    const svc = a.slice(0, colon).toLowerCase();
    if (svc.includes('*') || svc.includes('?')) return undefined;
    out.push(svc);
  }
  return out;
}

/** Indexes statements by service prefix so a request only looks at the statements that can match it. */
function serviceIndex(statements: readonly CompiledStatement[]): (serviceLower: string) => readonly CompiledStatement[] {
  const services = statements.map((cs) => servicesOf(cs.statement));
  const memo = new Map<string, readonly CompiledStatement[]>();
  return (svc) => {
    let list = memo.get(svc);
    if (!list) {
      list = statements.filter((_, i) => { const s = services[i]; return s === undefined || s.includes(svc); });
      if (memo.size > 512) memo.clear();
      memo.set(svc, list);
    }
    return list;
  };
}

const cache = new WeakMap<PolicyDocument, CompiledPolicy>();

const always = (): boolean => true;
const never = (): boolean => false;

function compileStatement(st: Statement, variables: boolean, requireResource: boolean): CompiledStatement {
  let invalid: string | undefined;
  const effect = st.effect === 'Allow' || st.effect === 'Deny' ? st.effect : undefined;
  if (!effect) invalid = st.effect === undefined ? 'the statement has no Effect' : `Effect "${st.effect}" is neither Allow nor Deny`;
  let matchAction: (a: string) => boolean = never;
  if (st.action) {
    const m = compileActionMatcher(st.action.values);
    matchAction = m;
  } else if (st.notAction) {
    const m = compileActionMatcher(st.notAction.values);
    matchAction = (a) => !m(a);
  } else {
    invalid ??= 'the statement has neither Action nor NotAction';
  }
  let matchResource: (r: string, ctx: RequestContext) => boolean = always;
  if (st.resource) {
    matchResource = compileResourceMatcher(st.resource.values, variables);
  } else if (st.notResource) {
    const m = compileResourceMatcher(st.notResource.values, variables);
    matchResource = (r, ctx) => !m(r, ctx);
  } else if (requireResource) {
    invalid ??= 'the statement has neither Resource nor NotResource';
  }
  const conditions = st.conditions.map((c) => compileCondition(c, { variables }));
  return { statement: st, effect, ...(invalid ? { invalid } : {}), matchAction, matchResource, conditions };
}

/**
 * Compiles a policy document (cached per document object). `requireResource` is true for policy
 * types where AWS requires Resource or NotResource (identity policies, boundaries, session policies, SCPs).
 */
export function compilePolicy(doc: PolicyDocument, requireResource: boolean): CompiledPolicy {
  const hit = cache.get(doc);
  if (hit) return hit;
  const variables = doc.version === '2012-10-17';
  const statements = doc.statements.map((s) => compileStatement(s, variables, requireResource));
  const compiled: CompiledPolicy = { document: doc, variables, statements, forService: serviceIndex(statements) };
  cache.set(doc, compiled);
  return compiled;
}

// Policy variables (${key}, ${key, 'default'}, ${*} ${?} ${$}) compiled once into templates, matched per request.
import type { RequestContext } from './context.js';
import {
  compileArnGlob,
  compileGlob,
  normalize,
  ONE,
  STAR,
  tokensToText,
  type ArnMatchMode,
  type GlobToken,
  type Matcher,
} from '../core/wildcard.js';

/** A `${key}` or `${key, 'default'}` reference inside a pattern. */
export interface VariableRef {
  /** The key as written. */
  key: string;
  /** The key lower-cased (context keys are case-insensitive). */
  lower: string;
  /** The default value, used when the key has no single value. */
  fallback?: string;
}

/** A parsed pattern: literal text, wildcards and variable references. */
export type TemplatePiece = GlobToken | VariableRef;

/** Options of compiling a string pattern. */
export interface PatternOptions {
  /** Substitute `${...}` (only for policies with Version 2012-10-17). */
  variables: boolean;
  /** A written `*` or `?` is a wildcard (StringLike); otherwise it is literal (StringEquals). */
  wildcards: boolean;
  /** Compare without regard to case. */
  ignoreCase?: boolean;
}

/** Options of compiling an ARN pattern (Resource, NotResource, ArnLike, ArnEquals). */
export interface ArnPatternOptions {
  /** Substitute `${...}` (only for policies with Version 2012-10-17). */
  variables: boolean;
  /** 'resource' (default) for the Resource element, 'condition' for the Arn operators. */
  mode?: ArnMatchMode;
}

/** The pattern as it reads for one request, or the first variable that has no value. */
export type ResolvedPattern = { ok: true; text: string } | { ok: false; missing: string };

/** A pattern compiled once; `match` substitutes variables from the request context. */
export interface CompiledPattern {
  /** The pattern as written. */
  readonly text: string;
  /** True when the pattern reads the request context. */
  readonly hasVariables: boolean;
  /** The context keys (as written) that the pattern's variables read. */
  readonly variableKeys: readonly string[];
  /** True when the value matches; a variable with no value and no default makes it match nothing. */
  match(value: string, ctx: RequestContext): boolean;
  /** The pattern with its variables replaced, for explanations. */
  resolve(ctx: RequestContext): ResolvedPattern;
}

const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };

/** Longest `${...}` read as a variable (tag keys are at most 128 characters); bounds the work on hostile text. */
const MAX_VARIABLE = 512;

function validKey(raw: string): string | undefined {
  const key = raw.trim();
  return key === '' || key.includes('$') || key.includes('{') ? undefined : key;
}

/** Parses `${...}` at `start` (pointing at `$`): the piece and the index after `}`, or undefined when malformed. */
function parseVariable(text: string, start: number): { piece: TemplatePiece; end: number } | undefined {
  const limit = Math.min(text.length, start + MAX_VARIABLE);
  let i = start + 2;
  // The key runs to ',' or '}'; a '$' or '{' first means this is no variable (except the ${$} escape).
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 125 || c === 44) break;
    if ((c === 36 || c === 123) && i > start + 2) return undefined;
  }
  if (i >= limit) return undefined;
  const raw = text.slice(start + 2, i);
  const key = validKey(raw);
  if (text[i] === '}') {
    const escaped = ESCAPES[raw];
    if (escaped !== undefined) return { piece: escaped, end: i + 1 };
    return key === undefined ? undefined : { piece: { key, lower: key.toLowerCase() }, end: i + 1 };
  }
  if (key === undefined) return undefined;
  // The default: single-quoted, '' standing for one quote; it may contain '}'.
  for (i++; i < limit && text[i] === ' '; ) i++;
  if (text[i] !== "'") return undefined;
  let fallback = '';
  for (i++; i < limit; i++) {
    if (text[i] === "'") {
      if (text[i + 1] !== "'") break;
      i++;
    }
    fallback += text[i];
  }
  if (i >= limit) return undefined;
  for (i++; i < limit && text[i] === ' '; ) i++;
  if (i >= limit || text[i] !== '}') return undefined;
  return { piece: { key, lower: key.toLowerCase(), fallback }, end: i + 1 };
}

/** Parses pattern text into a template; with `variables` false, `${...}` is plain text. */
export function parseTemplate(text: string, options: { variables: boolean; wildcards: boolean }): TemplatePiece[] {
  const out: TemplatePiece[] = [];
  let lit = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    if (options.variables && c === '$' && text[i + 1] === '{') {
      const parsed = parseVariable(text, i);
      if (parsed) {
        if (typeof parsed.piece === 'string') lit += parsed.piece;
        else {
          if (lit) out.push(lit);
          lit = '';
          out.push(parsed.piece);
        }
        i = parsed.end;
        continue;
      }
    }
    if (options.wildcards && (c === '*' || c === '?')) {
      if (lit) out.push(lit);
      lit = '';
      out.push(c === '*' ? STAR : ONE);
    } else lit += c;
    i++;
  }
  if (lit) out.push(lit);
  return out;
}

/** The value a variable takes in this request: the key's single value, else its default, else undefined. */
export function variableValue(ref: VariableRef, ctx: RequestContext): string | undefined {
  const cv = ctx.get(ref.lower);
  // "You can't use a multivalued condition key as a variable."
  if (cv && !cv.multi && cv.values.length === 1) return cv.values[0];
  return ref.fallback;
}

function isVariable(p: TemplatePiece): p is VariableRef {
  return typeof p === 'object';
}

type Build = (tokens: GlobToken[]) => Matcher;

/** Builds a CompiledPattern from a template and a way to turn resolved tokens into a matcher. */
function fromTemplate(text: string, pieces: TemplatePiece[], build: Build): CompiledPattern {
  const vars = pieces.filter(isVariable);
  if (vars.length === 0) {
    const tokens = pieces as GlobToken[];
    const m = build(tokens);
    const resolved: ResolvedPattern = { ok: true, text: tokensToText(normalize(tokens)) };
    return { text, hasVariables: false, variableKeys: [], match: (v) => m(v), resolve: () => resolved };
  }
  // One-entry memo: while the variables keep their values (the same request), the substituted
  // matcher and text are built once.
  interface State {
    vals: (string | undefined)[];
    complete: boolean;
    matcher?: Matcher;
    resolved?: ResolvedPattern;
  }
  let last: State | undefined;
  const current = (ctx: RequestContext): State => {
    const vals = vars.map((r) => variableValue(r, ctx));
    if (last === undefined || vals.some((x, i) => x !== (last as State).vals[i])) {
      last = { vals, complete: !vals.includes(undefined) };
    }
    return last;
  };
  const substitute = (vals: (string | undefined)[]): GlobToken[] => {
    let k = 0;
    return pieces.map((p) => (isVariable(p) ? (vals[k++] as string) : p));
  };
  return {
    text,
    hasVariables: true,
    variableKeys: vars.map((r) => r.key),
    match(v, ctx) {
      const s = current(ctx);
      if (!s.complete) return false;
      s.matcher ??= build(substitute(s.vals));
      return s.matcher(v);
    },
    resolve(ctx) {
      const s = current(ctx);
      if (!s.resolved) {
        const i = s.vals.indexOf(undefined);
        s.resolved =
          i >= 0 ? { ok: false, missing: (vars[i] as VariableRef).key } : { ok: true, text: tokensToText(normalize(substitute(s.vals))) };
      }
      return s.resolved;
    },
  };
}

const cache = new Map<string, CompiledPattern>();
const CACHE_LIMIT = 50_000;

function cached(key: string, make: () => CompiledPattern): CompiledPattern {
  const hit = cache.get(key);
  if (hit) return hit;
  const made = make();
  // Patterns with variables hold a per-request memo, so only literal ones are shared.
  if (!made.hasVariables) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, made);
  }
  return made;
}

/** Compiles a string pattern (StringEquals, StringLike, ...); literal ones are cached and shared. */
export function compilePattern(text: string, options: PatternOptions): CompiledPattern {
  const ignoreCase = options.ignoreCase === true;
  const key = `s${options.variables ? 1 : 0}${options.wildcards ? 1 : 0}${ignoreCase ? 1 : 0}${text}`;
  return cached(key, () => fromTemplate(text, parseTemplate(text, options), (t) => compileGlob(t, ignoreCase)));
}

/**
 * Compiles an ARN pattern for the Resource element ('resource') or the Arn condition operators
 * ('condition'); matching is case-sensitive and `*` alone matches anything.
 */
export function compileArnPattern(text: string, options: ArnPatternOptions): CompiledPattern {
  const mode = options.mode ?? 'resource';
  const key = `a${options.variables ? 1 : 0}${mode === 'resource' ? 'r' : 'c'}${text}`;
  return cached(key, () =>
    fromTemplate(text, parseTemplate(text, { variables: options.variables, wildcards: true }), (t) => compileArnGlob(t, mode)),
  );
}

// Wildcard matching for IAM (`*` any run, `?` one character): linear-time globs, no regexes, and the ARN-aware forms.

/** A compiled matcher: true when the value matches the pattern. */
export type Matcher = (value: string) => boolean;

/** Token of a glob: a `*`. */
export const STAR = 0;
/** Token of a glob: a `?`. */
export const ONE = 1;

/** One element of a glob: literal text (never a wildcard, whatever it contains), `STAR` or `ONE`. */
export type GlobToken = string | typeof STAR | typeof ONE;

/** Options of compiling a wildcard pattern. */
export interface WildcardOptions {
  /** Compare without regard to case (the pattern is lower-cased once, the value on each call). */
  ignoreCase?: boolean;
}

const COLON = 58;

const always: Matcher = () => true;

/** Compiles a pattern in which every `*` and `?` is a wildcard. */
export function compileWildcard(pattern: string, options: WildcardOptions = {}): Matcher {
  return compileGlob(tokenize(pattern), options.ignoreCase === true);
}

/** Splits pattern text into glob tokens, every `*` and `?` being a wildcard. */
export function tokenize(pattern: string): GlobToken[] {
  const out: GlobToken[] = [];
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 42 || c === 63) {
      if (i > start) out.push(pattern.slice(start, i));
      out.push(c === 42 ? STAR : ONE);
      start = i + 1;
    }
  }
  if (start < pattern.length) out.push(pattern.slice(start));
  return out;
}

/** Merges adjacent text, drops empty text and collapses runs of `*` (they match the same strings). */
export function normalize(tokens: readonly GlobToken[]): GlobToken[] {
  const out: GlobToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (typeof t === 'string') {
      if (t === '') continue;
      if (typeof last === 'string') out[out.length - 1] = last + t;
      else out.push(t);
    } else if (!(t === STAR && last === STAR)) {
      out.push(t);
    }
  }
  return out;
}

/** True when the tokens hold a `*` or a `?`. */
export function hasWildcard(tokens: readonly GlobToken[]): boolean {
  return tokens.some((t) => typeof t !== 'string');
}

/** Concatenates tokens back into text (wildcards as `*` and `?`), for messages. */
export function tokensToText(tokens: readonly GlobToken[]): string {
  let s = '';
  for (const t of tokens) s += t === STAR ? '*' : t === ONE ? '?' : t;
  return s;
}

/**
 * A run of the pattern between two `*`: text pieces and counts of `?`, with its fixed length.
 * `first` is the offset of the first text piece inside the segment (-1 when it has none).
 */
interface Segment {
  chunks: (string | number)[];
  len: number;
  firstText: string;
  firstOffset: number;
}

function segment(tokens: readonly GlobToken[]): Segment {
  const chunks: (string | number)[] = [];
  let len = 0;
  let firstText = '';
  let firstOffset = -1;
  for (const t of tokens) {
    if (typeof t === 'string') {
      if (firstOffset < 0) {
        firstOffset = len;
        firstText = t;
      }
      chunks.push(t);
      len += t.length;
    } else {
      const last = chunks[chunks.length - 1];
      if (typeof last === 'number') chunks[chunks.length - 1] = last + 1;
      else chunks.push(1);
      len += 1;
    }
  }
  return { chunks, len, firstText, firstOffset };
}

/** Does the segment match the value at `pos` (the caller checked that it fits)? */
function matchAt(seg: Segment, v: string, pos: number): boolean {
  for (const c of seg.chunks) {
    if (typeof c === 'number') pos += c;
    else {
      if (!v.startsWith(c, pos)) return false;
      pos += c.length;
    }
  }
  return true;
}

/** The leftmost position in [from, limit] where the segment matches, or -1. */
function findFrom(seg: Segment, v: string, from: number, limit: number): number {
  if (seg.firstOffset < 0) return from <= limit ? from : -1;
  const text = seg.firstText;
  const off = seg.firstOffset;
  let at = from;
  while (at <= limit) {
    const j = v.indexOf(text, at + off);
    if (j < 0) return -1;
    const i = j - off;
    if (i > limit) return -1;
    if (seg.chunks.length === 1 || matchAt(seg, v, i)) return i;
    at = i + 1;
  }
  return -1;
}

/**
 * Compiles glob tokens. Pattern = S0 * S1 * ... * Sk: the value must start with S0, end with Sk,
 * and hold S1..Sk-1 in order between them; taking each middle segment at its leftmost place is
 * optimal, so there is no backtracking and the cost is at most O(value × pattern).
 */
export function compileGlob(raw: readonly GlobToken[], ignoreCase: boolean): Matcher {
  const tokens = normalize(ignoreCase ? raw.map((t) => (typeof t === 'string' ? t.toLowerCase() : t)) : raw);
  const m = compileNormalized(tokens);
  if (!ignoreCase || m === always) return m;
  return (v) => m(v.toLowerCase());
}

function compileNormalized(tokens: GlobToken[]): Matcher {
  if (tokens.length === 0) return (v) => v.length === 0;
  if (tokens.length === 1) {
    const t = tokens[0] as GlobToken;
    if (t === STAR) return always;
    if (typeof t === 'string') return (v) => v === t;
  }
  const [t0, t1, t2] = tokens;
  if (tokens.length === 2 && typeof t0 === 'string' && t1 === STAR) return (v) => v.startsWith(t0);
  if (tokens.length === 2 && t0 === STAR && typeof t1 === 'string') return (v) => v.endsWith(t1);
  if (tokens.length === 3 && t0 === STAR && typeof t1 === 'string' && t2 === STAR) return (v) => v.includes(t1);

  const segs: Segment[] = [];
  let cur: GlobToken[] = [];
  for (const t of tokens) {
    if (t === STAR) {
      segs.push(segment(cur));
      cur = [];
    } else cur.push(t);
  }
  segs.push(segment(cur));
  if (segs.length === 1) {
    const only = segs[0] as Segment;
    return (v) => v.length === only.len && matchAt(only, v, 0);
  }
  const head = segs[0] as Segment;
  const tail = segs[segs.length - 1] as Segment;
  const middle = segs.slice(1, -1).filter((s) => s.len > 0);
  const minLen = head.len + tail.len + middle.reduce((n, s) => n + s.len, 0);
  return (v) => {
    if (v.length < minLen) return false;
    if (!matchAt(head, v, 0)) return false;
    const end = v.length - tail.len;
    if (!matchAt(tail, v, end)) return false;
    let pos = head.len;
    for (const seg of middle) {
      const i = findFrom(seg, v, pos, end - seg.len);
      if (i < 0) return false;
      pos = i + seg.len;
    }
    return true;
  };
}

/** How a `*` or `?` before the fifth colon of an ARN pattern treats colons. */
export type ArnMatchMode =
  /** The Resource element: a `*` that ends a segment may run past colons; elsewhere they stay in their segment. */
  | 'resource'
  /** ArnLike/ArnEquals: each colon-delimited component is matched separately. */
  | 'condition';

/** Splits tokens at the first `limit` literal colons. */
function splitAtColons(tokens: readonly GlobToken[], limit: number): GlobToken[][] {
  const parts: GlobToken[][] = [[]];
  for (const t of tokens) {
    if (typeof t !== 'string' || parts.length > limit) {
      (parts[parts.length - 1] as GlobToken[]).push(t);
      continue;
    }
    let start = 0;
    for (let i = t.indexOf(':'); i >= 0 && parts.length <= limit; i = t.indexOf(':', start)) {
      if (i > start) (parts[parts.length - 1] as GlobToken[]).push(t.slice(start, i));
      parts.push([]);
      start = i + 1;
    }
    if (start < t.length) (parts[parts.length - 1] as GlobToken[]).push(t.slice(start));
  }
  return parts;
}

/**
 * Compiles an ARN pattern (case-sensitive). `*` alone matches anything. In 'condition' mode the
 * pattern and the value are split at their first five colons and each component is matched on
 * its own; a pattern with fewer components matches its last one against the rest of the value.
 * In 'resource' mode the whole value is matched, `?` and a `*` inside a segment never take a
 * colon before the resource part, and a `*` that ends a segment may.
 */
export function compileArnGlob(raw: readonly GlobToken[], mode: ArnMatchMode): Matcher {
  const tokens = normalize(raw);
  if (tokens.length === 1 && tokens[0] === STAR) return always;
  if (!hasWildcard(tokens)) return compileNormalized(tokens);
  const parts = splitAtColons(tokens, 5);
  if (mode === 'condition') return compileComponents(parts);
  const head = parts.length === 6 ? parts.slice(0, 5) : parts;
  if (isPlainHead(head)) return compileNormalized(tokens);
  return compileNfa(tokens);
}

/**
 * True when every wildcard before the resource part is a `*` that ends its component: such a `*`
 * may take colons, so the pattern means what a plain glob means.
 */
function isPlainHead(head: GlobToken[][]): boolean {
  for (const part of head) {
    for (let i = 0; i < part.length; i++) {
      const t = part[i];
      if (t === ONE) return false;
      if (t === STAR && i !== part.length - 1) return false;
    }
  }
  return true;
}

function compileComponents(parts: GlobToken[][]): Matcher {
  const k = parts.length;
  const matchers = parts.map((p) => compileNormalized(normalize(p)));
  return (v) => {
    let start = 0;
    for (let p = 0; p < k - 1; p++) {
      const i = v.indexOf(':', start);
      if (i < 0) return false;
      if (!(matchers[p] as Matcher)(v.slice(start, i))) return false;
      start = i + 1;
    }
    return (matchers[k - 1] as Matcher)(v.slice(start));
  };
}

const K_CHAR = 0;
const K_ONE = 1;
const K_STAR = 2;

/**
 * The general 'resource' case: a Thompson simulation over the pattern's characters (sparse state
 * sets), where each `*` and `?` knows whether it may take a colon. O(value × pattern), no backtracking.
 */
function compileNfa(tokens: readonly GlobToken[]): Matcher {
  const kind: number[] = [];
  const code: number[] = [];
  const cross: boolean[] = [];
  let colons = 0;
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti] as GlobToken;
    if (typeof t === 'string') {
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        kind.push(K_CHAR);
        code.push(c);
        cross.push(false);
        if (c === COLON) colons++;
      }
    } else if (t === ONE) {
      kind.push(K_ONE);
      code.push(0);
      cross.push(colons >= 5);
    } else {
      const next = tokens[ti + 1];
      const endsSegment = next === undefined || (typeof next === 'string' && next.charCodeAt(0) === COLON);
      kind.push(K_STAR);
      code.push(0);
      cross.push(colons >= 5 || endsSegment);
    }
  }
  const m = kind.length;
  const firstWild = kind.findIndex((k) => k !== K_CHAR);
  let prefix = '';
  for (const t of tokens) {
    if (typeof t !== 'string') break;
    prefix += t;
  }
  const lastToken = tokens[tokens.length - 1];
  const suffix = typeof lastToken === 'string' ? lastToken : '';
  // Sparse state sets (a state is marked with the generation, i.e. input position, that added it).
  const mark = new Uint32Array(m + 1);
  let gen = 0;
  let cur = new Int32Array(m + 1);
  let nxt = new Int32Array(m + 1);
  let curLen = 0;
  let nxtLen = 0;
  const addNext = (state: number): void => {
    for (let i = state; mark[i] !== gen; i++) {
      mark[i] = gen;
      nxt[nxtLen++] = i;
      if (i === m || kind[i] !== K_STAR) return;
    }
  };
  return (v) => {
    if (v.length < prefix.length + suffix.length || !v.startsWith(prefix) || !v.endsWith(suffix)) return false;
    if (gen > 0xfffffff0 - v.length) {
      mark.fill(0);
      gen = 0;
    }
    gen++;
    nxtLen = 0;
    addNext(firstWild);
    for (let p = prefix.length; p < v.length; p++) {
      const swap = cur;
      cur = nxt;
      nxt = swap;
      curLen = nxtLen;
      nxtLen = 0;
      gen++;
      const c = v.charCodeAt(p);
      for (let j = 0; j < curLen; j++) {
        const i = cur[j] as number;
        if (i === m) continue;
        const k = kind[i];
        if (k === K_CHAR) {
          if (code[i] === c) addNext(i + 1);
        } else if (cross[i] === true || c !== COLON) addNext(k === K_STAR ? i : i + 1);
      }
      if (nxtLen === 0) return false;
    }
    return mark[m] === gen;
  };
}

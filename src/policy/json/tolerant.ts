// A tolerant JSON reader over momoa tokens: reports every syntax problem, recovers the usual slips, and records spans by JSON path.
import type { Position } from '../../core/finding.js';
import type { Span } from '../model.js';
import { lex, type Tok } from './lex.js';
import { LineIndex } from './lines.js';
import { decodeNumber, decodeString, decodeWord, type Scalar } from './scalars.js';

/** A syntax problem, coded as in doctor-codes.md. */
export interface SyntaxProblem {
  code: 'POLICY_JSON_INVALID' | 'POLICY_HAS_COMMENTS';
  message: string;
  fix?: string;
  span: Span;
  jsonPath?: string;
}

/** A key written twice in one object (the last one wins, as in JSON.parse). */
export interface DuplicateKey {
  path: string;
  key: string;
  span: Span;
  first: Span;
}

/** What the reader recovered: the value, spans by JSON path, and every problem. */
export interface TolerantResult {
  value: unknown;
  /** Span of each value, by JSON path (`$`, `$.Statement[0].Action`). */
  spans: Map<string, Span>;
  /** Span of each object key, by the JSON path of its value. */
  keySpans: Map<string, Span>;
  problems: SyntaxProblem[];
  duplicates: DuplicateKey[];
}

const FIX_COMMA = 'Separate elements with commas: each statement is an object {...} inside "Statement": [ {...}, {...} ]';
const FIX_WRAP = 'Wrap the fragment in {"Version":"2012-10-17","Statement":[ ... ]}';
const FIX_KV = 'Wrap the statement\'s elements in braces: "Statement": [ { "Effect": "Allow", "Action": ..., "Resource": ... } ]';
const MAX_DEPTH = 64;

type Closer = 'RBrace' | 'RBracket';

function span(t: Tok): Span {
  return { start: t.loc.start, end: t.loc.end };
}

function isKey(t: Tok | undefined): boolean {
  return t !== undefined && (t.type === 'String' || t.type === 'Identifier');
}

function startsValue(t: Tok | undefined): boolean {
  return t !== undefined && t.type !== 'Colon' && t.type !== 'Comma' && t.type !== 'RBrace' && t.type !== 'RBracket';
}

function setProp(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

class Reader {
  readonly spans = new Map<string, Span>();
  readonly keySpans = new Map<string, Span>();
  readonly problems: SyntaxProblem[] = [];
  readonly duplicates: DuplicateKey[] = [];
  private readonly tokens: Tok[] = [];
  private lineIndex: LineIndex | undefined;
  private i = 0;
  private readonly open: Closer[] = [];

  constructor(private readonly text: string) {
    const lexed = lex(text);
    for (const p of lexed.problems) this.report(p.message, this.lines.span(p.start, p.end));
    for (const t of lexed.tokens) {
      if (t.type === 'LineComment' || t.type === 'BlockComment') {
        const from = t.loc.start.offset;
        this.problems.push({
          code: 'POLICY_HAS_COMMENTS',
          message: `Comment ${JSON.stringify(text.slice(from, Math.min(t.loc.end.offset, from + 40)).trim())}: AWS rejects comments in policy JSON`,
          fix: 'Remove the comment; use a Sid to label a statement',
          span: span(t),
        });
      } else {
        this.tokens.push(t);
      }
    }
  }

  /** Line starts of the text, built only when an offset without a token must be located. */
  private get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex;
  }

  private at(t: Tok): string {
    return `${t.loc.start.line}:${t.loc.start.column}`;
  }

  private report(message: string, where: Span | Tok, fix?: string, jsonPath?: string): void {
    const sp = 'loc' in where ? span(where) : where;
    this.problems.push({ code: 'POLICY_JSON_INVALID', message, ...(fix ? { fix } : {}), span: sp, ...(jsonPath ? { jsonPath } : {}) });
  }

  private between(a: Tok, end: Position): Span {
    return { start: a.loc.start, end };
  }

  private peek(k = 0): Tok | undefined {
    return this.tokens[this.i + k];
  }

  private raw(t: Tok): string {
    return this.text.slice(t.loc.start.offset, t.loc.end.offset);
  }

  private describe(t: Tok): string {
    const raw = this.raw(t);
    return raw.length > 30 ? `${raw.slice(0, 30)}…` : raw;
  }

  private scalar(t: Tok): Scalar {
    const raw = this.raw(t);
    switch (t.type) {
      case 'String': return decodeString(raw);
      case 'Number': return decodeNumber(raw);
      case 'Boolean': return { value: raw === 'true' };
      case 'Null': return { value: null };
      default: return decodeWord(raw);
    }
  }

  /** Reads the whole text. */
  document(): unknown {
    const first = this.peek();
    if (!first) {
      this.report('The text holds no JSON value', this.lines.span(0, this.text.length), FIX_WRAP, '$');
      return undefined;
    }
    let value: unknown;
    if (isKey(first) && this.peek(1)?.type === 'Colon') {
      const obj: Record<string, unknown> = {};
      const end = this.members(obj, '$', undefined, first);
      this.report('The policy is a fragment: "key": value pairs without the enclosing { }', this.between(first, end), FIX_WRAP, '$');
      this.spans.set('$', this.between(first, end));
      value = obj;
    } else {
      value = this.value('$', 0);
    }
    const extra = this.peek();
    if (extra) {
      const last = this.tokens[this.tokens.length - 1] ?? extra;
      this.report(`Unexpected ${this.describe(extra)} after the end of the policy at ${this.at(extra)}: a policy is one JSON object`,
        this.between(extra, last.loc.end), 'Lint one policy per file, or merge the statements into one Statement array');
    }
    return value;
  }

  /** Reads one value at the cursor (which must start a value). */
  private value(path: string, depth: number): unknown {
    const t = this.peek();
    if (!t) return undefined;
    if (depth > MAX_DEPTH) {
      this.report('JSON nested too deeply', t);
      this.skipValue();
      return undefined;
    }
    if (t.type === 'LBrace') return this.object(path, depth);
    if (t.type === 'LBracket') return this.array(path, depth);
    this.i++;
    const s = this.scalar(t);
    if (s.problem) this.report(s.problem, t, undefined, path);
    this.spans.set(path, span(t));
    return s.value;
  }

  private skipValue(): void {
    let level = 0;
    do {
      const t = this.peek();
      if (!t) return;
      if (t.type === 'LBrace' || t.type === 'LBracket') level++;
      if (t.type === 'RBrace' || t.type === 'RBracket') level--;
      this.i++;
    } while (level > 0);
  }

  private object(path: string, depth: number): Record<string, unknown> {
    const open = this.peek() as Tok;
    this.i++;
    const obj: Record<string, unknown> = {};
    this.open.push('RBrace');
    const end = this.members(obj, path, open, undefined, depth);
    this.open.pop();
    this.spans.set(path, this.between(open, end));
    return obj;
  }

  /**
   * Reads `"key": value` members into `obj` until the closing brace (or the end of the text when
   * `open` is undefined: a top-level fragment). Returns the end position.
   */
  private members(obj: Record<string, unknown>, path: string, open: Tok | undefined, first?: Tok, depth = 0): Position {
    const seen = new Map<string, Span>();
    let expectMember = true;
    let comma: Tok | undefined;
    let end = ((open ?? first) as Tok).loc.end;
    for (;;) {
      const t = this.peek();
      if (!t) {
        if (open) this.report(`The { opened at ${this.at(open)} is never closed`, open, 'Add the missing }', path);
        return end;
      }
      if (t.type === 'RBrace' && open) {
        if (comma) this.report('Trailing comma before }', comma, 'Remove the comma after the last element', path);
        this.i++;
        return t.loc.end;
      }
      if (t.type === 'RBrace' || t.type === 'RBracket') {
        const want = open ? '}' : 'the end of the text';
        this.report(`Expected ${want} but found ${this.raw(t)} at ${this.at(t)}`, t, 'Balance the brackets: every { needs a } and every [ a ]', path);
        if (open && this.open.includes('RBracket') && t.type === 'RBracket') return end;
        this.i++;
        continue;
      }
      if (t.type === 'Comma') {
        if (expectMember) this.report('Extra comma', t, 'Remove the comma', path);
        comma = t;
        expectMember = true;
        this.i++;
        continue;
      }
      if (!isKey(t)) {
        this.report(`Expected a "key" in double quotes but found ${this.describe(t)}`, t, undefined, path);
        if (startsValue(t)) this.skipValue(); else this.i++;
        continue;
      }
      if (!expectMember) {
        this.report(`Missing comma before ${this.describe(t)} at ${this.at(t)}`, t, 'Add a comma between the two elements', path);
      }
      end = this.member(obj, path, t, seen, depth);
      comma = undefined;
      expectMember = false;
    }
  }

  /** Reads one `"key": value` member at the cursor (a key token). Returns the end position. */
  private member(obj: Record<string, unknown>, path: string, keyTok: Tok, seen: Map<string, Span>, depth: number): Position {
    this.i++;
    const key = this.scalar(keyTok);
    const name = String(key.value);
    const p = `${path}.${name}`;
    if (key.problem) this.report(key.problem, keyTok, undefined, p);
    const keySpan = span(keyTok);
    const earlier = seen.get(name);
    if (earlier) this.duplicates.push({ path: p, key: name, span: keySpan, first: earlier });
    seen.set(name, keySpan);
    this.keySpans.set(p, keySpan);
    if (this.peek()?.type === 'Colon') {
      this.i++;
    } else {
      this.report(`Missing : after ${this.describe(keyTok)}`, keyTok, 'Write "key": value', p);
    }
    const v = this.peek();
    if (!startsValue(v)) {
      this.report(`Missing value for ${this.describe(keyTok)}`, keyTok, undefined, p);
      return keyTok.loc.end;
    }
    setProp(obj, name, this.value(p, depth + 1));
    return this.spans.get(p)?.end ?? keyTok.loc.end;
  }

  private array(path: string, depth: number): unknown[] {
    const open = this.peek() as Tok;
    this.i++;
    const items: unknown[] = [];
    this.open.push('RBracket');
    let expectItem = true;
    let comma: Tok | undefined;
    let end = open.loc.end;
    for (;;) {
      const t = this.peek();
      if (!t) {
        this.report(`The [ opened at ${this.at(open)} is never closed`, open, 'Add the missing ]', path);
        break;
      }
      if (t.type === 'RBracket') {
        if (comma) this.report('Trailing comma before ]', comma, 'Remove the comma after the last element', path);
        this.i++;
        end = t.loc.end;
        break;
      }
      if (t.type === 'RBrace') {
        this.report(`Expected ] but found } at ${this.at(t)}`, t, 'Balance the brackets: every { needs a } and every [ a ]', path);
        if (this.open.includes('RBrace')) break;
        this.i++;
        continue;
      }
      if (t.type === 'Comma') {
        if (expectItem) this.report('Extra comma', t, 'Remove the comma', path);
        comma = t;
        expectItem = true;
        this.i++;
        continue;
      }
      const itemPath = `${path}[${items.length}]`;
      if (!expectItem) this.missingComma(t, itemPath);
      if (t.type === 'Colon') {
        this.report('Unexpected :', t, undefined, path);
        this.i++;
        continue;
      }
      if (isKey(t) && this.peek(1)?.type === 'Colon') {
        items.push(this.pairsInArray(itemPath, depth));
      } else {
        items.push(this.value(itemPath, depth + 1));
      }
      end = this.spans.get(itemPath)?.end ?? t.loc.end;
      comma = undefined;
      expectItem = false;
    }
    this.open.pop();
    this.spans.set(path, this.between(open, end));
    return items;
  }

  private missingComma(t: Tok, itemPath: string): void {
    const prev = this.tokens[this.i - 1];
    const after = prev ? ` after the ${this.describe(prev)} at ${this.at(prev)}` : '';
    const what = /\.Statement\[\d+\]$/.test(itemPath) ? 'statements' : 'array elements';
    this.report(`Missing comma between ${what}: add a comma${after}`, t, FIX_COMMA, itemPath);
  }

  /** Reads `"key": value` pairs written straight into an array as one object (the seed's bucket policy). */
  private pairsInArray(path: string, depth: number): Record<string, unknown> {
    const first = this.peek() as Tok;
    const obj: Record<string, unknown> = {};
    const seen = new Map<string, Span>();
    let end = first.loc.end;
    for (;;) {
      const t = this.peek();
      if (!t || !isKey(t) || this.peek(1)?.type !== 'Colon') break;
      end = this.member(obj, path, t, seen, depth);
      if (this.peek()?.type === 'Comma' && isKey(this.peek(1)) && this.peek(2)?.type === 'Colon') this.i++;
      else if (isKey(this.peek()) && this.peek(1)?.type === 'Colon') {
        const n = this.peek() as Tok;
        this.report(`Missing comma before ${this.describe(n)} at ${this.at(n)}`, n, 'Add a comma between the two elements', path);
      }
    }
    this.report('"key": value pairs written directly inside [ ]: a statement must be an object { ... }', this.between(first, end), FIX_KV, path);
    this.spans.set(path, this.between(first, end));
    return obj;
  }
}

/** Reads JSON text tolerantly, reporting every problem with its span and recovering where sensible. */
export function readJson(text: string): TolerantResult {
  const r = new Reader(text);
  const value = r.document();
  return { value, spans: r.spans, keySpans: r.keySpans, problems: r.problems, duplicates: r.duplicates };
}

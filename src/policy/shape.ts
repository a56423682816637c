// Turns a decoded JSON value into the policy model; one converter for every spelling of a policy.
import type { Finding } from '../core/finding.js';
import type { ConditionEntry, PolicyDocument, PrincipalElement, Span, Statement, StringList } from './model.js';

/** Spans by JSON path (`$.Statement[0].Action[1]`), when the text was parsed with positions. */
export type SpanIndex = ReadonlyMap<string, Span>;

/** Options of {@link documentFromValue}. */
export interface ShapeOptions {
  file: string;
  spans?: SpanIndex;
  /** Spans of object keys by the JSON path of their value (element-level problems start at the key). */
  keySpans?: SpanIndex;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** AWS reads JSON numbers and booleans in policies as their text. */
function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'];

/** Element names are case-sensitive: suggests the right spelling of a mis-cased one. */
function didYouMean(name: string, known: readonly string[]): string {
  const hit = known.find((k) => k.toLowerCase() === name.toLowerCase());
  return hit ? ` (element names are case-sensitive: did you mean ${hit}?)` : '';
}

class Shaper {
  readonly problems: Finding[] = [];
  constructor(private readonly opts: ShapeOptions) {}

  span(path: string): Span | undefined {
    return this.opts.spans?.get(path);
  }

  /** From the key to the end of the value, when the key's span is known. */
  elementSpan(path: string): Span | undefined {
    const key = this.opts.keySpans?.get(path);
    const value = this.span(path);
    return key && value ? { start: key.start, end: value.end } : value;
  }

  problem(path: string, message: string, fix?: string, element = false): void {
    const span = element ? this.elementSpan(path) : this.span(path);
    this.problems.push({
      code: 'POLICY_JSON_INVALID',
      severity: 'error',
      message,
      ...(fix ? { fix } : {}),
      location: { file: this.opts.file, jsonPath: path, ...(span ? { start: span.start, end: span.end } : {}) },
    });
  }

  stringList(v: unknown, path: string): StringList | undefined {
    const items = Array.isArray(v) ? v : [v];
    const values: string[] = [];
    const spans: Span[] = [];
    const paths: string[] = [];
    items.forEach((item, i) => {
      const p = Array.isArray(v) ? `${path}[${i}]` : path;
      const s = scalarText(item);
      if (s === undefined) {
        this.problem(p, `${path.split('.').pop() ?? path} values must be strings`);
        return;
      }
      values.push(s);
      paths.push(p);
      const sp = this.span(p);
      if (sp) spans.push(sp);
    });
    const span = this.span(path);
    return { values, paths, ...(spans.length === values.length && spans.length ? { spans } : {}), ...(span ? { span } : {}) };
  }

  principal(v: unknown, path: string): PrincipalElement | undefined {
    const span = this.span(path);
    if (v === '*') return { kind: 'wildcard', ...(span ? { span } : {}) };
    if (!isRecord(v)) {
      this.problem(path, 'Principal must be "*" or an object such as {"AWS": "arn:aws:iam::123456789012:root"}');
      return undefined;
    }
    const lists: Record<string, StringList> = {};
    const out: PrincipalElement = { kind: 'map', AWS: [], Service: [], Federated: [], CanonicalUser: [], other: {}, lists, ...(span ? { span } : {}) };
    for (const [type, raw] of Object.entries(v)) {
      const sl = this.stringList(raw, `${path}.${type}`);
      if (sl) lists[type] = sl;
      const list = sl?.values ?? [];
      if (type === 'AWS' || type === 'Service' || type === 'Federated' || type === 'CanonicalUser') out[type].push(...list);
      else out.other[type] = list;
    }
    return out;
  }

  conditions(v: unknown, path: string): ConditionEntry[] {
    if (!isRecord(v)) {
      this.problem(path, 'Condition must be an object of operators, each mapping keys to values');
      return [];
    }
    const out: ConditionEntry[] = [];
    for (const [operator, block] of Object.entries(v)) {
      const opPath = `${path}.${operator}`;
      if (!isRecord(block)) {
        this.problem(opPath, `Condition operator ${operator} must map condition keys to values`);
        continue;
      }
      for (const [key, raw] of Object.entries(block)) {
        const keyPath = `${opPath}.${key}`;
        const list = this.stringList(raw, keyPath);
        const span = this.span(keyPath);
        out.push({
          operator, key, values: list?.values ?? [], path: keyPath, valuePaths: list?.paths ?? [],
          raw: Array.isArray(raw) ? raw : [raw], ...(span ? { span } : {}),
        });
      }
    }
    return out;
  }

  statement(v: unknown, path: string, index: number): Statement | undefined {
    if (!isRecord(v)) {
      this.problem(path, 'Each statement must be an object {...} inside the Statement array',
        'Wrap each statement in braces and separate statements with commas: "Statement": [ {...}, {...} ]');
      return undefined;
    }
    const span = this.span(path);
    const st: Statement = { index, conditions: [], path, ...(span ? { span } : {}) };
    for (const [name, value] of Object.entries(v)) {
      const p = `${path}.${name}`;
      switch (name) {
        case 'Sid': { const s = scalarText(value); if (s !== undefined) st.sid = s; else this.problem(p, 'Sid must be a string'); break; }
        case 'Effect': { const s = scalarText(value); if (s !== undefined) st.effect = s; else this.problem(p, 'Effect must be "Allow" or "Deny"'); break; }
        case 'Action': { const l = this.stringList(value, p); if (l) st.action = l; break; }
        case 'NotAction': { const l = this.stringList(value, p); if (l) st.notAction = l; break; }
        case 'Resource': { const l = this.stringList(value, p); if (l) st.resource = l; break; }
        case 'NotResource': { const l = this.stringList(value, p); if (l) st.notResource = l; break; }
        case 'Principal': { const pr = this.principal(value, p); if (pr) st.principal = pr; break; }
        case 'NotPrincipal': { const pr = this.principal(value, p); if (pr) st.notPrincipal = pr; break; }
        case 'Condition': st.conditions = this.conditions(value, p); break;
        default: this.problem(p, `Unknown statement element ${name}${didYouMean(name, STATEMENT_ELEMENTS)}`, 'Use only Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource and Condition', true); break;
      }
    }
    return st;
  }

  document(v: unknown): PolicyDocument | undefined {
    if (!isRecord(v)) {
      this.problem('$', 'A policy must be a JSON object {"Version": "2012-10-17", "Statement": [...]}',
        'Wrap the fragment in {"Version":"2012-10-17","Statement":[ ... ]}');
      return undefined;
    }
    const span = this.span('$');
    const doc: PolicyDocument = { statements: [], ...(span ? { span } : {}) };
    for (const [name, value] of Object.entries(v)) {
      const p = `$.${name}`;
      if (name === 'Version') {
        const s = scalarText(value);
        if (s !== undefined) doc.version = s; else this.problem(p, 'Version must be a string');
      } else if (name === 'Id') {
        const s = scalarText(value);
        if (s !== undefined) doc.id = s;
      } else if (name === 'Statement') {
        if (Array.isArray(value)) {
          value.forEach((item, i) => {
            const st = this.statement(item, `${p}[${i}]`, i);
            if (st) doc.statements.push(st);
          });
        } else {
          const st = this.statement(value, p, 0);
          if (st) doc.statements.push(st);
        }
      } else {
        this.problem(p, `Unknown policy element ${name}${didYouMean(name, POLICY_ELEMENTS)}`, 'A policy holds only Version, Id and Statement', true);
      }
    }
    if (!('Statement' in v)) this.problem('$', 'The policy has no Statement element');
    return doc;
  }
}

/**
 * Builds the policy model from a decoded JSON value, reporting every shape problem with its JSON
 * path (and span when `spans` is given). Never throws.
 */
export function documentFromValue(value: unknown, opts: ShapeOptions): { document?: PolicyDocument; problems: Finding[] } {
  const s = new Shaper(opts);
  const document = s.document(value);
  return document ? { document, problems: s.problems } : { problems: s.problems };
}

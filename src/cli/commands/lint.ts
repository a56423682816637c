// whynot lint: validate policy files (or every policy of a snapshot) as AWS does, each problem with its position and fix.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { valueOf } from '../../core/collected.js';
import type { Finding, Location, Severity } from '../../core/finding.js';
import { applySuppressions, parseSuppressions, pathGlob, type Suppression } from '../../core/suppress.js';
import { embeddedOffsets, spanInFile } from '../../policy/json/embedded-position.js';
import { LineIndex } from '../../policy/json/lines.js';
import { readJson } from '../../policy/json/tolerant.js';
import type { ParseResult, Span } from '../../policy/model.js';
import { parsePolicyText, spanAt } from '../../policy/parse.js';
import { rules } from '../../policy/rules/index.js';
import { POLICY_TYPES, type PolicyOrigin, type PolicyType } from '../../policy/rules/types.js';
import { validatePolicy } from '../../policy/validate.js';
import type { FindingsReport } from '../../render/findings-json.js';
import { renderFindingsJson } from '../../render/findings-json.js';
import { renderFindingsText } from '../../render/findings-text.js';
import { renderSarif } from '../../render/sarif.js';
import { loadSnapshot, type LoadedPolicy, type Snapshot } from '../../snapshot/index.js';
import { locateJsonError } from '../../snapshot/json-locate.js';
import { decodeText } from '../../snapshot/read-json.js';
import { EXIT, UsageError, type CliIo, type Command } from '../io.js';

const VERSION = '0.1.0';

const usage = `Usage:
  whynot lint FILE|DIR|GLOB... [--type ${POLICY_TYPES.join('|')}] [--bucket NAME]
  whynot lint --snapshot DIR
      [--format text|json|sarif] [--json] [--fail-on error|warning|none]
      [--suppress FILE] [--security]

Checks policies as AWS validates them and reports every problem with file:line:col and a fix.
The type is inferred from the content when --type is not given (Principal and sts:AssumeRole*: trust;
Principal: resource; none: identity). A DIR is searched for *.json; quote a GLOB to let whynot expand it.
--snapshot lints every customer policy of a snapshot (inline, managed, trust, bucket, key, function,
secret, topic, queue, SCP, RCP). --security adds SERVICE_PRINCIPAL_UNSCOPED.
Exit status: 0 nothing at or above --fail-on (default error), 1 findings at or above it, 2 bad input.`;

/** One policy to lint and how it is used. */
interface Target {
  /** File shown in findings. */
  file: string;
  parsed: ParseResult;
  type?: PolicyType;
  origin?: PolicyOrigin;
  bucket?: string;
  resource?: string;
  /** For policies inside a snapshot file: the JSON path of the document in that file. */
  within?: string;
  /** For policies held as a string in a snapshot file: the decoded policy text that `parsed` was read from. */
  text?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function walkJson(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walkJson(p, out);
    else if (e.name.endsWith('.json')) out.push(p);
  }
}

/** Expands a FILE, DIR or quoted GLOB argument to file paths (relative to cwd when given relative). */
export function expandArgument(arg: string, cwd: string): string[] {
  if (!/[*?]/.test(arg)) {
    const abs = resolve(cwd, arg);
    if (statSync(abs, { throwIfNoEntry: false })?.isDirectory()) {
      const out: string[] = [];
      walkJson(abs, out);
      return out.sort().map((p) => (isAbsolute(arg) ? p : relative(cwd, p)));
    }
    return [arg];
  }
  const parts = arg.replace(/\\/g, '/').split('/');
  const fixed = parts.findIndex((p) => /[*?]/.test(p));
  const base = parts.slice(0, fixed).join('/') || (arg.startsWith('/') ? '/' : '.');
  const absBase = resolve(cwd, base);
  const all: string[] = [];
  if (statSync(absBase, { throwIfNoEntry: false })?.isDirectory()) walkJson(absBase, all);
  const re = pathGlob(parts.slice(fixed).join('/'));
  return all.filter((p) => re.test(relative(absBase, p).replace(/\\/g, '/'))).sort()
    .map((p) => (isAbsolute(arg) ? p : relative(cwd, p)));
}

function fromLoaded(p: LoadedPolicy): ParseResult {
  if (p.text !== undefined) return parsePolicyText(p.text, { file: p.file });
  return { ...(p.document ? { document: p.document } : {}), problems: p.problems, strictOk: p.problems.length === 0 };
}

/** Every customer-controlled policy of a snapshot, with its type (AWS managed policies are AWS's to fix and are skipped). */
function snapshotTargets(s: Snapshot, dir: string): Target[] {
  const out: Target[] = [];
  const add = (p: LoadedPolicy | null | undefined, type: PolicyType, extra: Partial<Target> = {}): void => {
    if (!p || p.origin === 'bundled') return;
    out.push({ file: join(dir, p.file), parsed: fromLoaded(p), type, within: p.jsonPath, ...(p.text !== undefined ? { text: p.text } : {}), ...extra });
  };
  for (const account of s.accounts.values()) {
    const iam = valueOf(account.iam);
    if (iam) {
      for (const u of iam.users.values()) for (const p of u.inlinePolicies) add(p, 'identity', { origin: 'inline-user', resource: u.arn });
      for (const g of iam.groups.values()) for (const p of g.inlinePolicies) add(p, 'identity', { origin: 'inline-group', resource: g.arn });
      for (const r of iam.roles.values()) {
        for (const p of r.inlinePolicies) add(p, 'identity', { origin: 'inline-role', resource: r.arn });
        add(r.trustPolicy, 'trust', { resource: r.arn });
      }
      for (const m of iam.policies.values()) {
        if (!m.arn.includes(':iam::aws:policy/')) add(m.policy, 'identity', { origin: 'customer-managed', resource: m.arn });
      }
    }
    for (const b of valueOf(account.buckets)?.values() ?? []) add(valueOf(b.policy), 'resource', { bucket: b.name, resource: b.arn });
    for (const region of account.regions.values()) {
      for (const k of valueOf(region.kmsKeys)?.values() ?? []) add(valueOf(k.policy), 'key', { resource: k.arn });
      for (const group of [region.lambdaFunctions, region.secrets, region.topics, region.queues]) {
        for (const r of valueOf(group)?.values() ?? []) add(valueOf(r.policy), 'resource', { resource: r.arn });
      }
    }
  }
  for (const p of valueOf(s.organization)?.policies.values() ?? []) {
    add(p.policy, p.type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp', { resource: p.arn });
  }
  return out;
}

/** Files larger than this keep their findings' JSON path but get no line and column (the tolerant reader holds every span). */
const MAX_POSITION_BYTES = 50 * 1024 * 1024;

/** A snapshot file read for positions: its text, line starts and the span of every value by JSON path. */
interface FileSpans {
  text: string;
  lines: LineIndex;
  spans: ReadonlyMap<string, Span>;
}

/** Spans by JSON path of a snapshot file; pages written one after another are indexed `$[0]`, `$[1]`, as the loader reads them. */
function spansOf(text: string, lines: LineIndex): ReadonlyMap<string, Span> {
  const whole = readJson(text);
  if (whole.problems.length === 0) return whole.spans;
  const first = locateJsonError(text);
  if (!first?.trailing) return whole.spans;
  const out = new Map<string, Span>();
  let base = 0;
  for (let page = 0; /\S/.test(text.slice(base)); page++) {
    const rest = text.slice(base);
    const err = locateJsonError(rest);
    if (err && !err.trailing) break;
    const end = err ? err.start.offset : rest.length;
    for (const [path, s] of readJson(rest.slice(0, end)).spans) {
      out.set(`$[${page}]${path.slice(1)}`, lines.span(base + s.start.offset, base + s.end.offset));
    }
    base += end;
  }
  return out;
}

/** Reads snapshot files for positions lazily: only files a finding points into, each once per run. */
class SnapshotPositions {
  private readonly files = new Map<string, FileSpans | null>();

  constructor(private readonly cwd: string) {}

  /** The spans of a file; undefined when it is too large or cannot be read. */
  get(file: string): FileSpans | undefined {
    let f = this.files.get(file);
    if (f === undefined) {
      f = readFileSpans(resolve(this.cwd, file));
      this.files.set(file, f);
    }
    return f ?? undefined;
  }
}

function readFileSpans(path: string): FileSpans | null {
  try {
    if (statSync(path).size > MAX_POSITION_BYTES) return null;
    const text = decodeText(readFileSync(path));
    const lines = new LineIndex(text);
    return { text, lines, spans: spansOf(text, lines) };
  } catch {
    return null;
  }
}

/** The span of a JSON path in a file, or of its nearest ancestor down to `floor`. */
function nearestSpan(spans: ReadonlyMap<string, Span>, path: string, floor: string): Span | undefined {
  for (let p = path; ;) {
    const s = spans.get(p);
    if (s || p.length <= floor.length) return s;
    const cut = p.search(/(?:\.[^.[\]]*|\[\d+\])$/);
    if (cut <= 0) return undefined;
    p = p.slice(0, cut);
  }
}

/**
 * Builds the function that points a location inside a policy embedded in a snapshot file at that file: the
 * full JSON path, and the span of the element (an object policy) or of its text inside the string (a policy
 * held as a JSON string, URL-encoded or not), falling back to the whole string value when that mapping fails.
 */
function placer(t: Target & { within: string }, positions: SnapshotPositions): (l: Location | undefined) => Location {
  let map: ((offset: number) => number | undefined) | undefined | null = null;
  return (l) => {
    const inner = l?.jsonPath ?? '$';
    const jsonPath = `${t.within}${inner.slice(1)}`;
    const file = positions.get(t.file);
    let span: Span | undefined;
    if (file && t.text === undefined) {
      span = nearestSpan(file.spans, jsonPath, t.within);
    } else if (file && t.text !== undefined) {
      const literal = file.spans.get(t.within);
      if (literal) {
        if (map === null) map = embeddedOffsets(file.text.slice(literal.start.offset, literal.end.offset), t.text);
        const innerSpan = l?.start && l.end ? { start: l.start, end: l.end } : spanAt(t.parsed, inner);
        span = (map && innerSpan && spanInFile(innerSpan, literal.start.offset, map, file.lines)) ?? literal;
      }
    }
    return { file: t.file, ...(span ? { start: span.start, end: span.end } : {}), jsonPath };
  };
}

/** Points the findings of a policy embedded in a snapshot file at that file (see {@link placer}); other findings are kept as they are. */
function relocate(findings: Finding[], t: Target, positions: SnapshotPositions): Finding[] {
  const within = t.within;
  if (within === undefined) return findings;
  const place = placer({ ...t, within }, positions);
  return findings.map((f) => ({
    ...f,
    location: place(f.location),
    ...(f.related ? { related: f.related.map((r) => (r.file === t.file ? place(r) : r)) } : {}),
  }));
}

function lintTargets(targets: Target[], security: boolean, cwd: string): Finding[] {
  const positions = new SnapshotPositions(cwd);
  const out: Finding[] = [];
  for (const t of targets) {
    const findings = validatePolicy(t.parsed, {
      file: t.file, security,
      ...(t.type ? { type: t.type } : {}), ...(t.origin ? { origin: t.origin } : {}),
      ...(t.bucket ? { bucket: t.bucket } : {}), ...(t.resource ? { resource: t.resource } : {}),
    });
    out.push(...relocate(findings, t, positions));
  }
  return out;
}

function readSuppressions(file: string, cwd: string): Suppression[] {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read --suppress ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = parseSuppressions(text);
  if (!r.ok) throw new UsageError(`--suppress ${file}: ${r.message}`);
  return r.suppressions;
}

function render(format: string, report: FindingsReport): string {
  if (format === 'json') return renderFindingsJson(report);
  if (format === 'sarif') return renderSarif(report);
  return renderFindingsText(report);
}

async function collect(positionals: string[], snapshot: string | undefined, type: PolicyType | undefined, bucket: string | undefined, io: CliIo): Promise<{ targets: Target[]; inputs: string[]; extra: Finding[]; unreadable: boolean }> {
  const targets: Target[] = [];
  const inputs: string[] = [];
  const extra: Finding[] = [];
  let unreadable = false;
  for (const arg of positionals) {
    const files = expandArgument(arg, io.cwd);
    if (files.length === 0) {
      io.stderr(`whynot lint: ${arg}: no matching files\n`);
      unreadable = true;
    }
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(resolve(io.cwd, file), 'utf8');
      } catch (e) {
        io.stderr(`whynot lint: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
        unreadable = true;
        continue;
      }
      inputs.push(file);
      targets.push({ file, parsed: parsePolicyText(text, { file }), ...(type ? { type } : {}), ...(bucket ? { bucket } : {}) });
    }
  }
  if (snapshot) {
    const s = await loadSnapshot(resolve(io.cwd, snapshot));
    extra.push(...s.problems);
    const found = snapshotTargets(s, snapshot);
    targets.push(...found);
    inputs.push(...new Set(found.map((t) => t.file)));
  }
  return { targets, inputs, extra, unreadable };
}

/** The `lint` command. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'validate policies as AWS does: every problem with line, column and fix',
  usage,
  run: async (argv, io) => {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        type: { type: 'string' },
        bucket: { type: 'string' },
        snapshot: { type: 'string' },
        json: { type: 'boolean' },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        suppress: { type: 'string' },
        security: { type: 'boolean' },
      },
    });
    const type = values.type as PolicyType | undefined;
    if (type !== undefined && !POLICY_TYPES.includes(type)) throw new UsageError(`--type is one of ${POLICY_TYPES.join(', ')}`);
    const format = values.json ? 'json' : values.format ?? 'text';
    if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format is text, json or sarif');
    const failOn = values['fail-on'] ?? 'error';
    if (!['error', 'warning', 'none'].includes(failOn)) throw new UsageError('--fail-on is error, warning or none');
    if (positionals.length === 0 && !values.snapshot) throw new UsageError('name at least one FILE, DIR or GLOB, or --snapshot DIR');
    const suppressions = values.suppress ? readSuppressions(values.suppress, io.cwd) : [];

    const { targets, inputs, extra, unreadable } = await collect(positionals, values.snapshot, type, values.bucket, io);
    const all = [...extra, ...lintTargets(targets, values.security === true, io.cwd)];
    const { kept, suppressed } = applySuppressions(all, suppressions);
    const report: FindingsReport = {
      tool: { name: 'whynot lint', version: VERSION },
      findings: kept,
      inputs,
      suppressed: suppressed.length,
      rules: [...rules.values()].map((r) => ({ code: r.meta.code, severity: r.meta.severity, description: r.meta.description, docs: r.meta.docs, fix: r.meta.fix })),
    };
    io.stdout(render(format, report));
    if (unreadable) return EXIT.usage;
    if (failOn === 'none') return EXIT.ok;
    const threshold = SEVERITY_RANK[failOn as Severity];
    return kept.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? EXIT.denied : EXIT.ok;
  },
};

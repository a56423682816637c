// Parses policy text with positions: every syntax problem with line and column, a tolerant recovery, then the policy model.
import type { Finding } from '../core/finding.js';
import type { ParseResult, Span } from './model.js';
import { documentFromValue } from './shape.js';
import { readJson } from './json/tolerant.js';

/** Options of {@link parsePolicyText} and {@link parsePolicyValue}. */
export interface ParseOptions {
  /** The file name reported in findings. */
  file: string;
}

/** Counts characters as IAM does for size quotas: white space outside strings is free. */
export function policySize(text: string): number {
  let n = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      n++;
      if (c === 92) { i++; n++; } else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
      n++;
    } else if (c !== 32 && c !== 10 && c !== 13 && c !== 9) {
      n++;
    }
  }
  return n;
}

function sortProblems(a: Finding, b: Finding): number {
  return (a.location?.start?.offset ?? 0) - (b.location?.start?.offset ?? 0);
}

/**
 * Parses policy text: reports every JSON syntax problem (POLICY_JSON_INVALID) and each comment
 * (POLICY_HAS_COMMENTS) with its position, recovers from the usual slips (comments, trailing or
 * missing commas, key/value pairs straight inside a Statement array, a bare fragment), and builds the
 * policy model with a span index. Never throws.
 */
export function parsePolicyText(text: string, opts: ParseOptions): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const read = readJson(body);
  const problems: Finding[] = read.problems.map((p) => ({
    code: p.code,
    severity: 'error',
    message: p.message,
    ...(p.fix ? { fix: p.fix } : {}),
    location: { file: opts.file, start: p.span.start, end: p.span.end, ...(p.jsonPath ? { jsonPath: p.jsonPath } : {}) },
  }));
  const shaped = read.value === undefined ? { problems: [] as Finding[] } : documentFromValue(read.value, { file: opts.file, spans: read.spans, keySpans: read.keySpans });
  problems.push(...shaped.problems);
  problems.sort(sortProblems);
  const duplicateKeys = read.duplicates.map((d) => ({ path: d.path, key: d.key, span: d.span, first: d.first }));
  return {
    ...(shaped.document ? { document: shaped.document } : {}),
    problems,
    strictOk: problems.length === 0,
    spans: read.spans,
    keySpans: read.keySpans,
    size: policySize(body),
    ...(duplicateKeys.length ? { duplicateKeys } : {}),
  };
}

/** Builds a ParseResult from a policy that arrives as a decoded object (no positions; size from its minified JSON). */
export function parsePolicyValue(value: unknown, opts: ParseOptions): ParseResult {
  const shaped = documentFromValue(value, { file: opts.file });
  let size: number | undefined;
  try { size = JSON.stringify(value)?.length; } catch { size = undefined; }
  return {
    ...(shaped.document ? { document: shaped.document } : {}),
    problems: shaped.problems,
    strictOk: shaped.problems.length === 0,
    ...(size !== undefined ? { size } : {}),
  };
}

/** The span of a JSON path in a parse result, if known. */
export function spanAt(parsed: ParseResult, path: string): Span | undefined {
  return parsed.spans?.get(path);
}

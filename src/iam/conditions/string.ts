// String and Arn operator families: exact, case-insensitive and wildcard matching, with policy variables.
import type { RequestContext } from '../context.js';
import { compileArnPattern, compilePattern, type CompiledPattern, type ResolvedPattern } from '../variables.js';
import type { OperatorInfo } from './operator.js';
import { quote, type ValueTest } from './truth.js';

const NO_CONTEXT: RequestContext = new Map();

/** Describes one pattern for explanations, showing what its variables resolved to. */
function describeOne(quoted: string, r: ResolvedPattern | undefined): string {
  if (r === undefined) return quoted;
  return r.ok ? `${quoted} (= ${quote(r.text)})` : `${quoted} (${r.missing} has no value: matches nothing)`;
}

function join(parts: string[]): string {
  return parts.length === 1 ? (parts[0] as string) : `[${parts.join(', ')}]`;
}

function patternTest(patterns: CompiledPattern[]): ValueTest {
  const quoted = patterns.map((p) => quote(p.text));
  const literal = patterns.every((p) => !p.hasVariables);
  const staticText = join(quoted);
  // The description is rebuilt only when a variable resolves differently.
  let lastResolved: (ResolvedPattern | undefined)[] = [];
  let lastText = staticText;
  return {
    test(value, ctx) {
      for (const p of patterns) if (p.match(value, ctx)) return true;
      return false;
    },
    missingVariable(ctx) {
      for (const p of patterns) {
        if (!p.hasVariables) continue;
        const r = p.resolve(ctx);
        if (!r.ok) return r.missing;
      }
      return undefined;
    },
    describe(ctx) {
      if (literal) return staticText;
      const resolved = patterns.map((p) => (p.hasVariables ? p.resolve(ctx) : undefined));
      if (resolved.some((r, i) => r !== lastResolved[i])) {
        lastResolved = resolved;
        lastText = join(resolved.map((r, i) => describeOne(quoted[i] as string, r)));
      }
      return lastText;
    },
  };
}

/**
 * Compiles the values of a String operator. Policy variables are substituted when `variables`
 * is set; a variable with no value makes its policy value match nothing.
 */
export function compileStringTest(values: readonly string[], op: OperatorInfo, variables: boolean): ValueTest {
  const options = { variables, wildcards: op.wildcards, ignoreCase: op.ignoreCase };
  const patterns = values.map((v) => compilePattern(v, options));
  if (!op.wildcards && patterns.every((p) => !p.hasVariables)) {
    // Exact matching without variables: one set lookup (the pattern text is the value, escapes resolved).
    const texts = patterns.map((p) => {
      const r = p.resolve(NO_CONTEXT);
      return r.ok ? r.text : '';
    });
    const set = new Set(op.ignoreCase ? texts.map((s) => s.toLowerCase()) : texts);
    const text = join(patterns.map((p) => quote(p.text)));
    if (op.ignoreCase) return { test: (value) => set.has(value.toLowerCase()), describe: () => text };
    return { test: (value) => set.has(value), describe: () => text };
  }
  return patternTest(patterns);
}

/** Compiles the values of an Arn operator: each of the six colon-delimited components is matched on its own. */
export function compileArnTest(values: readonly string[], variables: boolean): ValueTest {
  return patternTest(values.map((v) => compileArnPattern(v, { variables, mode: 'condition' })));
}

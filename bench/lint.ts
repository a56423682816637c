// Benchmark: lint the latest version of every AWS managed policy (parse + all rules), cold catalog included.
import { loadManagedPolicies } from '../test/lint/managed-policies.js';
import { parsePolicyText } from '../src/policy/parse.js';
import { validatePolicy } from '../src/policy/validate.js';

/** Lints all AWS managed policies and returns the figures (milliseconds, counts); prints nothing. */
export async function benchLint(): Promise<Record<string, number>> {
  let t = performance.now();
  const policies = loadManagedPolicies();
  const loadMs = performance.now() - t;
  // Collect the 74 MB dataset now (npm run bench runs node --expose-gc), so its garbage is not billed to lint.
  (globalThis as { gc?: () => void }).gc?.();
  t = performance.now();
  const cpu0 = process.cpuUsage();
  let errors = 0;
  let warnings = 0;
  let parseMs = 0;
  for (const p of policies) {
    const t0 = performance.now();
    const parsed = parsePolicyText(p.text, { file: p.name });
    parseMs += performance.now() - t0;
    for (const f of validatePolicy(parsed, { file: p.name, type: 'identity', origin: 'aws-managed' })) {
      if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++;
    }
  }
  const lintMs = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  t = performance.now();
  for (const p of policies) validatePolicy(parsePolicyText(p.text, { file: p.name }), { file: p.name, type: 'identity', origin: 'aws-managed' });
  const warmMs = performance.now() - t;
  return Promise.resolve({
    'lint.managedPolicies': policies.length,
    'lint.loadMs': Math.round(loadMs),
    'lint.coldMs': Math.round(lintMs),
    'lint.coldCpuMs': Math.round((cpu.user + cpu.system) / 1000),
    'lint.parseMs': Math.round(parseMs),
    'lint.warmMs': Math.round(warmMs),
    'lint.errors': errors,
    'lint.warnings': warnings,
  });
}

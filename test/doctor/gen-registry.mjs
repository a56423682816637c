// Regenerates src/doctor/registry.ts from src/doctor/checks/*.ts (run: node test/doctor/gen-registry.mjs).
import { readdirSync, writeFileSync } from 'node:fs';
const dir = new URL('../../src/doctor/checks/', import.meta.url);
const codes = readdirSync(dir).filter((f) => /^[A-Z0-9_]+\.ts$/.test(f)).map((f) => f.slice(0, -3)).sort();
const lines = [
  '// The explicit, sorted registry of doctor checks: one entry per file under checks/, keyed by its code.',
  ...codes.map((c) => `import { check as ${c} } from './checks/${c}.js';`),
  "import type { Check } from './types.js';",
  '',
  '/** Every doctor check by code, in code order. */',
  'export const checks: ReadonlyMap<string, Check> = new Map<string, Check>([',
  ...codes.map((c) => `  ['${c}', ${c}],`),
  ']);',
  '',
];
writeFileSync(new URL('../../src/doctor/registry.ts', import.meta.url), lines.join('\n'));

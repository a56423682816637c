// SARIF 2.1.0 output validated against the spec's structure (hand-written schema subset, see sarif-schema.ts) with ajv.
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/policy/rules/index.js';
import { lintPolicyText } from '../../src/policy/validate.js';
import { artifactUri, findingsToSarif, renderSarif } from '../../src/render/sarif.js';
import type { FindingsReport } from '../../src/render/findings-json.js';
import { sarifSubsetSchema } from './sarif-schema.js';

function validator(): (data: unknown) => boolean {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/);
  ajv.addFormat('uri-reference', /^[^\s]*$/);
  const validate = ajv.compile(sarifSubsetSchema);
  return (data) => {
    const ok = validate(data);
    if (!ok) throw new Error(ajv.errorsText(validate.errors, { separator: '\n' }));
    return ok;
  };
}

function seedReport(): FindingsReport {
  const dir = new URL('../fixtures/policies/seed/', import.meta.url);
  const findings = ['s1-dashboard.json', 's9-bucket-policy.json', 's9-user-policy.json'].flatMap((f) =>
    lintPolicyText(readFileSync(new URL(f, dir), 'utf8'), { file: `test/fixtures/policies/seed/${f}` }));
  return {
    tool: { name: 'whynot lint', version: '0.1.0' },
    findings,
    rules: [...rules.values()].map((r) => ({ code: r.meta.code, severity: r.meta.severity, description: r.meta.description, docs: r.meta.docs, fix: r.meta.fix })),
  };
}

// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html (sections 3.13-3.33)
describe('SARIF 2.1.0', () => {
  it('validates against the schema and keeps the spec\'s cross-references', () => {
    const log = JSON.parse(renderSarif(seedReport())) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }[] }[] };
    expect(validator()(log)).toBe(true);
    const run = log.runs[0];
    expect(run?.results.length).toBeGreaterThan(10);
    for (const r of run?.results ?? []) {
      expect(run?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
      const region = r.locations[0]?.physicalLocation.region;
      if (region) {
        expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
        if (region.endLine === region.startLine) expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn);
      }
    }
  });

  it('maps severities to levels and positions to regions', () => {
    const log = findingsToSarif({
      tool: { name: 't', version: '1' },
      findings: [
        { code: 'A', severity: 'info', message: 'm', location: { file: 'dir with space/p.json', start: { line: 2, column: 3, offset: 10 }, end: { line: 2, column: 9, offset: 16 }, jsonPath: '$.Statement[0]' } },
        { code: 'B', severity: 'warning', message: 'no location' },
      ],
    });
    expect(validator()(log)).toBe(true);
    expect(JSON.stringify(log)).toContain('"level":"note"');
    expect(JSON.stringify(log)).toContain('"uri":"dir%20with%20space/p.json"');
    expect(JSON.stringify(log)).toContain('"region":{"startLine":2,"startColumn":3,"endLine":2,"endColumn":9,"charOffset":10,"charLength":6}');
    expect(JSON.stringify(log)).toContain('"logicalLocations":[{"fullyQualifiedName":"$.Statement[0]","kind":"value"}]');
  });

  it('writes absolute paths as file URIs', () => {
    expect(artifactUri('/tmp/a b.json')).toBe('file:///tmp/a%20b.json');
    expect(artifactUri('C:\\p\\x.json')).toBe('file:///C:/p/x.json');
  });

  it('rejects what the spec forbids (the check is not vacuous)', () => {
    expect(() => validator()({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'A', level: 'fatal', message: { text: 'm' } }] }] })).toThrow(/level/);
    expect(() => validator()({ version: '2.0.0', runs: [] })).toThrow();
    expect(() => validator()({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toThrow(/name/);
    expect(() => validator()({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a' }, region: { startLine: 0 } } }] }] }] })).toThrow(/startLine/);
  });
});

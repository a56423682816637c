// The findings renderers (text, JSON) and the suppression file: pure functions over a report.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { applySuppressions, parseSuppressions, pathGlob } from '../../src/core/suppress.js';
import { renderFindingsJson } from '../../src/render/findings-json.js';
import { renderFindingsText } from '../../src/render/findings-text.js';

const findings: Finding[] = [
  { code: 'B', severity: 'warning', message: 'second', location: { file: 'a.json', start: { line: 3, column: 1, offset: 20 }, end: { line: 3, column: 5, offset: 24 }, jsonPath: '$.x' } },
  { code: 'A', severity: 'error', message: 'first', fix: 'do this', resource: 'arn:aws:s3:::logs', location: { file: 'a.json', start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 3, offset: 2 } } },
  { code: 'C', severity: 'info', message: 'no position', location: { file: 'snap/iam.json', jsonPath: '$.Roles[0]' } },
];

describe('renderFindingsText', () => {
  it('sorts by file and position and indents the fix', () => {
    expect(renderFindingsText({ tool: { name: 't', version: '1' }, findings, inputs: ['a.json', 'snap/iam.json'], suppressed: 2 })).toBe([
      'a.json:1:2 error A first',
      '    fix: do this',
      'a.json:3:1 warning B second',
      'snap/iam.json $.Roles[0] info C no position',
      '1 error, 1 warning, 1 info, 2 suppressed in 2 files',
      '',
    ].join('\n'));
  });
});

describe('renderFindingsJson', () => {
  it('is stable, sorted and counted', () => {
    const j = JSON.parse(renderFindingsJson({ tool: { name: 't', version: '1' }, findings })) as { summary: Record<string, number>; findings: { code: string }[] };
    expect(j.summary).toEqual({ error: 1, warning: 1, info: 1, suppressed: 0 });
    expect(j.findings.map((f) => f.code)).toEqual(['A', 'B', 'C']);
  });
});

describe('suppressions', () => {
  it('match by code, file glob and resource glob, all given fields together', () => {
    const r = parseSuppressions(JSON.stringify({ suppressions: [{ code: 'B' }, { resource: 'arn:aws:s3:::log*' }, { file: 'snap/**', code: 'Z' }] }));
    if (!r.ok) throw new Error(r.message);
    const { kept, suppressed } = applySuppressions(findings, r.suppressions);
    expect(suppressed.map((f) => f.code)).toEqual(['B', 'A']);
    expect(kept.map((f) => f.code)).toEqual(['C']);
  });

  it('reports malformed files', () => {
    expect(parseSuppressions('[]')).toEqual({ ok: false, message: 'expected {"suppressions": [ ... ]}' });
    expect(parseSuppressions('{"suppressions": [{}]}')).toEqual({ ok: false, message: 'suppressions[0] needs at least one of code, file, resource' });
    expect(parseSuppressions('{"suppressions": [{"code": 1}]}')).toEqual({ ok: false, message: 'suppressions[0].code must be a string' });
  });

  it('globs paths like a shell', () => {
    expect(pathGlob('policies/*.json').test('policies/a.json')).toBe(true);
    expect(pathGlob('policies/*.json').test('policies/x/a.json')).toBe(false);
    expect(pathGlob('policies/**/*.json').test('policies/x/y/a.json')).toBe(true);
    expect(pathGlob('policies/**/*.json').test('policies/a.json')).toBe(true);
  });
});

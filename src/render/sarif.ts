// Renders a findings report as SARIF 2.1.0 (one run, the rule table from the report, one result per finding).
import { sortFindings, type Finding, type Severity } from '../core/finding.js';
import type { FindingsReport, RuleDescription } from './findings-json.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A file path as a SARIF artifact URI: relative paths stay relative (forward slashes), absolute ones become file:// URIs. */
export function artifactUri(file: string): string {
  const posix = file.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(posix)) return `file:///${encodeURI(posix)}`;
  if (posix.startsWith('/')) return `file://${encodeURI(posix)}`;
  return encodeURI(posix);
}

function ruleJson(r: RuleDescription): Record<string, unknown> {
  return {
    id: r.code,
    name: r.code.toLowerCase().replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: r.description.split(/(?<=\.)\s/)[0] ?? r.description },
    fullDescription: { text: r.description },
    ...(r.docs ? { helpUri: r.docs } : {}),
    ...(r.fix ? { help: { text: r.fix } } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
  };
}

function locationJson(f: Finding): Record<string, unknown>[] {
  const loc = f.location;
  if (!loc) return [];
  const region = loc.start ? {
    region: {
      startLine: loc.start.line,
      startColumn: loc.start.column,
      ...(loc.end ? { endLine: loc.end.line, endColumn: Math.max(loc.end.column, loc.end.line === loc.start.line ? loc.start.column : 1) } : {}),
      charOffset: loc.start.offset,
      ...(loc.end ? { charLength: Math.max(0, loc.end.offset - loc.start.offset) } : {}),
    },
  } : {};
  return [{
    physicalLocation: { artifactLocation: { uri: artifactUri(loc.file) }, ...region },
    ...(loc.jsonPath ? { logicalLocations: [{ fullyQualifiedName: loc.jsonPath, kind: 'value' }] } : {}),
  }];
}

/** The report as a SARIF 2.1.0 log object. */
export function findingsToSarif(report: FindingsReport): Record<string, unknown> {
  const rules = [...(report.rules ?? [])];
  const known = new Set(rules.map((r) => r.code));
  for (const f of report.findings) {
    if (!known.has(f.code)) {
      known.add(f.code);
      rules.push({ code: f.code, severity: f.severity, description: f.code });
    }
  }
  rules.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const results = sortFindings(report.findings).map((f) => ({
    ruleId: f.code,
    ruleIndex: index.get(f.code) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: locationJson(f),
    ...(f.fix || f.resource ? { properties: { ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}) } } : {}),
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: report.tool.name, version: report.tool.version, rules: rules.map(ruleJson) } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

/** Renders the report as SARIF 2.1.0 JSON text. */
export function renderSarif(report: FindingsReport): string {
  return `${JSON.stringify(findingsToSarif(report), null, 2)}\n`;
}

// The canonical JSON of a findings report (lint now, doctor later): findings sorted by location then code, and counts.
import { sortFindings, type Finding, type Severity } from '../core/finding.js';

/** What a rule or check is, for renderers that describe rules (SARIF). */
export interface RuleDescription {
  code: string;
  severity: Severity;
  description: string;
  /** Documentation URL or path. */
  docs?: string;
  fix?: string;
}

/** A findings report: the input of every findings renderer. */
export interface FindingsReport {
  /** The producing tool and its version, e.g. `whynot lint`. */
  tool: { name: string; version: string };
  findings: readonly Finding[];
  /** Files (or snapshot folders) examined, including those without findings. */
  inputs?: readonly string[];
  /** Findings removed by a suppression file (counted, not shown). */
  suppressed?: number;
  /** Descriptions of the codes that may appear, for SARIF's rule table. */
  rules?: readonly RuleDescription[];
}

/** Counts of findings by severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

function findingJson(f: Finding): Record<string, unknown> {
  const loc = f.location;
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.resource ? { resource: f.resource } : {}),
    ...(loc ? {
      location: {
        file: loc.file,
        ...(loc.start ? { start: { line: loc.start.line, column: loc.start.column, offset: loc.start.offset } } : {}),
        ...(loc.end ? { end: { line: loc.end.line, column: loc.end.column, offset: loc.end.offset } } : {}),
        ...(loc.jsonPath ? { jsonPath: loc.jsonPath } : {}),
      },
    } : {}),
    ...(f.related?.length ? { related: f.related } : {}),
  };
}

/** The report as a plain JSON object (stable key order, findings sorted). */
export function findingsToJson(report: FindingsReport): Record<string, unknown> {
  const findings = sortFindings(report.findings);
  return {
    tool: report.tool,
    summary: { ...countBySeverity(findings), ...(report.inputs ? { inputs: report.inputs.length } : {}), suppressed: report.suppressed ?? 0 },
    findings: findings.map(findingJson),
  };
}

/** Renders the report as pretty-printed JSON text. */
export function renderFindingsJson(report: FindingsReport): string {
  return `${JSON.stringify(findingsToJson(report), null, 2)}\n`;
}

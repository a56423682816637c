// Renders a findings report as text: `file:line:col severity CODE message`, the fix indented below, then a summary.
import { sortFindings, type Finding } from '../core/finding.js';
import { countBySeverity, type FindingsReport } from './findings-json.js';

function where(f: Finding): string {
  const loc = f.location;
  if (!loc) return f.resource ?? '-';
  const pos = loc.start ? `:${loc.start.line}:${loc.start.column}` : loc.jsonPath ? ` ${loc.jsonPath}` : '';
  return `${loc.file}${pos}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Renders the report as text lines, sorted by file, position, then code. */
export function renderFindingsText(report: FindingsReport): string {
  const lines: string[] = [];
  for (const f of sortFindings(report.findings)) {
    lines.push(`${where(f)} ${f.severity} ${f.code} ${f.message}`);
    if (f.fix) lines.push(`    fix: ${f.fix}`);
  }
  const c = countBySeverity(report.findings);
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
  if (c.info) parts.push(`${c.info} info`);
  if (report.suppressed) parts.push(`${report.suppressed} suppressed`);
  const scope = report.inputs ? ` in ${plural(report.inputs.length, 'file')}` : '';
  lines.push(`${parts.join(', ')}${scope}`);
  return `${lines.join('\n')}\n`;
}

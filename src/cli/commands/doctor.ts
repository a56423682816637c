// whynot doctor: every troubleshooting scenario as a check over a snapshot, with evidence and the fix.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Severity } from '../../core/finding.js';
import { applySuppressions, parseSuppressions } from '../../core/suppress.js';
import { checks, parseExpectation, runDoctorAsync, type DoctorFinding, type DoctorReport, type Expectation } from '../../doctor/index.js';
import { findingsToJson, type FindingsReport } from '../../render/findings-json.js';
import { renderSarif } from '../../render/sarif.js';
import { loadSnapshot } from '../../snapshot/index.js';
import { EXIT, UsageError, type Command } from '../io.js';

const USAGE = `whynot doctor --snapshot DIR [--principal ARN]... [--expect FLOW]... [--now ISO]
              [--json] [--format text|json|sarif] [--fail-on error|warning|info|none]
              [--only CODE,...] [--skip CODE,...] [--suppress FILE] [--security]

  Runs every check of docs/doctor.md over the snapshot and prints each finding with its evidence
  and the fix. Conclusions that need a file the snapshot lacks are listed as "not checked".
  --principal ARN   run the per-principal checks (auditor...) for this principal (repeatable)
  --expect FLOW     an intended flow to check (repeatable):
                      lambda:FUNCTION=ACTION[,ACTION...][@RESOURCE]   lambda:FUNCTION=secret:NAME
                      instance:INSTANCE-ID=logs[:LOG-GROUP]           principal:ARN=ACTION@RESOURCE
                      reach:FROM=TO:tcp/PORT
  --now ISO         "now" for freshness checks (default: collectedAt of whynot-collect.json)
  Exit status: 1 when a finding is at or above --fail-on (default error), 0 otherwise, 2 bad input.`;

const RANK: Record<Severity | 'none', number> = { info: 1, warning: 2, error: 3, none: 99 };
const VERSION = '0.1.0';

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
}

function reportOf(findings: DoctorFinding[], suppressed: number): FindingsReport {
  return {
    tool: { name: 'whynot doctor', version: VERSION }, findings, suppressed,
    rules: [...checks.values()].map((c) => ({ code: c.meta.code, severity: c.meta.severity, description: c.meta.title, fix: c.meta.fix, ...(c.meta.docs ? { docs: c.meta.docs } : {}) })),
  };
}

/** Text: findings grouped by severity, each with its location, evidence and fix; then what was not checked. */
function renderText(findings: DoctorFinding[], r: DoctorReport, suppressed: number): string {
  const lines: string[] = [];
  for (const sev of ['error', 'warning', 'info'] as const) {
    const group = findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    lines.push(`${sev.toUpperCase()} (${group.length})`, '');
    for (const f of group) {
      lines.push(`  ${f.code}  ${f.message}`);
      if (f.resource) lines.push(`    resource: ${f.resource}`);
      if (f.location) lines.push(`    at: ${f.location.file}${f.location.start ? `:${f.location.start.line}:${f.location.start.column}` : ''}${f.location.jsonPath ? ` ${f.location.jsonPath}` : ''}`);
      for (const e of f.evidence ?? []) lines.push(`    evidence: ${e}`);
      if (f.fix) lines.push(`    fix: ${f.fix}`);
      lines.push('');
    }
  }
  if (r.notChecked.length) {
    lines.push(`NOT CHECKED (${r.notChecked.length})`, '');
    for (const n of r.notChecked) lines.push(`  SNAPSHOT_DATA_MISSING [${n.check}] ${n.message}`);
    lines.push('');
  }
  if (r.notes.length) {
    lines.push(`NOTES (${r.notes.length})`, '');
    for (const n of r.notes) lines.push(`  ${n}`);
    lines.push('');
  }
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  lines.push(`${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info, ${r.notChecked.length} not checked${suppressed ? `, ${suppressed} suppressed` : ''}`);
  return `${lines.join('\n')}\n`;
}

function renderJson(report: FindingsReport, findings: DoctorFinding[], r: DoctorReport): string {
  const j = findingsToJson(report);
  const out = (j.findings as Record<string, unknown>[]).map((f, i) => ({ ...f, ...(findings[i]?.evidence?.length ? { evidence: findings[i]?.evidence } : {}) }));
  return `${JSON.stringify({ tool: j.tool, summary: { ...(j.summary as object), notChecked: r.notChecked.length }, findings: out, notChecked: r.notChecked, notes: r.notes }, null, 2)}\n`;
}

/** The `doctor` command. */
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'find every broken flow in a snapshot, with evidence and the fix',
  usage: USAGE,
  run: async (argv, io) => {
    const { values } = parseArgs({
      args: argv,
      options: {
        snapshot: { type: 'string' }, principal: { type: 'string', multiple: true }, expect: { type: 'string', multiple: true },
        now: { type: 'string' }, json: { type: 'boolean', default: false }, format: { type: 'string' }, 'fail-on': { type: 'string' },
        only: { type: 'string', multiple: true }, skip: { type: 'string', multiple: true }, suppress: { type: 'string' }, security: { type: 'boolean', default: false },
      },
      strict: true, allowPositionals: false,
    });
    if (!values.snapshot) throw new UsageError('--snapshot DIR is required');
    const format = values.json ? 'json' : (values.format ?? 'text');
    if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
    const failOn = (values['fail-on'] ?? 'error') as Severity | 'none';
    if (!(failOn in RANK)) throw new UsageError(`--fail-on must be error, warning, info or none, not "${failOn}"`);
    let now: Date | undefined;
    if (values.now !== undefined) {
      now = new Date(values.now);
      if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO 8601 time, not "${values.now}"`);
    }
    const expectations: Expectation[] = [];
    for (const e of values.expect ?? []) {
      const p = parseExpectation(e);
      if (!p.ok) throw new UsageError(p.error);
      expectations.push(p.value);
    }
    const only = list(values.only);
    const skip = list(values.skip);
    for (const c of [...only, ...skip]) if (!checks.has(c)) throw new UsageError(`unknown code "${c}" (see docs/doctor.md)`);
    let suppressions: Parameters<typeof applySuppressions>[1] = [];
    if (values.suppress) {
      const parsed = parseSuppressions(await readFile(resolve(io.cwd, values.suppress), 'utf8').catch((e: unknown) => { throw new UsageError(`--suppress ${values.suppress}: ${e instanceof Error ? e.message : String(e)}`); }));
      if (!parsed.ok) throw new UsageError(`--suppress ${values.suppress}: ${parsed.message}`);
      suppressions = parsed.suppressions;
    }
    const snapshot = await loadSnapshot(resolve(io.cwd, values.snapshot));
    const progress = io.stderrIsTty ? (done: number, total: number, code: string): void => io.stderr(`\r\x1b[Kdoctor: ${done + 1}/${total} ${code}`) : undefined;
    const r = await runDoctorAsync(snapshot, {
      ...(values.principal?.length ? { principals: values.principal } : {}), expectations, ...(now ? { now } : {}),
      security: values.security ?? false, only, skip, ...(progress ? { onProgress: progress } : {}),
    });
    if (progress) io.stderr('\r\x1b[K');
    const { kept, suppressed } = applySuppressions(r.findings, suppressions);
    const report = reportOf(kept, suppressed.length);
    io.stdout(format === 'json' ? renderJson(report, kept, r) : format === 'sarif' ? renderSarif(report) : renderText(kept, r, suppressed.length));
    const worst = Math.max(0, ...kept.map((f) => RANK[f.severity]));
    return worst >= RANK[failOn] ? EXIT.denied : EXIT.ok;
  },
};

// The doctor's shapes: a check's typed meta, its context, its findings with evidence, and what it could not check.
import type { Finding, Severity } from '../core/finding.js';
import type { DoctorContext } from './context.js';

/** A check's static description (ESLint `meta`): the code of doctor-codes.md and the fix template. */
export interface CheckMeta {
  code: string;
  severity: Severity;
  title: string;
  /** Snapshot files the check reads (doctor-codes.md "Needs"); shorthand paths. */
  needs: readonly string[];
  /** The fix shown to the user; `{name}` placeholders are filled by the check. */
  fix: string;
  /** The AWS documentation page that pins the behaviour the check relies on. */
  docs?: string;
  /** Opt-in checks run only with `--security`. */
  optIn?: 'security';
}

/** A finding of doctor: the shared finding shape plus the evidence that proves it. */
export interface DoctorFinding extends Finding {
  /** Snapshot facts and engine answers (statement, decision summary, trace) behind the finding. */
  evidence?: string[];
}

/** A conclusion doctor could not reach because a file was not collected (SNAPSHOT_DATA_MISSING). */
export interface NotChecked {
  code: 'SNAPSHOT_DATA_MISSING';
  /** The check that needed the file. */
  check: string;
  /** The snapshot file (relative to the root) that was missing or unreadable. */
  file: string;
  /** "not checked: needs FILE" plus what could not be verified. */
  message: string;
  resource?: string;
}

/** What a check may report: the finding without code and severity (taken from meta unless given). */
export type Report = Omit<DoctorFinding, 'code' | 'severity'> & { severity?: Severity };

/** The per-check view of the context: shared data plus reporters bound to the check's code. */
export interface CheckApi {
  readonly ctx: DoctorContext;
  report(f: Report): void;
  /** Records "not checked: needs FILE"; `what` says what could not be verified. */
  notChecked(file: string, what: string, resource?: string): void;
}

/** A doctor check: one file per code under src/doctor/checks/. */
export interface Check {
  meta: CheckMeta;
  check(api: CheckApi): void;
}

/** Fills `{name}` placeholders of a template. */
export function fill(template: string, data: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (data[k] === undefined ? m : String(data[k])));
}

// One finding shape for loader problems, lint rules and doctor checks (ESLint LintMessage style).

/** A 1-based line and column plus 0-based offset in a source text. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** Where a finding points: a file, an optional span, and the JSON path of the element. */
export interface Location {
  file: string;
  start?: Position;
  end?: Position;
  /** JSON path of the element, e.g. `$.Statement[1].Resource[0]`. */
  jsonPath?: string;
}

/** Severity as doctor-codes.md uses it. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the input or the configuration. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  fix?: string;
  /** ARN of the resource, or the id of an EC2/VPC object. */
  resource?: string;
  location?: Location;
  related?: Location[];
}

/** Sorts findings deterministically: by file, line, column, then code. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => {
    const fa = a.location?.file ?? '';
    const fb = b.location?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.start?.line ?? 0;
    const lb = b.location?.start?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.start?.column ?? 0;
    const cb = b.location?.start?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}

// The CLI's view of the outside world: output streams, so commands are testable without a process.

/** Where a command writes; tests pass buffers, main() passes process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars only then). */
  stderrIsTty: boolean;
  cwd: string;
}

/** A CLI command: its name, one-line summary, and the function that runs it and returns the exit status. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run: (argv: string[], io: CliIo) => Promise<number>;
}

/** Exit statuses shared by all commands. */
export const EXIT = { ok: 0, denied: 1, usage: 2 } as const;

/** An error in the user's input: printed without a stack, exit status 2. */
export class UsageError extends Error {}

/** Collects output in memory (for tests). */
export function bufferIo(cwd = process.cwd()): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTty: false, cwd };
}

// The explicit, sorted command registry of the CLI.
import type { Command } from './io.js';
import { canCommand } from './commands/can.js';
import { collectCommand } from './commands/collect.js';
import { demoCommand } from './commands/demo.js';
import { doctorCommand } from './commands/doctor.js';
import { flowlogsCommand } from './commands/flowlogs.js';
import { lintCommand } from './commands/lint.js';
import { reachCommand } from './commands/reach.js';

/** Every command, by name. */
export const commands: ReadonlyMap<string, Command> = new Map(
  [canCommand, collectCommand, demoCommand, doctorCommand, flowlogsCommand, lintCommand, reachCommand].map((c) => [c.name, c]),
);

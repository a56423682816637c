// whynot's CLI entry: dispatches to a command and maps errors to exit statuses.
import { commands } from './registry.js';
import { EXIT, UsageError, type CliIo } from './io.js';

function help(): string {
  const lines = ['whynot: offline troubleshooter for AWS access and connectivity', '', 'Commands:'];
  for (const c of commands.values()) lines.push(`  ${c.name.padEnd(10)} ${c.summary}`);
  lines.push('', 'Run `whynot <command> --help` for the options of a command.');
  return lines.join('\n') + '\n';
}

/** Runs the CLI with the given arguments and returns the exit status. */
export async function main(argv: string[], io?: CliIo): Promise<number> {
  const out: CliIo = io ?? {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stderrIsTty: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.stdout(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    out.stdout('whynot 0.1.0\n');
    return EXIT.ok;
  }
  const cmd = commands.get(name);
  if (!cmd) {
    out.stderr(`whynot: unknown command "${name}"\n\n${help()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out.stdout(cmd.usage.endsWith('\n') ? cmd.usage : cmd.usage + '\n');
    return EXIT.ok;
  }
  try {
    return await cmd.run(rest, out);
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      out.stderr(`whynot ${name}: ${e.message}\n${cmd.usage}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

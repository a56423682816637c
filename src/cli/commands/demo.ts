// whynot demo: asks the example snapshot the questions of examples/questions.json and prints each answer.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { EXIT, UsageError, bufferIo, type CliIo, type Command } from '../io.js';
import { canCommand } from './can.js';
import { reachCommand } from './reach.js';

interface Question {
  id: string;
  scenario?: string;
  snapshot?: string;
  command: 'can' | 'reach';
  args: Record<string, unknown>;
  expect?: Record<string, unknown>;
  why?: string;
}

/** Turns a question's args into the command's argv. */
function argvOf(q: Question, snapshotDir: string): string[] {
  const argv = ['--snapshot', snapshotDir];
  for (const [k, v] of Object.entries(q.args)) {
    if (k === 'context' && v && typeof v === 'object') {
      for (const [ck, cv] of Object.entries(v as Record<string, unknown>)) {
        for (const one of Array.isArray(cv) ? cv : [cv]) argv.push('--context', `${ck}=${String(one)}`);
      }
    } else if (v !== undefined && v !== null) {
      argv.push(`--${k}`, String(v));
    }
  }
  return argv;
}

async function ask(q: Question, dir: string, io: CliIo): Promise<number> {
  const cmd = q.command === 'can' ? canCommand : reachCommand;
  const out = bufferIo(io.cwd);
  let code: number;
  try {
    code = await cmd.run(argvOf(q, dir), out);
  } catch (e) {
    out.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
    code = EXIT.usage;
  }
  io.stdout(`── ${q.id}${q.scenario ? ` (${q.scenario})` : ''}: whynot ${q.command} ${argvOf(q, dir).slice(2).map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}\n`);
  if (q.why) io.stdout(`   ${q.why}\n`);
  io.stdout(out.out.join(''));
  if (out.err.length) io.stdout(out.err.map((l) => `   ${l}`).join(''));
  io.stdout('\n');
  return code;
}

/** The `demo` command. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'asks the example snapshot the troubleshooting questions of examples/questions.json',
  usage: 'Usage: whynot demo [SNAPSHOT_DIR] [--questions FILE]\nRuns every question of the questions file against the snapshots next to it and prints the answers. Always exits 0: findings are its output.',
  run: async (argv, io) => {
    const qi = argv.indexOf('--questions');
    const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--questions');
    const snapshot = resolve(io.cwd, positional[0] ?? 'examples/snapshot');
    const file = qi >= 0 && argv[qi + 1] ? resolve(io.cwd, argv[qi + 1] as string) : join(dirname(snapshot), 'questions.json');
    let questions: Question[];
    try {
      questions = JSON.parse(await readFile(file, 'utf8')) as Question[];
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!Array.isArray(questions)) throw new UsageError(`${file} must hold an array of questions`);
    io.stdout(`whynot demo: ${questions.length} questions asked of ${snapshot}\n\n`);
    for (const q of questions) {
      const dir = q.snapshot ? join(dirname(snapshot), q.snapshot) : snapshot;
      await ask(q, dir, io);
    }
    return EXIT.ok;
  },
};

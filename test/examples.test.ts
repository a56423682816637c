// The example snapshots answer the troubleshooting questions of examples/questions*.json as the AWS docs say they should.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canCommand } from '../src/cli/commands/can.js';
import { reachCommand } from '../src/cli/commands/reach.js';
import { bufferIo } from '../src/cli/io.js';

interface Question {
  id: string;
  snapshot?: string;
  command: 'can' | 'reach';
  args: Record<string, unknown>;
  expect: Record<string, unknown>;
  doc?: string;
  why?: string;
}

const examples = join(import.meta.dirname, '..', 'examples');
const files = ['questions.json', 'questions-more.json'].filter((f) => existsSync(join(examples, f)));
const questions: Question[] = files.flatMap((f) => JSON.parse(readFileSync(join(examples, f), 'utf8')) as Question[]);

function argv(q: Question): string[] {
  const out = ['--snapshot', join(examples, q.snapshot ?? 'snapshot'), '--json'];
  for (const [k, v] of Object.entries(q.args)) {
    if (k === 'context' && v && typeof v === 'object') {
      for (const [ck, cv] of Object.entries(v as Record<string, unknown>)) for (const one of Array.isArray(cv) ? cv : [cv]) out.push('--context', `${ck}=${String(one)}`);
    } else if (v !== undefined && v !== null) out.push(`--${k}`, String(v));
  }
  return out;
}

/** Every expected field must be present in the answer with the same value (objects compared by their expected keys). */
function expectSubset(actual: unknown, expected: unknown, path: string): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual, path).toBeTypeOf('object');
    for (const [k, v] of Object.entries(expected)) expectSubset((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('examples/: every question gets the documented answer', () => {
  it('has questions', () => {
    expect(questions.length).toBeGreaterThan(20);
  });
  it.each(questions.map((q) => [q.id, q] as const))('%s', async (_id, q) => {
    const io = bufferIo();
    const cmd = q.command === 'can' ? canCommand : reachCommand;
    await cmd.run(argv(q), io);
    const answer = JSON.parse(io.out.join('')) as unknown;
    expectSubset(answer, q.expect, `${q.id} (${q.why ?? ''} ${q.doc ?? ''})`);
  });
});

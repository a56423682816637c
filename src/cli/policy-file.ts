// Reads a policy file given on the command line into a PolicyInput, reporting problems with positions.
import { readFile } from 'node:fs/promises';
import type { PolicyInput, PolicyType } from '../iam/inputs.js';
import { parsePolicyText } from '../policy/parse.js';
import { UsageError } from './io.js';

/** Reads and parses one policy file; an unreadable file is a usage error naming the file and reason. */
export async function readPolicyFile(path: string, type: PolicyType, extra: { target?: string } = {}): Promise<PolicyInput> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read policy file ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = parsePolicyText(text, { file: path });
  const name = path.split('/').pop() ?? path;
  return {
    ref: { type, name: type === 'resource' ? `resource-based policy \`${name}\`` : name, file: path, origin: 'file', ...(extra.target ? { target: extra.target } : {}) },
    document: parsed.document,
    problems: parsed.problems,
  };
}

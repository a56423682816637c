// Read-only by construction: every SDK command the collector can send is a read, and docs/collect-policy.json allows exactly those.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iamAction, operationOf } from '../../src/collect/actions.js';
import { isReadOnlyCommand } from '../../src/collect/guard.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src', 'collect');

/** The collector's source files (tests excluded). */
function sources(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(SRC, f));
}

/** Every `XCommand` and `paginateX` imported from an @aws-sdk/client-* package, as [service package, command class]. */
function importedCommands(): [string, string][] {
  const found: [string, string][] = [];
  const importRe = /import\s*(type\s*)?\{([^}]*)\}\s*from\s*'@aws-sdk\/client-([a-z0-9-]+)'/g;
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(importRe)) {
      if (m[1]) continue;
      for (const raw of (m[2] ?? '').split(',')) {
        const name = raw.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0] ?? '';
        if (raw.trim().startsWith('type ')) continue;
        if (/Command$/.test(name)) found.push([m[3] ?? '', name]);
        else if (/^paginate[A-Z]/.test(name)) found.push([m[3] ?? '', `${name.slice('paginate'.length)}Command`]);
      }
    }
  }
  return found;
}

/** IAM prefix of each client package the collector uses. */
const PREFIX: Record<string, string> = {
  account: 'account',
  cloudtrail: 'cloudtrail',
  'cloudwatch-logs': 'logs',
  ec2: 'ec2',
  eventbridge: 'events',
  iam: 'iam',
  kms: 'kms',
  lambda: 'lambda',
  organizations: 'organizations',
  s3: 's3',
  'secrets-manager': 'secretsmanager',
  sns: 'sns',
  sqs: 'sqs',
  ssm: 'ssm',
  sts: 'sts',
};

describe('the collector can only send read-only commands', () => {
  const commands = importedCommands();

  it('finds the commands of every service collector', () => {
    expect(commands.length).toBeGreaterThan(50);
    expect(new Set(commands.map(([pkg]) => pkg))).toEqual(new Set(Object.keys(PREFIX)));
  });

  it.each(commands.map(([pkg, c]) => [`${pkg} ${c}`, c]))('%s is List*/Get*/Describe*/Lookup* or an allowed STS call', (_label, command) => {
    expect(isReadOnlyCommand(command)).toBe(true);
  });

  it('imports only command classes that exist in the SDK (no typo hides a command)', async () => {
    for (const [pkg, command] of commands) {
      const mod = (await import(`@aws-sdk/client-${pkg}`)) as Record<string, unknown>;
      expect(typeof mod[command], `${pkg} ${command}`).toBe('function');
    }
  });

  it('ships a policy in docs/collect-policy.json that allows exactly the actions the collector needs', () => {
    const policy = JSON.parse(readFileSync(join(ROOT, 'docs', 'collect-policy.json'), 'utf8')) as {
      Statement: { Action: string | string[]; Effect: string; Resource: string }[];
    };
    const allowed = new Set(policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
    const needed = new Set(commands.map(([pkg, c]) => iamAction(PREFIX[pkg] ?? pkg, operationOf(c))));
    expect([...allowed].sort()).toEqual([...needed].sort());
    expect(policy.Statement.every((s) => s.Effect === 'Allow')).toBe(true);
  });
});

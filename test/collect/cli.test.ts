// `whynot collect` from the command line: options, progress lines on stderr, summary on stdout, usage errors.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectCommand, parseCollectArgs, runCollect } from '../../src/cli/commands/collect.js';
import { bufferIo, UsageError } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { listFiles, testDeps } from './helpers.js';
import { ACCOUNT, installWorld, type World } from './world.js';

const ESC = String.fromCharCode(27);

let world: World;
let dir: string;
beforeEach(async () => {
  world = installWorld();
  dir = await mkdtemp(join(tmpdir(), 'whynot-collect-cli-'));
});
afterEach(async () => {
  world.restore();
  await rm(dir, { recursive: true, force: true });
});

describe('whynot collect', () => {
  it('collects, prints plain progress lines on stderr (not a terminal) and the summary on stdout', async () => {
    const io = bufferIo(dir);
    const status = await runCollect(['--out', 'snap', '--services', 'iam,kms,s3', '--regions', 'us-east-1,eu-west-1'], io, testDeps());
    expect(status).toBe(0);
    expect(await listFiles(join(dir, 'snap'))).toContain(`${ACCOUNT}/us-east-1/kms/list-keys.json`);
    const err = io.err.join('');
    expect(err).toContain(`collect: ${ACCOUNT} us-east-1 done (`);
    expect(err).toContain(`collect: ${ACCOUNT} eu-west-1 done (`);
    expect(err).toContain(`collect: ${ACCOUNT} global done (`);
    expect(err).not.toContain('\r');
    const out = io.out.join('');
    expect(out).toMatch(/whynot collect: \d+ files written, \d+ API calls, 1 error, \d+\.\ds -> /);
    expect(out).toContain('AccessDeniedException on kms:GetKeyPolicy');
    expect(out).toContain('2 "none" answers');
  });

  it('draws a bar on a terminal and clears it before the summary', async () => {
    const io = { ...bufferIo(dir), stderrIsTty: true };
    const err: string[] = [];
    io.stderr = (t) => err.push(t);
    await runCollect(['--out', 'snap', '--services', 'kms', '--regions', 'us-east-1'], io, testDeps());
    expect(err.join('')).toMatch(new RegExp(`\r${ESC}\\[2K\\[#+-*\\] \\d+% `));
    expect(err[err.length - 1]).toBe(`\r${ESC}[2K`);
  });

  it('exits 2 on bad options, through main', async () => {
    for (const argv of [
      [],
      ['--out', 'x', '--accounts', '12345'],
      ['--out', 'x', '--role-name', 'R'],
      ['--out', 'x', '--accounts', '111122223333'],
      ['--out', 'x', '--services', 'iam,dynamodb'],
      ['--out', 'x', '--regions', 'US_EAST'],
      ['--out', 'x', '--bogus'],
    ]) {
      const io = bufferIo(dir);
      expect(await main(['collect', ...argv], io), argv.join(' ')).toBe(2);
      expect(io.err.join('')).toContain('Usage: whynot collect');
    }
  });

  it('parses every option', () => {
    expect(parseCollectArgs(['--out', 's', '--profile', 'audit', '--regions', 'all', '--services', 'iam,s3', '--role-name', 'R', '--accounts', 'all', '--resume'], '/tmp')).toEqual({
      out: '/tmp/s',
      profile: 'audit',
      services: ['iam', 's3'],
      roleName: 'R',
      accounts: 'all',
      resume: true,
    });
    expect(parseCollectArgs(['--out', 's', '--regions', 'eu-west-1,us-east-1,eu-west-1', '--role-name', 'R', '--accounts', '111122223333,222233334444'], '/tmp')).toMatchObject({
      regions: ['eu-west-1', 'us-east-1'],
      accounts: ['111122223333', '222233334444'],
    });
    expect(() => parseCollectArgs(['--out', 's', '--regions', ','], '/tmp')).toThrow(UsageError);
  });

  it('exits 1 with a message when the credentials do not work', async () => {
    world.mocks.sts.reset();
    world.mocks.sts.rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));
    const io = bufferIo(dir);
    expect(await runCollect(['--out', 'snap'], io, testDeps())).toBe(1);
    expect(io.err.join('')).toContain('cannot identify the caller (sts:GetCallerIdentity: CredentialsProviderError');
  });

  it('has a summary and usage', () => {
    expect(collectCommand.name).toBe('collect');
    expect(collectCommand.usage).toContain('--resume');
  });
});

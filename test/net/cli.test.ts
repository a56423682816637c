// whynot reach on the command line: options exactly as the issue writes them, exit 0 reachable, 1 blocked/unknown, 2 bad input.
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { reachCommand } from '../../src/cli/commands/reach.js';
import { fixtureDir } from './fixtures.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const code = await reachCommand.run(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const NAT = fixtureDir('public-private-nat');

describe('whynot reach', () => {
  it('exits 0 and prints the request and the reply when reachable', async () => {
    const r = await run(['--snapshot', NAT, '--from', 'internet', '--to', 'i-0b0b0c0d0e0f00051', '--protocol', 'tcp', '--port', '443']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^internet → i-0b0b0c0d0e0f00051 tcp 443: REACHABLE\n {2}request: internet → igw-1a2b3d4d/);
    expect(r.out).toContain('  reply:   i-0b0b0c0d0e0f00051 → ');
  });

  it('exits 1 and names the blocker when blocked; --json prints the documented object', async () => {
    const r = await run(['--snapshot', NAT, '--from', 'internet', '--to', 'i-0b0b0c0d0e0f00052', '--protocol', 'tcp', '--port', '3306', '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { reachable: boolean; blockedBy: { type: string; id: string; direction: string; rule: string } };
    expect(j.reachable).toBe(false);
    expect(j.blockedBy).toMatchObject({ type: 'no-public-ip', id: 'i-0b0b0c0d0e0f00052', direction: 'outbound' });
  });

  it('exits 1 with the reason when the answer is unknown', async () => {
    const r = await run(['--snapshot', fixtureDir('vpn-only'), '--from', 'i-0c0b0c0d0e0f00051', '--to', 'internet', '--protocol', 'tcp', '--port', '443']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(': UNKNOWN');
    expect(r.out).toContain('note: the request reaches on-premises instead of internet');
  });

  it('pings with --protocol icmp and no port', async () => {
    const r = await run(['--snapshot', NAT, '--from', 'i-0b0b0c0d0e0f00051', '--to', 'internet', '--protocol', 'icmp']);
    expect(r.code).toBe(1); // WebServerSG allows only tcp 80/443 and the DB ports out
    expect(r.out).toContain('icmp echo: BLOCKED (outbound)');
  });

  it.each([
    [['--from', 'internet', '--to', 'i-1', '--protocol', 'tcp', '--port', '1'], '--snapshot DIR is required'],
    [['--snapshot', NAT, '--from', 'internet', '--to', 'i-1', '--protocol', 'sctp', '--port', '1'], '--protocol must be tcp, udp or icmp'],
    [['--snapshot', NAT, '--from', 'internet', '--to', 'i-1', '--protocol', 'tcp'], '--port is required for tcp'],
    [['--snapshot', NAT, '--from', 'internet', '--to', 'i-1', '--protocol', 'tcp', '--port', '70000'], '--port must be 0-65535'],
  ])('refuses %o', async (args, message) => {
    await expect(run(args)).rejects.toThrow(message);
  });

  it('exits 2 for an endpoint that is not in the snapshot, or a folder without VPC data', async () => {
    const r = await run(['--snapshot', NAT, '--from', 'internet', '--to', 'i-0123456789abcdef0', '--protocol', 'tcp', '--port', '22']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('instance i-0123456789abcdef0 is not in the snapshot');
    const empty = await run(['--snapshot', fixtureDir('nothing-here'), '--from', 'internet', '--to', 'i-1', '--protocol', 'tcp', '--port', '22']);
    expect(empty.code).toBe(2);
  });
});

// `whynot demo` (npm run demo): every question of examples/questions.json asked, exit 0 whatever the answers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const root = join(import.meta.dirname, '..', '..');

describe('whynot demo', () => {
  it('asks every question and exits 0', async () => {
    const io = bufferIo(root);
    const code = await main(['demo', 'examples/snapshot'], io);
    const out = io.out.join('');
    expect(code).toBe(0);
    expect(out).toMatch(/^whynot demo: \d+ questions asked of /);
    expect(out).toContain('── s1-dashboard-broken (S1): whynot can');
    expect(out).toContain('ExplicitDeny: the Deny in IAM policy `brian-policy`, statement `DenyS3AccessToLogsBucket`');
    expect(out).toMatch(/internet → i-[0-9a-f]+ tcp 443: REACHABLE/);
  });

  it('says which file it cannot read', async () => {
    const io = bufferIo(root);
    const code = await main(['demo', 'examples/snapshot', '--questions', 'nope.json'], io);
    expect(code).toBe(2);
    expect(io.err.join('')).toContain('cannot read');
  });
});

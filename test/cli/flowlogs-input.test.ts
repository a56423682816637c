// Bad input to `whynot flowlogs`: a missing file is a clear error with exit 2, never an unhandled stream error.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const root = join(import.meta.dirname, '..', '..');

describe('whynot flowlogs with bad input', () => {
  it('names the missing file and exits 2', async () => {
    const io = bufferIo(root);
    const code = await main(['flowlogs', '/nonexistent/flow.log', '--snapshot', 'examples/snapshot'], io);
    expect(code).toBe(2);
    expect(io.err.join('')).toContain("no such file or directory, open '/nonexistent/flow.log'");
  });
});

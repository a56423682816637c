import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonText, readJsonFile } from './read-json.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'whynot-read-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
}

describe('readJsonFile', () => {
  it('reads a missing file as missing', async () => {
    expect(await readJsonFile(join(dir, 'nope.json'))).toEqual({ state: 'missing' });
  });

  it('reads an empty file as {} (the AWS CLI prints nothing for an empty response)', async () => {
    expect(await readJsonFile(await file('empty.json', '  \n'))).toEqual({ state: 'parsed', value: {} });
  });

  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')])],
    ['UTF-16 LE with BOM (Windows PowerShell 5 redirection)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')])],
  ])('decodes %s', async (_name, bytes) => {
    expect(await readJsonFile(await file(`enc-${bytes.length}.json`, bytes))).toEqual({ state: 'parsed', value: { a: 1 } });
  });

  it('reports binary garbage with a position, without throwing', async () => {
    const r = await readJsonFile(await file('garbage.json', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x89])));
    expect(r).toMatchObject({ state: 'unreadable', start: { line: 1, column: 1 } });
  });

  it('reports a folder where a file was expected', async () => {
    await mkdir(join(dir, 'adir.json'), { recursive: true });
    expect(await readJsonFile(join(dir, 'adir.json'))).toEqual({ state: 'unreadable', reason: 'not a regular file' });
  });

  it('reads deeply nested JSON or reports it, never crashing', () => {
    const r = parseJsonText('['.repeat(100_000) + ']'.repeat(100_000));
    expect(['parsed', 'unreadable']).toContain(r.state);
  });

  it('splits pages written one after another only when asked', () => {
    const text = '{"Users": [1]}\n{"Users": [2]}\n';
    expect(parseJsonText(text)).toMatchObject({ state: 'unreadable', start: { line: 2, column: 1 } });
    expect(parseJsonText(text, { concatenated: true })).toEqual({ state: 'parsed', value: [{ Users: [1] }, { Users: [2] }] });
  });

  it('reports a syntax error in a later page at its position in the whole file', () => {
    expect(parseJsonText('{"a": 1}\n{"b": }', { concatenated: true })).toMatchObject({ state: 'unreadable', start: { line: 2, column: 7 } });
  });
});

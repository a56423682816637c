import { describe, expect, it } from 'vitest';
import { decodePercent, decodeStringLiteral, embeddedOffsets, spanInFile } from './embedded-position.js';
import { LineIndex } from './lines.js';

describe('decodeStringLiteral', () => {
  it('decodes every JSON escape and keeps where each unit is written', () => {
    const literal = String.raw`"a\"b\\c\/d\n\u00e9\t"`;
    const r = decodeStringLiteral(literal);
    expect(r?.value).toBe(JSON.parse(literal));
    // a  "  b  \  c  /  d  \n é  \t, then the closing quote
    expect(r?.offsets).toEqual([1, 2, 4, 5, 7, 8, 10, 11, 13, 19, 21]);
  });

  it('keeps both units of a surrogate pair written as two \\u escapes', () => {
    const r = decodeStringLiteral(String.raw`"x\ud83d\ude00y"`);
    expect(r?.value).toBe('x\u{1F600}y');
    expect(r?.offsets).toEqual([1, 2, 8, 14, 15]);
  });

  it.each([
    ['no quotes', 'abc'],
    ['a bad escape', String.raw`"a\qb"`],
    ['a short \\u escape', String.raw`"\u12"`],
    ['an escaped closing quote', String.raw`"abc\"`],
    ['an inner unescaped quote', '"a"b"'],
  ])('rejects %s', (_name, literal) => {
    expect(decodeStringLiteral(literal)).toBeUndefined();
  });
});

describe('decodePercent', () => {
  it('decodes %XX sequences like decodeURIComponent, one to four UTF-8 bytes per character', () => {
    const text = encodeURIComponent('{"a": "é€😀+"}');
    const r = decodePercent(text);
    expect(r?.value).toBe(decodeURIComponent(text));
    expect(r?.offsets.length).toBe((r?.value.length ?? 0) + 1);
    // The two units of 😀 both point at its first %XX.
    const smile = r?.value.indexOf('\u{D83D}') ?? -1;
    expect(r?.offsets[smile]).toBe(r?.offsets[smile + 1]);
    expect(text.slice(r?.offsets[smile], (r?.offsets[smile] ?? 0) + 3)).toBe('%F0');
  });

  it.each([['%', '%'], ['%G1', '%G1'], ['a lone continuation byte', '%80'], ['a truncated sequence', '%E2%82']])('rejects %s', (_name, text) => {
    expect(decodePercent(text)).toBeUndefined();
  });
});

describe('embeddedOffsets', () => {
  const policy = '{"Version": "2012-10-17",\n "Statement": [{"Effect": "Alow"}]}';

  it('maps an offset of a policy held as a JSON string to the literal', () => {
    const literal = JSON.stringify(policy);
    const map = embeddedOffsets(literal, policy);
    const inner = policy.indexOf('"Alow"');
    const at = map?.(inner) ?? -1;
    expect(literal.slice(at, at + 8)).toBe(String.raw`\"Alow\"`);
    expect(map?.(policy.length)).toBe(literal.length - 1);
  });

  it('maps an offset of a URL-encoded policy through both decodings', () => {
    const literal = JSON.stringify(encodeURIComponent(policy));
    const map = embeddedOffsets(literal, policy);
    const at = map?.(policy.indexOf('Alow')) ?? -1;
    expect(literal.slice(at - 3, at + 4)).toBe('%22Alow');
  });

  it('gives up when the literal holds another text', () => {
    expect(embeddedOffsets(JSON.stringify('{}'), policy)).toBeUndefined();
  });
});

describe('spanInFile', () => {
  it('turns a span of the policy text into lines and columns of the file', () => {
    const policy = '{"Effect": "Alow"}';
    const file = `{\n    "Policy": ${JSON.stringify(policy)}\n}\n`;
    const literalStart = file.indexOf('"{');
    const map = embeddedOffsets(JSON.stringify(policy), policy);
    const s = policy.indexOf('"Alow"');
    const inner = { start: { line: 1, column: s + 1, offset: s }, end: { line: 1, column: s + 7, offset: s + 6 } };
    const span = map && spanInFile(inner, literalStart, map, new LineIndex(file));
    expect(span?.start).toEqual({ line: 2, column: 29, offset: file.indexOf(String.raw`\"Alow`) });
    expect(file.slice(span?.start.offset, span?.end.offset)).toBe(String.raw`\"Alow\"`);
  });
});

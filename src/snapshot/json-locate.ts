// Finds where JSON text stops being valid: an iterative scanner (no recursion, linear time) run only after JSON.parse failed.
import type { Position } from '../core/finding.js';

/** The first JSON syntax error: its position and a sentence; `trailing` when a complete value is followed by more text. */
export interface JsonError {
  start: Position;
  message: string;
  trailing: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The 1-based line and column of a 0-based offset in a text. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'end of input';
  const code = ch.charCodeAt(0);
  if (code < 0x20 || code === 0xfffd || code === 0x7f) return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${ch}'`;
}

/** Scans a string literal starting at `i` (the opening quote); returns the index after it, or an error. */
function scanString(text: string, i: number): number | { at: number; message: string } {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return { at: j, message: `unescaped ${describe(text[j])} inside a string` };
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!HEX4.test(text.slice(j + 2, j + 6))) return { at: j, message: 'bad \\u escape inside a string' };
        j += 5;
      } else if (e !== undefined && ESCAPES.has(e)) {
        j += 1;
      } else {
        return { at: j, message: `bad escape \\${e ?? ''} inside a string` };
      }
    }
  }
  return { at: text.length, message: 'unterminated string' };
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

/** Locates the first syntax error in JSON text, or returns undefined when the text is one valid JSON value. */
export function locateJsonError(text: string): JsonError | undefined {
  const stack: ('[' | '{')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (at: number, message: string, trailing = false): JsonError => ({ start: positionAt(text, at), message, trailing });
  const afterValue = (): Expect => (stack.length ? 'comma-or-close' : 'end');
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
    if (i >= text.length) return expect === 'end' ? undefined : fail(i, 'unexpected end of JSON input');
    const c = text[i];
    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (c === ']' && expect === 'value-or-close') { stack.pop(); i++; expect = afterValue(); break; }
        if (c === '{') { stack.push('{'); i++; expect = 'key-or-close'; break; }
        if (c === '[') { stack.push('['); i++; expect = 'value-or-close'; break; }
        if (c === '"') {
          const r = scanString(text, i);
          if (typeof r !== 'number') return fail(r.at, r.message);
          i = r; expect = afterValue(); break;
        }
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m || m[0] === '-') return fail(i, 'bad number');
          i += m[0].length; expect = afterValue(); break;
        }
        const lit = ['true', 'false', 'null'].find((l) => text.startsWith(l, i));
        if (lit) { i += lit.length; expect = afterValue(); break; }
        return fail(i, `unexpected ${describe(c)} where a value was expected`);
      }
      case 'key':
      case 'key-or-close': {
        if (c === '}' && expect === 'key-or-close') { stack.pop(); i++; expect = afterValue(); break; }
        if (c !== '"') return fail(i, `unexpected ${describe(c)} where a property name in double quotes was expected`);
        const r = scanString(text, i);
        if (typeof r !== 'number') return fail(r.at, r.message);
        i = r; expect = 'colon'; break;
      }
      case 'colon':
        if (c !== ':') return fail(i, `unexpected ${describe(c)} where ':' was expected`);
        i++; expect = 'value'; break;
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        if (c === ',') { i++; expect = top === '[' ? 'value' : 'key'; break; }
        if ((c === ']' && top === '[') || (c === '}' && top === '{')) { stack.pop(); i++; expect = afterValue(); break; }
        return fail(i, `unexpected ${describe(c)} where ',' or '${top === '[' ? ']' : '}'}' was expected`);
      }
      case 'end':
        return fail(i, `unexpected ${describe(c)} after the end of the JSON value`, true);
    }
  }
}

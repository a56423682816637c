// Tokenizes policy text with momoa in JSON5 mode (so near-JSON still tokenizes), blanking unreadable characters and going on.
import { tokenize } from '@humanwhocodes/momoa';
import type { Position } from '../../core/finding.js';

/** Token kinds, as momoa names them. */
export type TokenType = 'Number' | 'String' | 'Boolean' | 'Colon' | 'LBrace' | 'RBrace' | 'RBracket' | 'LBracket' | 'Comma'
  | 'Null' | 'LineComment' | 'BlockComment' | 'NaN' | 'Infinity' | 'Identifier';

/** One token as momoa returns it: its kind and its start and end positions (lines and offsets stay those of the original text). */
export interface Tok {
  type: TokenType;
  loc: { start: Position; end: Position };
}

/** A lexical problem at an offset range. */
export interface LexProblem {
  message: string;
  start: number;
  end: number;
}

/** The tokens of a text plus the characters that could not be read. */
export interface LexResult {
  tokens: Tok[];
  problems: LexProblem[];
}

const MAX_RETRIES = 50;

function errorOffset(e: unknown): number | undefined {
  if (e instanceof Error && 'offset' in e && typeof e.offset === 'number') return e.offset;
  return undefined;
}

/** Replaces text[from, to) by spaces, keeping line breaks so offsets and lines stay put. */
function blank(text: string, from: number, to: number): string {
  return text.slice(0, from) + text.slice(from, to).replace(/[^\n\r]/g, ' ') + text.slice(to);
}

/** Tokenizes `text`, reporting and skipping characters that no JSON or JSON5 token can hold. */
export function lex(text: string): LexResult {
  const problems: LexProblem[] = [];
  let work = text;
  for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
    try {
      return { tokens: tokenize(work, { mode: 'json5' }) as Tok[], problems };
    } catch (e) {
      const at = errorOffset(e);
      if (at === undefined) throw e;
      if (at > 0 && work[at - 1] === '/') {
        problems.push({ message: 'Unexpected character "/" (a comment starts with // or /*)', start: at - 1, end: at });
        work = blank(work, at - 1, Math.min(at + 1, work.length));
      } else if (at >= work.length) {
        const open = Math.max(work.lastIndexOf('"'), work.lastIndexOf("'"), work.lastIndexOf('/*'));
        problems.push({ message: 'Unexpected end of text: a string or comment is not closed', start: Math.max(open, 0), end: work.length });
        if (open < 0) return { tokens: [], problems };
        work = blank(work, open, work.length);
      } else {
        const c = work[at] ?? '';
        const message = /[0-9]/.test(c) ? 'Invalid number: JSON numbers have no leading zeros' : `Unexpected character ${JSON.stringify(c)}`;
        problems.push({ message, start: at, end: at + 1 });
        work = blank(work, at, at + 1);
      }
    }
  }
  problems.push({ message: 'Too many unreadable characters; giving up', start: 0, end: text.length });
  return { tokens: [], problems };
}

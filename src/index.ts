// The library API of whynot: explicit named exports.
export type { Finding, Location, Position, Severity } from './core/finding.js';
export type { Collected } from './core/collected.js';
export type { PolicyDocument, Statement, ParseResult } from './policy/model.js';
export { decodePolicy } from './policy/decode.js';
export { documentFromValue } from './policy/shape.js';
export type * from './snapshot/model.js';

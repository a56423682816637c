// The library API of whynot: explicit named exports.
export type { Finding, Location, Position, Severity } from './core/finding.js';
export type { Collected } from './core/collected.js';
export type { PolicyDocument, Statement, ParseResult } from './policy/model.js';
export { decodePolicy } from './policy/decode.js';
export { documentFromValue } from './policy/shape.js';
export { parsePolicyText, parsePolicyValue } from './policy/parse.js';
export type * from './snapshot/model.js';
export { loadSnapshot, resolvePrincipal, findResource } from './snapshot/index.js';
export { evaluate, type EvaluateOptions } from './iam/evaluate.js';
export { buildFromSnapshot, type SnapshotQuestion, type BuildResult } from './iam/from-snapshot.js';
export { inputFromDocuments, type DocumentSet, type PlainRequest } from './iam/from-documents.js';
export type { AuthorizationInput, PolicyInput, PolicyRef, PolicyType, NotCollected } from './iam/inputs.js';
export type { Decision, DecisionValue, PolicyResult, StatementHit, Reason, MissingKey } from './iam/result.js';
export type { Request, RequestPrincipal } from './iam/request.js';
export { makeContext, type RequestContext, type ContextValue } from './iam/context.js';
export { decisionToJson, decisionToText } from './render/decision.js';

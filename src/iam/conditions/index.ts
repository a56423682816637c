// The condition engine's public surface.
export { compileCondition } from './compile.js';
export { parseOperator, type OperatorInfo, type OperatorFamily, type ParsedOperator, type SetOperator, type Comparison } from './operator.js';
export type { CompileConditionOptions, CompiledCondition, ConditionOutcome } from './types.js';

// The doctor's public surface: run the checks, the registry, the expectation parser and the shapes.
export { runDoctor, runDoctorAsync, selectChecks, type DoctorReport, type RunOptions } from './run.js';
export { checks } from './registry.js';
export { parseExpectation, type Expectation } from './expect.js';
export type { Check, CheckMeta, DoctorFinding, NotChecked } from './types.js';

// whynot collect as a library: build a snapshot from live AWS accounts, read-only.
export { collect, type CollectDeps, type CollectOptions, type CollectResult } from './collect.js';
export { CollectSetupError } from './errors.js';
export { isReadOnlyCommand, ReadOnlyViolation } from './guard.js';
export { RECORD_FILE, type CallerIdentity, type CollectFailure, type CollectRecord } from './record.js';
export { SERVICE_NAMES, type CollectService } from './services/types.js';
export { formatSummary } from './summary.js';
export { sdkClientFactory, type ClientFactory, type ClientMap } from './clients.js';

// Failed AWS calls as values: the IAM action, the AWS error code and message, and which codes mean throttling.

/** A call that failed after retries; carries the IAM action and the AWS error code. */
export class CallError extends Error {
  constructor(readonly call: string, readonly code: string, message: string) {
    super(message);
    this.name = 'CallError';
  }
}

/** Error codes AWS services use for throttling (retried by the SDK's adaptive mode, then by us). */
const THROTTLING: ReadonlySet<string> = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);

function field(e: unknown, key: string): unknown {
  return typeof e === 'object' && e !== null ? (e as Record<string, unknown>)[key] : undefined;
}

/** The AWS error code of a CallError or an SDK error (its `name`), else its `code`, else `Error`. */
export function errorCode(e: unknown): string {
  if (e instanceof CallError) return e.code;
  const name = field(e, 'name');
  if (typeof name === 'string' && name !== '' && name !== 'Error') return name;
  const code = field(e, 'Code') ?? field(e, 'code');
  return typeof code === 'string' && code !== '' ? code : 'Error';
}

/** The error's message, or its string form. */
export function errorMessage(e: unknown): string {
  const m = field(e, 'message');
  return typeof m === 'string' ? m : String(e);
}

/** Whether an error is AWS throttling, by code or by the SDK's `$retryable.throttling` flag. */
export function isThrottling(e: unknown): boolean {
  const retryable = field(e, '$retryable');
  if (field(retryable, 'throttling') === true) return true;
  return THROTTLING.has(errorCode(e));
}

/** The run could not start (no credentials, output folder not empty...); `usage` when the user's input is at fault. */
export class CollectSetupError extends Error {
  constructor(message: string, readonly usage = false) {
    super(message);
    this.name = 'CollectSetupError';
  }
}

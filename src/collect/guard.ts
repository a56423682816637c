// Read-only by construction: the only AWS commands the collector may send.

/** Commands allowed besides the read verbs: who am I, and the role assumption into each account. */
const STS_EXTRAS: ReadonlySet<string> = new Set(['GetCallerIdentityCommand', 'AssumeRoleCommand']);

/** Read verbs that return secrets, credentials or object data; a snapshot never needs them. */
const SECRET_READS: ReadonlySet<string> = new Set([
  'GetSecretValueCommand',
  'GetParameterCommand',
  'GetParametersCommand',
  'GetParametersByPathCommand',
  'GetParameterHistoryCommand',
  'GetObjectCommand',
  'GetObjectTorrentCommand',
  'GetPasswordDataCommand',
  'GetSessionTokenCommand',
  'GetFederationTokenCommand',
  'GetFunctionCommand',
  'GetLaunchTemplateDataCommand',
  'GetConsoleOutputCommand',
  'GetConsoleScreenshotCommand',
  'GetParametersForImportCommand',
  'GetRoleCredentialsCommand',
]);

const READ_VERB = /^(List|Get|Describe|Lookup)[A-Z][A-Za-z0-9]*Command$/;

/** Whether the collector may send a command with this class name (List*, Get*, Describe*, Lookup*, or the two STS calls). */
export function isReadOnlyCommand(name: string): boolean {
  if (STS_EXTRAS.has(name)) return true;
  return READ_VERB.test(name) && !SECRET_READS.has(name);
}

/** Thrown when code tries to send a command that is not read-only: a bug in the collector, never an AWS failure. */
export class ReadOnlyViolation extends Error {
  constructor(readonly command: string) {
    super(`whynot collect refuses to send ${command}: only List*, Get*, Describe* and Lookup* calls are allowed`);
    this.name = 'ReadOnlyViolation';
  }
}

/** The class name of an SDK command object, e.g. `GetKeyPolicyCommand`. */
export function commandName(command: object): string {
  return command.constructor.name;
}

/** Throws ReadOnlyViolation unless the command may be sent; returns its class name. */
export function assertReadOnly(command: object): string {
  const name = commandName(command);
  if (!isReadOnlyCommand(name)) throw new ReadOnlyViolation(name);
  return name;
}

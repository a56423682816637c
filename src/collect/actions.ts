// The IAM action of each API operation the collector calls (they differ for a few S3 operations).

/** API operations whose IAM action has another name, by `service:Operation`. */
const RENAMED: Readonly<Record<string, string>> = {
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
};

/** The IAM action, as IAM spells it, that authorizes an operation, e.g. `iamAction('s3', 'ListBuckets')` is `s3:ListAllMyBuckets`. */
export function iamAction(service: string, operation: string): string {
  const call = `${service}:${operation}`;
  return RENAMED[call] ?? call;
}

/** The operation name of a command class name: `GetKeyPolicyCommand` is `GetKeyPolicy`. */
export function operationOf(commandName: string): string {
  return commandName.replace(/Command$/, '');
}

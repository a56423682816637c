// The shape of a service collector and the service names `--services` accepts.
import type { Scope } from '../scope.js';

/** Service names of `--services`, as the snapshot's folder names spell them. */
export const SERVICE_NAMES = [
  'organizations',
  'iam',
  's3',
  'sts',
  'kms',
  'lambda',
  'secretsmanager',
  'sns',
  'sqs',
  'cloudtrail',
  'events',
  'logs',
  'ssm',
  'ec2',
] as const;

/** A service `--services` accepts. */
export type CollectService = (typeof SERVICE_NAMES)[number];

/** Collects the files of one service: once per account (`account`) or once per account and region (`region`). */
export interface ServiceCollector {
  name: Exclude<CollectService, 'organizations'>;
  level: 'account' | 'region';
  collect: (scope: Scope) => Promise<void>;
}

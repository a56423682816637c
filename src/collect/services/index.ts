// The explicit, sorted registry of service collectors (organizations runs once per run, see organizations.ts).
import { cloudtrailCollector } from './cloudtrail.js';
import { ec2Collector } from './ec2.js';
import { eventsCollector } from './events.js';
import { iamCollector } from './iam.js';
import { kmsCollector } from './kms.js';
import { lambdaCollector } from './lambda.js';
import { logsCollector } from './logs.js';
import { s3Collector } from './s3.js';
import { secretsManagerCollector } from './secretsmanager.js';
import { snsCollector } from './sns.js';
import { sqsCollector } from './sqs.js';
import { ssmCollector } from './ssm.js';
import { stsCollector } from './sts.js';
import type { ServiceCollector } from './types.js';

/** Every account- and region-level collector, by service name. */
export const collectors: ReadonlyMap<string, ServiceCollector> = new Map(
  [
    cloudtrailCollector,
    ec2Collector,
    eventsCollector,
    iamCollector,
    kmsCollector,
    lambdaCollector,
    logsCollector,
    s3Collector,
    secretsManagerCollector,
    snsCollector,
    sqsCollector,
    ssmCollector,
    stsCollector,
  ].map((c) => [c.name, c]),
);

// Worker thread entry: runs a share of the doctor's lint jobs and posts the findings back.
import { parentPort, workerData } from 'node:worker_threads';
import { runLintJobs, type LintJob } from './policies.js';

parentPort?.postMessage(runLintJobs(workerData as LintJob[]));

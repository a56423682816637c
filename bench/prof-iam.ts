// Profiling driver for the IAM engine on the bench fixture (not part of the test suite).
import { evaluate } from '../src/iam/evaluate.js';
import { inputFromDocuments } from '../src/iam/from-documents.js';
import * as f from './iam-fixture.js';

const inputs = f.requests.map((r) => inputFromDocuments({ principal: f.USER_ARN, action: r.action, resource: r.resource, resourceAccount: r.resourceAccount, context: r.context }, { identity: f.identityPolicies, ...(r.bucket ? { resource: f.bucketPolicy } : {}), scps: f.scpLevels.map((l) => l.policies) }));
const shared = inputs[0];
if (shared) for (const i of inputs) { i.identity = shared.identity; if (shared.scpLevels) i.scpLevels = shared.scpLevels; }
let n = 0;
const t0 = performance.now();
for (let k = 0; k < 4000; k++) for (const i of inputs) { evaluate(i); n++; }
console.log(Math.round(n / ((performance.now() - t0) / 1000)), 'decisions/s');

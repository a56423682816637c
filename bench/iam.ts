// IAM benchmark: whynot's engine and @cloud-copilot/iam-simulate on the same 50 requests, in the same run.
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { evaluate } from '../src/iam/evaluate.js';
import { inputFromDocuments } from '../src/iam/from-documents.js';
import type { AuthorizationInput } from '../src/iam/inputs.js';
import * as f from './iam-fixture.js';

/** Figures of one engine. */
export interface EngineFigures { decisionsPerSecond: number }

/** The result of the IAM benchmark. */
export interface IamBench {
  whynot: EngineFigures;
  whynotExplainFull: EngineFigures;
  iamSimulate: EngineFigures;
  ratio: number;
  ratioExplainFull: number;
  agree: boolean;
  disagreements: { action: string; resource: string; whynot: string; iamSimulate: string }[];
}

const peerDecision: Record<string, string> = { Allowed: 'Allow', ExplicitlyDenied: 'ExplicitDeny', ImplicitlyDenied: 'ImplicitDeny' };

function whynotInputs(): AuthorizationInput[] {
  const inputs = f.requests.map((r) => inputFromDocuments(
    { principal: f.USER_ARN, action: r.action, resource: r.resource, resourceAccount: r.resourceAccount, context: r.context },
    { identity: f.identityPolicies, ...(r.bucket ? { resource: f.bucketPolicy } : {}), scps: f.scpLevels.map((l) => l.policies) },
  ));
  // The principal's policies are the same documents for every request, as with a loaded snapshot.
  const first = inputs[0];
  if (first) for (const i of inputs) { i.identity = first.identity; if (first.scpLevels) i.scpLevels = first.scpLevels; }
  return inputs;
}

function simulations(): Simulation[] {
  return f.requests.map((r) => ({
    request: { principal: f.USER_ARN, action: r.action, resource: { resource: r.resource, accountId: r.resourceAccount }, contextVariables: r.context },
    identityPolicies: f.identityPolicies.map((p, i) => ({ name: `managed-${i + 1}`, policy: p })),
    serviceControlPolicies: f.scpLevels.map((l) => ({ orgIdentifier: l.id, policies: l.policies.map((p, i) => ({ name: `${l.id}-${i}`, policy: p })) })),
    resourceControlPolicies: [],
    ...(r.bucket ? { resourcePolicy: f.bucketPolicy } : {}),
  }));
}

function timeSync(budgetMs: number, body: () => void): number {
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < budgetMs) { body(); n++; t = performance.now(); }
  return n / ((t - t0) / 1000);
}

async function timeAsync(budgetMs: number, body: () => Promise<void>): Promise<number> {
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < budgetMs) { await body(); n++; t = performance.now(); }
  return n / ((t - t0) / 1000);
}

/** Runs the IAM benchmark: decisions/s of both engines, their ratio, and whether every decision agreed. */
export async function benchIam(budgetMs = 3000): Promise<IamBench> {
  const inputs = whynotInputs();
  const sims = simulations();
  const ours = inputs.map((i) => evaluate(i).decision);
  const theirs: string[] = [];
  for (const s of sims) {
    const r = await runSimulation(s, {});
    theirs.push(r.resultType === 'error' ? `error: ${r.errors.message}` : peerDecision[r.overallResult] ?? r.overallResult);
  }
  const disagreements = ours.flatMap((d, i) => (d === theirs[i] ? [] : [{ action: f.requests[i]?.action ?? '', resource: f.requests[i]?.resource ?? '', whynot: d, iamSimulate: theirs[i] ?? '' }]));
  // Warm both up, then measure full passes over the 50 requests.
  for (let k = 0; k < 200; k++) for (const i of inputs) evaluate(i);
  const per = inputs.length;
  const whynot = timeSync(budgetMs, () => { for (const i of inputs) evaluate(i); }) * per;
  const whynotFull = timeSync(budgetMs, () => { for (const i of inputs) evaluate(i, { explain: 'full' }); }) * per;
  const peer = (await timeAsync(budgetMs, async () => { for (const s of sims) await runSimulation(s, {}); })) * per;
  return {
    whynot: { decisionsPerSecond: Math.round(whynot) },
    whynotExplainFull: { decisionsPerSecond: Math.round(whynotFull) },
    iamSimulate: { decisionsPerSecond: Math.round(peer) },
    ratio: Math.round((whynot / peer) * 10) / 10,
    ratioExplainFull: Math.round((whynotFull / peer) * 10) / 10,
    agree: disagreements.length === 0,
    disagreements,
  };
}

// Loads a scenario snapshot of test/fixtures/net through the real loader, optionally edited first, and asks questions.
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadNetwork } from '../../src/snapshot/ec2.js';
import type { Ec2Data } from '../../src/snapshot/ec2/model.js';
import { buildTopology, type Topology } from '../../src/net/topology.js';
import { reach, type ReachQuery } from '../../src/net/reach.js';
import type { ReachAnswer } from '../../src/net/trace.js';

/** The folder of a scenario snapshot. */
export function fixtureDir(name: string): string {
  return fileURLToPath(new URL(`../fixtures/net/${name}`, import.meta.url));
}

/** Loads a scenario; `edit` may change the verbatim data (as a user's misconfiguration) before the model is built. */
export async function loadScenario(name: string, edit?: (d: Ec2Data) => void): Promise<Topology> {
  const net = await loadNetwork(fixtureDir(name));
  expect(net.problems).toEqual([]);
  for (const d of net.regions) edit?.(d);
  return buildTopology(net.regions);
}

/** Asks a question that must be well-formed and returns the answer. */
export function ask(t: Topology, q: ReachQuery): ReachAnswer {
  const r = reach(t, q);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

/** The collected list of a region, for edits. */
export function listOf<K extends keyof Ec2Data>(d: Ec2Data, key: K): Extract<Ec2Data[K], { state: 'collected' }> extends { value: infer V } ? V : never {
  const c = d[key] as { state: string; value?: unknown };
  if (c.state !== 'collected') throw new Error(`${String(key)} not collected`);
  return c.value as never;
}

// Explains a rejected flow with the reachability engine, and recognises the stateless network ACL signature.
import { parseIpv4 } from '../../core/cidr.js';
import type { QueryProtocol } from '../../core/ports.js';
import { reach } from '../reach.js';
import type { Topology } from '../topology.js';
import type { Blocker, ReachAnswer } from '../trace.js';
import type { FlowGroup } from './group.js';

/** How the records of a flow read. */
export type FlowSignature =
  /** The request was ACCEPTed and its reply REJECTed: only a stateless network ACL does that. */
  | 'stateless-nacl'
  /** Only replies were REJECTed (the requests were not recorded): still a network ACL, as security groups are stateful. */
  | 'reply-rejected'
  /** The requests were REJECTed. */
  | 'request-rejected';

/** A rejected flow and why. */
export interface FlowExplanation {
  flow: FlowGroup;
  signature: FlowSignature;
  /** The setting that rejects it according to the snapshot, when the engine finds one matching the records. */
  rejectedBy?: Blocker;
  /** The engine's full answer for the flow (request and reply). */
  answer?: Pick<ReachAnswer, 'disposition' | 'blockedBy' | 'alsoBlocking' | 'unknown' | 'notes'>;
  /** One sentence for the reader. */
  summary: string;
}

const PROTOCOLS: Record<number, QueryProtocol> = { 6: 'tcp', 17: 'udp', 1: 'icmp' };

function endpoint(t: Topology, address: string, interfaces: readonly string[]): string {
  const ip = parseIpv4(address);
  if (ip === undefined) return address;
  for (const id of interfaces) {
    const e = t.enis.get(id);
    if (e?.addresses.some((a) => a.ip === ip)) return e.instance?.primaryEni === e ? e.instance.id : e.id;
  }
  return address;
}

/** The signature of a flow's records. */
export function signatureOf(g: FlowGroup): FlowSignature {
  if (g.reply.rejected > 0 && g.request.accepted > 0) return 'stateless-nacl';
  if (g.reply.rejected > 0 && g.request.rejected === 0) return 'reply-rejected';
  return 'request-rejected';
}

/** Asks the engine about the flow and picks the blocker that matches what the records say was rejected. */
export function explainFlow(t: Topology, g: FlowGroup): FlowExplanation {
  const signature = signatureOf(g);
  const protocol = PROTOCOLS[g.protocol];
  const stateless = signature !== 'request-rejected';
  const lead = signature === 'stateless-nacl'
    ? 'The request was ACCEPTed and its reply REJECTed: security groups are stateful, so only a network ACL (stateless) rejects a reply.'
    : signature === 'reply-rejected' ? 'Replies were REJECTed: security groups are stateful, so a network ACL rejects them.' : '';
  if (!protocol) return { flow: g, signature, summary: `${lead} Protocol ${g.protocol} is not one whynot reach asks about (tcp, udp, icmp).`.trim() };
  const ports = g.clientPorts.min >= 0 ? { sourcePorts: { from: g.clientPorts.min, to: g.clientPorts.max } } : {};
  const r = reach(t, {
    from: endpoint(t, g.client, g.interfaces), to: endpoint(t, g.server, g.interfaces), protocol,
    ...(protocol === 'icmp' ? {} : { port: g.port }), ...ports,
  });
  if (!r.ok) return { flow: g, signature, summary: `${lead} Cannot ask the snapshot: ${r.error}.`.trim() };
  const a = r.answer;
  const answer = { disposition: a.disposition, blockedBy: a.blockedBy, alsoBlocking: a.alsoBlocking, unknown: a.unknown, notes: a.notes };
  const all = [a.blockedBy, ...a.alsoBlocking].filter((b): b is Blocker => b !== null);
  const wanted = stateless ? all.find((b) => b.direction === 'return' && b.type === 'network-acl') ?? all.find((b) => b.direction === 'return')
    : all.find((b) => b.direction !== 'return');
  if (wanted) {
    return { flow: g, signature, rejectedBy: wanted, answer, summary: `${lead} ${wanted.type} ${wanted.id} (${wanted.direction}): ${wanted.rule}. ${wanted.fix}`.trim() };
  }
  const why = a.disposition === 'reachable'
    ? 'The snapshot allows this flow: the configuration may have changed since the records were written, or the drop is outside the snapshot.'
    : a.disposition === 'unknown' ? `The snapshot cannot decide: ${a.unknown.map((u) => u.what).join('; ')}.`
      : `The snapshot blocks it elsewhere: ${a.blockedBy?.type} ${a.blockedBy?.id} (${a.blockedBy?.direction}): ${a.blockedBy?.rule}.`;
  return { flow: g, signature, answer, summary: `${lead} ${why}`.trim() };
}

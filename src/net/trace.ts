// The reachability answer as data (Batfish-style): a disposition, forward and return hops of steps, and blockers.
import type { QueryProtocol } from '../core/ports.js';

/** What a step did to the packet (Batfish StepAction plus delivered/translated). */
export type StepAction = 'permitted' | 'denied' | 'forwarded' | 'translated' | 'delivered' | 'no-route' | 'insufficient-info';

/** Where a request was dropped: leaving the source (before the destination's subnet), entering the destination, or the reply. */
export type Direction = 'outbound' | 'inbound' | 'return';

/** The component kinds that can block a path (the list, plus vpn-gateway and instance). */
export type BlockerType =
  | 'route-table' | 'network-acl' | 'security-group' | 'internet-gateway' | 'nat-gateway' | 'peering'
  | 'no-public-ip' | 'vpn-gateway' | 'instance';

/** A setting that drops the packet, and what to change. */
export interface Blocker {
  type: BlockerType;
  /** The component id: rtb-, acl-, sg-, igw-, nat-, pcx-, vgw-/vpn-, or the instance (eni- when it has none). */
  id: string;
  direction: Direction;
  /** The rule as the console writes it, e.g. `outbound rule * deny all 0.0.0.0/0`, `0.0.0.0/0 → nat-…`. */
  rule: string;
  /** One sentence: why this drops the packet. */
  reason: string;
  /** What to change. */
  fix: string;
  /** Reachability Analyzer's explanation code where one exists, e.g. SUBNET_ACL_RESTRICTION. */
  explanation: string;
  /** The `whynot doctor` code that reports the same setting, when there is one (doctor-codes.md 31-37). */
  doctorCode?: string;
}

/** A blocker before the walker knows its direction (step modules build these). */
export type BlockerDraft = Omit<Blocker, 'direction'>;

interface StepBase {
  action: StepAction;
  /** The component id. */
  id: string;
  /** The matched rule, console style. */
  rule?: string;
  /** Why, when the action is denied, no-route or insufficient-info. */
  note?: string;
}

/** One evaluation on a hop; `kind` says which component evaluated the packet. */
export type Step =
  | (StepBase & { kind: 'interface'; instanceId?: string; address: string; state?: string })
  | (StepBase & { kind: 'security-group'; direction: 'inbound' | 'outbound'; groupIds: string[]; matchedGroupId?: string })
  | (StepBase & { kind: 'network-acl'; direction: 'inbound' | 'outbound'; subnetId: string; ruleNumber?: number | '*'; ruleAction?: 'allow' | 'deny'; deniedPorts?: string })
  | (StepBase & { kind: 'route-table'; subnetId?: string; association?: 'explicit' | 'main'; destination?: string; target?: string; origin?: 'local' | 'static' | 'propagated'; state?: string })
  | (StepBase & { kind: 'internet-gateway' | 'nat-gateway' | 'vpn-gateway' | 'peering' | 'transit'; translation?: { from: string; to: string }; status?: string })
  | (StepBase & { kind: 'internet' | 'on-premises'; address: string });

/** The kind of node a hop is at. */
export type NodeType = 'interface' | 'subnet' | 'internet-gateway' | 'nat-gateway' | 'vpn-gateway' | 'peering' | 'transit' | 'internet' | 'on-premises';

/** A node on the path and the steps taken there. */
export interface Hop {
  node: { type: NodeType; id: string; vpcId?: string };
  steps: Step[];
}

/** Something the answer depends on that the snapshot does not hold. */
export interface Unknown {
  /** What could not be checked, e.g. `network ACLs of vpc-1`. */
  what: string;
  /** The snapshot file that would hold it, when a file would. */
  file?: string;
  reason: string;
}

/** An endpoint as resolved from --from/--to. */
export interface ResolvedEndpoint {
  input: string;
  kind: 'instance' | 'interface' | 'nat-gateway' | 'internet' | 'on-premises';
  id?: string;
  /** The address the path uses for it. */
  address: string;
  vpcId?: string;
  subnetId?: string;
}

/** The answer to one reachability question. */
export interface ReachAnswer {
  query: { from: string; to: string; protocol: QueryProtocol; port?: number; sourcePorts: string };
  from: ResolvedEndpoint;
  to: ResolvedEndpoint;
  disposition: 'reachable' | 'blocked' | 'unknown';
  reachable: boolean;
  /** The first setting that drops the request or its reply; null when none does. */
  blockedBy: Blocker | null;
  forward: Hop[];
  return: Hop[];
  /** Every other setting along the path that would also have to change. */
  alsoBlocking: Blocker[];
  /** Data the answer depends on that was not collected ("unknown: X not collected"). */
  unknown: Unknown[];
  notes: string[];
}

/** Collects hops, blockers and unknowns while a packet is walked. */
export class TraceRecorder {
  readonly forward: Hop[] = [];
  readonly reply: Hop[] = [];
  readonly blockers: Blocker[] = [];
  readonly unknowns: Unknown[] = [];
  readonly notes: string[] = [];
  phase: 'request' | 'reply' = 'request';

  /** Opens a hop at a node on the current leg. */
  hop(node: Hop['node']): Hop {
    const h: Hop = { node, steps: [] };
    (this.phase === 'request' ? this.forward : this.reply).push(h);
    return h;
  }

  /** Records a blocker; the direction of a reply is always `return`. */
  block(b: Omit<Blocker, 'direction'>, direction: 'outbound' | 'inbound'): void {
    const { type, id, ...rest } = b;
    const full: Blocker = { type, id, direction: this.phase === 'reply' ? 'return' : direction, ...rest };
    // The same setting met again (e.g. on the reply) is one change, listed once.
    if (!this.blockers.some((x) => x.type === full.type && x.id === full.id && x.rule === full.rule)) {
      this.blockers.push(full);
    }
  }

  /** Records missing data once per file and subject. */
  unknown(u: Unknown): void {
    if (!this.unknowns.some((x) => x.file === u.file && x.what === u.what)) this.unknowns.push(u);
  }

  /** Adds a note once. */
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }
}

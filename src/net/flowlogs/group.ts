// Groups flow log records by flow (client, server, protocol, service port), with bounded memory.
import type { FlowRecord } from './read.js';

/** Record counts of one direction of a flow. */
export interface DirectionCounts {
  accepted: number;
  rejected: number;
}

/** A flow: every record between one client and one server port, whatever ephemeral port the client used. */
export interface FlowGroup {
  protocol: number;
  client: string;
  server: string;
  /** The service port (0 for protocols without ports). */
  port: number;
  /** Lowest and highest client port of the REJECT records (-1 when none). */
  clientPorts: { min: number; max: number };
  /** Interfaces whose flow log recorded the flow (at most 5). */
  interfaces: string[];
  /** Records client → server. */
  request: DirectionCounts;
  /** Records server → client. */
  reply: DirectionCounts;
  /** Packets and bytes of the REJECT records. */
  rejectedPackets: number;
  rejectedBytes: number;
  /** First and last time (Unix seconds) of the REJECT records. */
  start: number;
  end: number;
}

const SYN = 2;
const ACK = 16;

/** Decides who is the client: TCP flags when recorded, else the side whose port is the service port (the lower one). */
export function roles(r: FlowRecord): { client: string; server: string; port: number; clientPort: number; reply: boolean } {
  if ((r.protocol === 6 || r.protocol === 17) && r.srcport >= 0 && r.dstport >= 0) {
    let reply: boolean;
    if (r.protocol === 6 && r.tcpFlags >= 0 && (r.tcpFlags & SYN) !== 0) reply = (r.tcpFlags & ACK) !== 0;
    else reply = r.srcport < r.dstport; // the lower port is the service port (on a tie, the destination's)
    return reply
      ? { client: r.dstaddr, server: r.srcaddr, port: r.srcport, clientPort: r.dstport, reply }
      : { client: r.srcaddr, server: r.dstaddr, port: r.dstport, clientPort: r.srcport, reply };
  }
  return { client: r.srcaddr, server: r.dstaddr, port: 0, clientPort: -1, reply: false };
}

/** Aggregates records into flows; past `maxFlows` only flows with a REJECT are still tracked (up to twice that). */
export class FlowGrouper {
  private readonly flows = new Map<string, FlowGroup>();
  /** Records of flows that were not tracked because the limit was reached. */
  untracked = 0;
  rejectedRecords = 0;

  constructor(private readonly maxFlows = 200_000) {}

  /** Adds one record. */
  add(r: FlowRecord): void {
    const rejected = r.action === 'REJECT';
    if (rejected) this.rejectedRecords++;
    let role = roles(r);
    let key = `${r.protocol} ${role.client} ${role.server} ${role.port}`;
    let g = this.flows.get(key);
    if (!g && role.port === 0) {
      // Without ports the reply is the record in the other direction of a flow already seen.
      const back = `${r.protocol} ${r.dstaddr} ${r.srcaddr} 0`;
      const bg = this.flows.get(back);
      if (bg) {
        g = bg;
        key = back;
        role = { client: r.dstaddr, server: r.srcaddr, port: 0, clientPort: -1, reply: true };
      }
    }
    if (!g) {
      const limit = rejected ? this.maxFlows * 2 : this.maxFlows;
      if (this.flows.size >= limit) {
        this.untracked++;
        return;
      }
      g = {
        protocol: r.protocol, client: role.client, server: role.server, port: role.port, clientPorts: { min: -1, max: -1 },
        interfaces: [], request: { accepted: 0, rejected: 0 }, reply: { accepted: 0, rejected: 0 },
        rejectedPackets: 0, rejectedBytes: 0, start: -1, end: -1,
      };
      this.flows.set(key, g);
    }
    const dir = role.reply ? g.reply : g.request;
    if (rejected) {
      dir.rejected++;
      if (r.packets > 0) g.rejectedPackets += r.packets;
      if (r.bytes > 0) g.rejectedBytes += r.bytes;
      if (r.start >= 0 && (g.start < 0 || r.start < g.start)) g.start = r.start;
      if (r.end > g.end) g.end = r.end;
    } else dir.accepted++;
    if (rejected && role.clientPort >= 0) {
      if (g.clientPorts.min < 0 || role.clientPort < g.clientPorts.min) g.clientPorts.min = role.clientPort;
      if (role.clientPort > g.clientPorts.max) g.clientPorts.max = role.clientPort;
    }
    if (r.interfaceId && r.interfaceId !== '-' && g.interfaces.length < 5 && !g.interfaces.includes(r.interfaceId)) g.interfaces.push(r.interfaceId);
  }

  /** Number of flows tracked. */
  get size(): number {
    return this.flows.size;
  }

  /** The flows with at least one REJECT, most rejected first. */
  rejected(): FlowGroup[] {
    return [...this.flows.values()]
      .filter((g) => g.request.rejected + g.reply.rejected > 0)
      .sort((a, b) => b.request.rejected + b.reply.rejected - (a.request.rejected + a.reply.rejected) || a.client.localeCompare(b.client) || a.port - b.port);
  }
}

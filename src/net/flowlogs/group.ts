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
  /** IPv4 flows: (client, port) then (server, protocol), both as exact numbers below 2^53. */
  private readonly v4 = new Map<number, Map<number, FlowGroup>>();
  /** Other flows (IPv6), by text key. */
  private readonly other = new Map<string, FlowGroup>();
  private count = 0;
  /** Records of flows that were not tracked because the limit was reached. */
  untracked = 0;
  rejectedRecords = 0;

  constructor(private readonly maxFlows = 200_000) {}

  /** The flow of a record read as request (`swap` false) or as reply (`swap` true: the destination is the client). */
  private lookup(r: FlowRecord, swap: boolean, port: number): FlowGroup | undefined {
    const c4 = swap ? r.dst4 : r.src4;
    const s4 = swap ? r.src4 : r.dst4;
    if (c4 >= 0 && s4 >= 0) return this.v4.get(c4 * 65536 + port)?.get(s4 * 256 + r.protocol);
    return this.other.get(swap ? `${r.protocol} ${r.dstaddr} ${r.srcaddr} ${port}` : `${r.protocol} ${r.srcaddr} ${r.dstaddr} ${port}`);
  }

  private store(g: FlowGroup, client4: number, server4: number): void {
    this.count++;
    if (client4 >= 0 && server4 >= 0) {
      const k = client4 * 65536 + g.port;
      let m = this.v4.get(k);
      if (!m) this.v4.set(k, (m = new Map()));
      m.set(server4 * 256 + g.protocol, g);
    } else this.other.set(`${g.protocol} ${g.client} ${g.server} ${g.port}`, g);
  }

  /** Adds one record (the record object may be reused by the caller afterwards). */
  add(r: FlowRecord): void {
    const rejected = r.action === 'REJECT';
    if (rejected) this.rejectedRecords++;
    let reply = false;
    let port = 0;
    let clientPort = -1;
    if ((r.protocol === 6 || r.protocol === 17) && r.srcport >= 0 && r.dstport >= 0) {
      if (r.protocol === 6 && r.tcpFlags >= 0 && (r.tcpFlags & SYN) !== 0) reply = (r.tcpFlags & ACK) !== 0;
      else reply = r.srcport < r.dstport; // the lower port is the service port (on a tie, the destination's)
      port = reply ? r.srcport : r.dstport;
      clientPort = reply ? r.dstport : r.srcport;
    }
    let g = this.lookup(r, reply, port);
    if (!g && port === 0) {
      // Without ports the reply is the record in the other direction of a flow already seen.
      g = this.lookup(r, true, 0);
      if (g) reply = true;
    }
    if (!g) {
      const limit = rejected ? this.maxFlows * 2 : this.maxFlows;
      if (this.count >= limit) {
        this.untracked++;
        return;
      }
      g = {
        protocol: r.protocol, client: reply ? r.dstaddr : r.srcaddr, server: reply ? r.srcaddr : r.dstaddr, port, clientPorts: { min: -1, max: -1 },
        interfaces: [], request: { accepted: 0, rejected: 0 }, reply: { accepted: 0, rejected: 0 },
        rejectedPackets: 0, rejectedBytes: 0, start: -1, end: -1,
      };
      this.store(g, reply ? r.dst4 : r.src4, reply ? r.src4 : r.dst4);
    }
    const dir = reply ? g.reply : g.request;
    if (rejected) {
      dir.rejected++;
      if (r.packets > 0) g.rejectedPackets += r.packets;
      if (r.bytes > 0) g.rejectedBytes += r.bytes;
      if (r.start >= 0 && (g.start < 0 || r.start < g.start)) g.start = r.start;
      if (r.end > g.end) g.end = r.end;
      if (clientPort >= 0) {
        if (g.clientPorts.min < 0 || clientPort < g.clientPorts.min) g.clientPorts.min = clientPort;
        if (clientPort > g.clientPorts.max) g.clientPorts.max = clientPort;
      }
    } else dir.accepted++;
    if (g.interfaces.length < 5) {
      const id = r.interfaceId;
      if (id && id !== '-' && !g.interfaces.includes(id)) g.interfaces.push(id);
    }
  }

  /** Number of flows tracked. */
  get size(): number {
    return this.count;
  }

  /** The flows with at least one REJECT, most rejected first. */
  rejected(): FlowGroup[] {
    const all: FlowGroup[] = [...this.other.values()];
    for (const m of this.v4.values()) for (const g of m.values()) all.push(g);
    return all
      .filter((g) => g.request.rejected + g.reply.rejected > 0)
      .sort((a, b) => b.request.rejected + b.reply.rejected - (a.request.rejected + a.reply.rejected) || a.client.localeCompare(b.client) || a.server.localeCompare(b.server) || a.port - b.port);
  }
}

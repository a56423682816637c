// Streams flow log records from plain or gzip files in constant memory: buffers are scanned for lines and fields
// byte by byte (readline alone costs more than the whole 500,000 records/s budget; see docs/flowlogs.md).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { DEFAULT_FIELDS, indexFields, isHeader, parseFormat, type FieldIndex } from './format.js';

/** One flow log record, with the fields whynot reads (ports and counts as numbers; -1 when absent). */
export interface FlowRecord {
  interfaceId: string;
  srcaddr: string;
  dstaddr: string;
  /** The addresses as unsigned 32-bit numbers when they are IPv4, else -1 (IPv6). */
  src4: number;
  dst4: number;
  srcport: number;
  dstport: number;
  protocol: number;
  packets: number;
  bytes: number;
  start: number;
  end: number;
  action: 'ACCEPT' | 'REJECT';
  tcpFlags: number;
  vpcId: string;
  instanceId: string;
  /** `ingress` or `egress` when the format has flow-direction. */
  flowDirection: string;
}

/** What reading a file met besides records. */
export interface ReadStats {
  lines: number;
  records: number;
  /** NODATA, SKIPDATA and records without an action. */
  skipped: number;
  /** Lines that do not fit the format: counted, with the first few kept. */
  malformed: number;
  malformedSamples: { line: number; text: string }[];
  format: string[];
}

/** Options: a format to use when the file has no header (a LogFormat from describe-flow-logs, or --format). */
export interface ReadOptions {
  format?: string[];
  /** Other formats to try, by field count, when the file has no header and does not fit the default. */
  candidates?: string[][];
}

const SPACE = 32;
const NL = 10;
const CR = 13;
const DASH = 45;

async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(2);
    const { bytesRead } = await fh.read(buf, 0, 2, 0);
    return bytesRead === 2 && buf[0] === 0x1f && buf[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/** The record of the current line: numbers parsed eagerly, strings decoded only when read. */
class LineRecord implements FlowRecord {
  buf: Buffer = Buffer.alloc(0);
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  src4 = -1;
  dst4 = -1;
  srcport = -1;
  dstport = -1;
  protocol = -1;
  packets = -1;
  bytes = -1;
  start = -1;
  end = -1;
  action: 'ACCEPT' | 'REJECT' = 'ACCEPT';
  tcpFlags = -1;

  constructor(private readonly ix: FieldIndex) {
    this.starts = new Int32Array(ix.count);
    this.ends = new Int32Array(ix.count);
  }

  /** Field `f` of the line as text ('' when the format lacks it). */
  field(f: number): string {
    return f < 0 ? '' : this.buf.toString('latin1', this.starts[f] as number, this.ends[f] as number);
  }

  get interfaceId(): string { return this.field(this.ix.interfaceId); }
  get srcaddr(): string { return this.field(this.ix.srcaddr); }
  get dstaddr(): string { return this.field(this.ix.dstaddr); }
  get vpcId(): string { return this.field(this.ix.vpcId); }
  get instanceId(): string { return this.field(this.ix.instanceId); }
  get flowDirection(): string { return this.field(this.ix.flowDirection); }
}

/** A plain copy of a record (the one passed to a callback is reused for the next line). */
export function copyRecord(r: FlowRecord): FlowRecord {
  return {
    interfaceId: r.interfaceId, srcaddr: r.srcaddr, dstaddr: r.dstaddr, src4: r.src4, dst4: r.dst4, srcport: r.srcport, dstport: r.dstport,
    protocol: r.protocol, packets: r.packets, bytes: r.bytes, start: r.start, end: r.end, action: r.action, tcpFlags: r.tcpFlags,
    vpcId: r.vpcId, instanceId: r.instanceId, flowDirection: r.flowDirection,
  };
}

/** A line parser for one format: finds the fields of a line in a buffer and fills a reused record. */
class LineParser {
  readonly rec: LineRecord;

  constructor(readonly ix: FieldIndex) {
    this.rec = new LineRecord(ix);
  }

  private num(buf: Buffer, f: number): number {
    if (f < 0) return -1;
    const s = this.rec.starts[f] as number;
    const e = this.rec.ends[f] as number;
    if (s >= e || buf[s] === DASH) return -1;
    let n = 0;
    for (let i = s; i < e; i++) {
      const c = (buf[i] as number) - 48;
      if (c < 0 || c > 9) return -1;
      n = n * 10 + c;
    }
    return n;
  }

  /** A dotted-quad field as an unsigned 32-bit number, or -1. */
  private ip4(buf: Buffer, f: number): number {
    const s = this.rec.starts[f] as number;
    const e = this.rec.ends[f] as number;
    let n = 0;
    let part = 0;
    let digits = 0;
    let dots = 0;
    for (let i = s; i < e; i++) {
      const c = buf[i] as number;
      if (c === 46) {
        if (digits === 0 || part > 255) return -1;
        n = n * 256 + part;
        part = 0;
        digits = 0;
        dots++;
      } else if (c >= 48 && c <= 57) {
        part = part * 10 + c - 48;
        digits++;
      } else return -1;
    }
    if (dots !== 3 || digits === 0 || part > 255) return -1;
    return n * 256 + part;
  }

  /** Parses buf[s, e): 'ok' (this.rec describes the line), 'skip' (NODATA, SKIPDATA, no action) or 'bad' (field count). */
  parse(buf: Buffer, s: number, e: number): 'ok' | 'skip' | 'bad' {
    const ix = this.ix;
    const r = this.rec;
    const starts = r.starts;
    const ends = r.ends;
    let f = 0;
    starts[0] = s;
    for (let p = buf.indexOf(SPACE, s); p >= 0 && p < e; p = buf.indexOf(SPACE, p + 1)) {
      if (f + 1 >= ix.count) return 'bad';
      ends[f] = p;
      f++;
      starts[f] = p + 1;
    }
    ends[f] = e;
    if (f + 1 !== ix.count) return 'bad';
    const a = buf[starts[ix.action] as number];
    if (a !== 65 && a !== 82) return 'skip'; // ACCEPT / REJECT
    if (ix.logStatus >= 0) {
      const st = buf[starts[ix.logStatus] as number];
      if (st === 78 || st === 83) return 'skip'; // NODATA / SKIPDATA
    }
    r.buf = buf;
    r.protocol = this.num(buf, ix.protocol);
    if (r.protocol < 0 || buf[starts[ix.srcaddr] as number] === DASH) return 'skip';
    r.action = a === 65 ? 'ACCEPT' : 'REJECT';
    r.src4 = this.ip4(buf, ix.srcaddr);
    r.dst4 = this.ip4(buf, ix.dstaddr);
    r.srcport = this.num(buf, ix.srcport);
    r.dstport = this.num(buf, ix.dstport);
    r.packets = this.num(buf, ix.packets);
    r.bytes = this.num(buf, ix.bytes);
    r.start = this.num(buf, ix.start);
    r.end = this.num(buf, ix.end);
    r.tcpFlags = this.num(buf, ix.tcpFlags);
    return 'ok';
  }
}

/** Parses one line with a field index: a fresh record, undefined for a malformed line, null for one to skip. */
export function parseRecord(line: string, ix: FieldIndex): FlowRecord | undefined | null {
  const p = new LineParser(ix);
  const buf = Buffer.from(line, 'latin1');
  const r = p.parse(buf, 0, buf.length);
  return r === 'ok' ? copyRecord(p.rec) : r === 'skip' ? null : undefined;
}

/** Reads a file record by record; the callback sees each record once (the object is reused) and nothing is kept. */
export async function readFlowLog(path: string, onRecord: (r: FlowRecord) => void, opts: ReadOptions = {}): Promise<ReadStats> {
  // Sniff first (a missing file fails here, as a rejected promise), then stream; a read error of the
  // file reaches the gunzip stream too, so `for await` below rejects instead of an unhandled 'error'.
  const gzip = await isGzip(path);
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  let input: Readable = file;
  if (gzip) {
    const gunzip = createGunzip({ chunkSize: 1 << 20 });
    file.on('error', (e) => gunzip.destroy(e));
    input = file.pipe(gunzip);
  }
  const stats: ReadStats = { lines: 0, records: 0, skipped: 0, malformed: 0, malformedSamples: [], format: [] };
  let parser: LineParser | undefined;
  const line = (buf: Buffer, s: number, e: number): void => {
    stats.lines++;
    if (e > s && buf[e - 1] === CR) e--;
    while (s < e && buf[s] === SPACE) s++;
    while (e > s && buf[e - 1] === SPACE) e--;
    if (e === s) return;
    if (!parser) {
      const text = buf.toString('latin1', s, e);
      const header = isHeader(text);
      let fields: string[];
      if (header) fields = parseFormat(text);
      else {
        const n = text.split(/\s+/).length;
        fields = opts.format ?? (n === DEFAULT_FIELDS.length ? [...DEFAULT_FIELDS] : opts.candidates?.find((c) => c.length === n) ?? [...DEFAULT_FIELDS]);
      }
      const ix = indexFields(fields);
      stats.format = fields;
      if (!ix) throw new Error(`${path}: the format (${fields.join(' ')}) lacks srcaddr, dstaddr, protocol or action`);
      parser = new LineParser(ix);
      if (header) return;
    }
    const r = parser.parse(buf, s, e);
    if (r === 'ok') {
      stats.records++;
      onRecord(parser.rec);
    } else if (r === 'skip') stats.skipped++;
    else {
      stats.malformed++;
      if (stats.malformedSamples.length < 5) stats.malformedSamples.push({ line: stats.lines, text: buf.toString('latin1', s, Math.min(e, s + 200)) });
    }
  };
  let rest: Buffer | undefined;
  for await (const chunk of input) {
    const buf = chunk as Buffer;
    let s = 0;
    if (rest) {
      // Join the partial line of the previous chunk with the head of this one (not the whole chunk).
      const nl = buf.indexOf(NL);
      if (nl < 0) {
        rest = Buffer.concat([rest, buf]);
        continue;
      }
      const joined = Buffer.concat([rest, buf.subarray(0, nl)]);
      line(joined, 0, joined.length);
      rest = undefined;
      s = nl + 1;
    }
    let nl: number;
    while ((nl = buf.indexOf(NL, s)) >= 0) {
      line(buf, s, nl);
      s = nl + 1;
    }
    // Copy the partial last line, so the chunk it came from is not kept alive.
    if (s < buf.length) rest = Buffer.from(buf.subarray(s));
  }
  if (rest && rest.length > 0) line(rest, 0, rest.length);
  return stats;
}

// Streams flow log records from plain or gzip files line by line (readline), in constant memory.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { DEFAULT_FIELDS, indexFields, isHeader, parseFormat, type FieldIndex } from './format.js';

/** One flow log record, with the fields whynot reads (ports and counts as numbers; -1 when absent). */
export interface FlowRecord {
  interfaceId: string;
  srcaddr: string;
  dstaddr: string;
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

function num(s: string | undefined): number {
  if (s === undefined || s === '-' || s === '') return -1;
  const n = Number(s);
  return Number.isFinite(n) ? n : -1;
}

function field(parts: string[], i: number): string {
  return i < 0 ? '' : parts[i] ?? '';
}

/** Parses one line with a field index; undefined for malformed lines, null for records to skip. */
export function parseRecord(line: string, ix: FieldIndex): FlowRecord | undefined | null {
  const parts = line.split(' ');
  if (parts.length !== ix.count) return undefined;
  const action = parts[ix.action];
  if (action !== 'ACCEPT' && action !== 'REJECT') return null;
  const status = ix.logStatus < 0 ? 'OK' : parts[ix.logStatus];
  if (status === 'NODATA' || status === 'SKIPDATA') return null;
  const protocol = num(parts[ix.protocol]);
  const srcaddr = parts[ix.srcaddr] ?? '-';
  if (protocol < 0 || srcaddr === '-') return null;
  return {
    interfaceId: field(parts, ix.interfaceId), srcaddr, dstaddr: parts[ix.dstaddr] ?? '-',
    srcport: num(field(parts, ix.srcport)), dstport: num(field(parts, ix.dstport)), protocol,
    packets: num(field(parts, ix.packets)), bytes: num(field(parts, ix.bytes)), start: num(field(parts, ix.start)), end: num(field(parts, ix.end)),
    action, tcpFlags: num(field(parts, ix.tcpFlags)), vpcId: field(parts, ix.vpcId), instanceId: field(parts, ix.instanceId),
    flowDirection: field(parts, ix.flowDirection),
  };
}

/** Reads a file record by record; the callback sees each record once and nothing is kept. */
export async function readFlowLog(path: string, onRecord: (r: FlowRecord) => void, opts: ReadOptions = {}): Promise<ReadStats> {
  let input: Readable = createReadStream(path, { highWaterMark: 1 << 20 });
  if (await isGzip(path)) input = input.pipe(createGunzip());
  const rl = createInterface({ input, crlfDelay: Infinity });
  const stats: ReadStats = { lines: 0, records: 0, skipped: 0, malformed: 0, malformedSamples: [], format: [] };
  let ix: FieldIndex | undefined;
  for await (const raw of rl) {
    stats.lines++;
    const line = raw.endsWith(' ') || raw.startsWith(' ') ? raw.trim() : raw;
    if (line === '') continue;
    if (!ix) {
      let fields: string[];
      if (isHeader(line)) fields = parseFormat(line);
      else {
        const n = line.split(' ').length;
        fields = opts.format ?? (n === DEFAULT_FIELDS.length ? [...DEFAULT_FIELDS] : opts.candidates?.find((c) => c.length === n) ?? [...DEFAULT_FIELDS]);
      }
      ix = indexFields(fields);
      stats.format = fields;
      if (!ix) throw new Error(`${path}: the format (${fields.join(' ')}) lacks srcaddr, dstaddr, protocol or action`);
      if (isHeader(line)) continue;
    }
    const r = parseRecord(line, ix);
    if (r === undefined) {
      stats.malformed++;
      if (stats.malformedSamples.length < 5) stats.malformedSamples.push({ line: stats.lines, text: line.slice(0, 200) });
    } else if (r === null) stats.skipped++;
    else {
      stats.records++;
      onRecord(r);
    }
  }
  return stats;
}

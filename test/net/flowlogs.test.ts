// whynot flowlogs: default and custom formats, plain and gzip, grouping by flow, the stateless network ACL signature,
// and each REJECT explained by the engine against the snapshot.
// https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html#flow-log-records (fields, default format, NODATA/SKIPDATA)
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFlowLogs } from '../../src/net/flowlogs/analyze.js';
import { FlowGrouper, roles } from '../../src/net/flowlogs/group.js';
import { copyRecord, parseRecord, readFlowLog, type FlowRecord } from '../../src/net/flowlogs/read.js';
import { DEFAULT_FIELDS, indexFields, parseFormat } from '../../src/net/flowlogs/format.js';
import { flowlogsCommand } from '../../src/cli/commands/flowlogs.js';
import { bufferIo } from '../../src/cli/io.js';
import { renderFlowLogsText } from '../../src/render/flowlogs-text.js';
import { fixtureDir, listOf, loadScenario } from './fixtures.js';

const logs = (name: string): string => fileURLToPath(new URL(`../fixtures/net/flowlogs/${name}`, import.meta.url));
const IX = indexFields([...DEFAULT_FIELDS]);

function rec(line: string): FlowRecord {
  const r = IX ? parseRecord(line, IX) : undefined;
  if (!r) throw new Error('not a record');
  return r;
}

describe('reading records', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-records-examples.html#flow-log-example-accepted-rejected
  it('parses the default version 2 format and skips NODATA and SKIPDATA', async () => {
    expect(rec('2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK'))
      .toMatchObject({ interfaceId: 'eni-1235b8ca123456789', srcaddr: '172.31.9.69', dstaddr: '172.31.9.12', srcport: 49761, dstport: 3389, protocol: 6, packets: 20, action: 'REJECT' });
    const seen: FlowRecord[] = [];
    const stats = await readFlowLog(logs('public-subnet-v2.log'), (r) => seen.push(copyRecord(r)));
    expect(stats).toMatchObject({ lines: 11, records: 9, skipped: 2, malformed: 0 });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-records-examples.html#flow-log-example-tcp-flag (custom format)
  it('reads a custom format from its header line, and from a LogFormat', async () => {
    const seen: FlowRecord[] = [];
    const stats = await readFlowLog(logs('nat-custom.log'), (r) => seen.push(copyRecord(r)));
    expect(stats.format).toContain('tcp-flags');
    expect(seen[0]).toMatchObject({ srcaddr: '10.0.0.5', dstaddr: '10.0.1.5', dstport: 22, tcpFlags: 2, vpcId: 'vpc-0b0b0c0d0e0f00001', instanceId: 'i-0b0b0c0d0e0f00052' });
    expect(parseFormat('${version} ${srcaddr} ${dstaddr} ${protocol} ${action}')).toEqual(['version', 'srcaddr', 'dstaddr', 'protocol', 'action']);
    const dir = await mkdtemp(join(tmpdir(), 'whynot-fl-'));
    const body = (await readFile(logs('nat-custom.log'), 'utf8')).split('\n').slice(1).join('\n');
    await writeFile(join(dir, 'no-header.log'), body);
    const n: FlowRecord[] = [];
    await readFlowLog(join(dir, 'no-header.log'), (r) => n.push(copyRecord(r)), { candidates: [parseFormat((await readFile(logs('nat-custom.log'), 'utf8')).split('\n')[0] ?? '')] });
    expect(n).toHaveLength(4);
  });

  it('reads gzip files (detected by their magic bytes) and counts lines that do not fit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whynot-fl-'));
    const text = (await readFile(logs('public-subnet-v2.log'), 'utf8')) + 'garbage line\n';
    await writeFile(join(dir, 'x.log.gz'), gzipSync(text));
    const stats = await readFlowLog(join(dir, 'x.log.gz'), () => undefined);
    expect(stats).toMatchObject({ records: 9, skipped: 2, malformed: 1, malformedSamples: [{ line: 12, text: 'garbage line' }] });
  });
});

describe('grouping', () => {
  it('takes the lower port as the service port, and TCP flags when recorded', () => {
    expect(roles(rec('2 1 eni-1 10.0.0.6 203.0.113.12 443 3021 6 1 1 1 2 REJECT OK'))).toMatchObject({ client: '203.0.113.12', server: '10.0.0.6', port: 443, clientPort: 3021, reply: true });
    expect(roles(rec('2 1 eni-1 10.0.1.9 10.0.0.5 40000 5432 6 1 1 1 2 ACCEPT OK'))).toMatchObject({ client: '10.0.1.9', server: '10.0.0.5', port: 5432, reply: false });
  });

  it('collapses ephemeral ports into one flow and pairs ICMP requests with their replies', () => {
    const g = new FlowGrouper();
    for (const p of [3021, 3022, 3023]) g.add(rec(`2 1 eni-1 10.0.0.6 203.0.113.12 443 ${p} 6 1 1 1 2 REJECT OK`));
    g.add(rec('2 1 eni-1 203.0.113.12 10.0.0.6 0 0 1 4 336 1 2 ACCEPT OK'));
    g.add(rec('2 1 eni-1 10.0.0.6 203.0.113.12 0 0 1 4 336 1 2 REJECT OK'));
    const flows = g.rejected();
    expect(flows.map((f) => [f.protocol, f.client, f.server, f.port, f.reply.rejected, f.request.accepted])).toEqual([
      [6, '203.0.113.12', '10.0.0.6', 443, 3, 0],
      [1, '203.0.113.12', '10.0.0.6', 0, 1, 1],
    ]);
    expect(flows[0]?.clientPorts).toEqual({ min: 3021, max: 3023 });
  });

  it('keeps memory bounded: past the flow limit, accepted-only flows are counted, not kept', () => {
    const g = new FlowGrouper(2);
    for (let i = 0; i < 10; i++) g.add(rec(`2 1 eni-1 10.0.0.${i} 10.0.1.1 40000 443 6 1 1 1 2 ACCEPT OK`));
    g.add(rec('2 1 eni-1 10.0.9.9 10.0.1.1 40000 443 6 1 1 1 2 REJECT OK'));
    expect(g.size).toBe(3);
    expect(g.untracked).toBe(8);
  });
});

describe('explaining REJECTs against the snapshot', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-records-examples.html#flow-log-example-security-groups
  // ("A REJECT record for the response ping that the network ACL denied")
  it('recognises the stateless network ACL signature and names the outbound rule', async () => {
    const t = await loadScenario('public-subnet');
    const r = await analyzeFlowLogs([logs('public-subnet-v2.log')], t);
    expect(r).toMatchObject({ records: 9, rejectedRecords: 4, rejectedFlows: 3 });
    const https = r.explained.find((e) => e.flow.port === 443);
    expect(https).toMatchObject({ signature: 'stateless-nacl', rejectedBy: { type: 'network-acl', id: 'acl-0a0b0c0d0e0f00041', direction: 'return', rule: 'outbound rule * deny all 0.0.0.0/0' } });
    expect(https?.flow).toMatchObject({ client: '203.0.113.12', server: '10.0.0.6', clientPorts: { min: 3021, max: 3022 }, request: { accepted: 3 }, reply: { accepted: 1, rejected: 2 } });
    const ping = r.explained.find((e) => e.flow.protocol === 1);
    expect(ping).toMatchObject({ signature: 'stateless-nacl', rejectedBy: { type: 'network-acl', direction: 'return' } });
    const ssh = r.explained.find((e) => e.flow.port === 22);
    expect(ssh).toMatchObject({ signature: 'request-rejected', rejectedBy: { type: 'network-acl', direction: 'inbound', rule: 'inbound rule * deny all 0.0.0.0/0' } });
    const text = renderFlowLogsText(r);
    expect(text).toContain('REJECT tcp 203.0.113.12 → 10.0.0.6:443');
    expect(text).toContain('signature: stateless network ACL (request ACCEPTed, reply REJECTed)');
  });

  it('explains a request rejected by a security group, and says when the snapshot allows a logged REJECT', async () => {
    const t = await loadScenario('public-private-nat');
    const r = await analyzeFlowLogs([logs('nat-custom.log')], t);
    expect(r.rejectedFlows).toBe(1);
    expect(r.explained[0]).toMatchObject({ signature: 'request-rejected', rejectedBy: { type: 'security-group', id: 'sg-0b0b0c0d0e0f00031', direction: 'outbound' } });
    const fixed = await loadScenario('public-private-nat', (d) => {
      for (const sg of listOf(d, 'securityGroups')) {
        sg.IpPermissions?.push({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/16' }] });
        sg.IpPermissionsEgress?.push({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/16' }] });
      }
    });
    const again = await analyzeFlowLogs([logs('nat-custom.log')], fixed);
    expect(again.explained[0]?.summary).toContain('The snapshot allows this flow');
  });

  it('whynot flowlogs exits 1 when it finds rejected flows and prints JSON with --json', async () => {
    const io = bufferIo();
    const code = await flowlogsCommand.run([logs('public-subnet-v2.log'), '--snapshot', fixtureDir('public-subnet'), '--json'], io);
    expect(code).toBe(1);
    const j = JSON.parse(io.out.join('')) as { rejectedFlows: number; explained: { signature: string }[] };
    expect(j.rejectedFlows).toBe(3);
    await expect(flowlogsCommand.run(['--snapshot', fixtureDir('public-subnet')], bufferIo())).rejects.toThrow('give at least one flow log FILE');
  });
});

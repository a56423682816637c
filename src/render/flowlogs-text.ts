// Renders the flow log report as text: one block per rejected flow, with the rule that rejects it.
import type { FlowLogReport } from '../net/flowlogs/analyze.js';
import type { FlowExplanation } from '../net/flowlogs/explain.js';

const NAMES: Record<number, string> = { 6: 'tcp', 17: 'udp', 1: 'icmp' };

function time(s: number): string {
  return s < 0 ? '?' : new Date(s * 1000).toISOString().replace('.000Z', 'Z');
}

function flowLine(e: FlowExplanation): string {
  const g = e.flow;
  const proto = NAMES[g.protocol] ?? `protocol ${g.protocol}`;
  const port = g.port > 0 || g.protocol === 6 || g.protocol === 17 ? `:${g.port}` : '';
  const counts = `requests ${g.request.accepted} accepted / ${g.request.rejected} rejected, replies ${g.reply.accepted} accepted / ${g.reply.rejected} rejected`;
  return `REJECT ${proto} ${g.client} → ${g.server}${port}  (${counts}; ${g.rejectedPackets >= 0 ? `${g.rejectedPackets} packets` : ''} ${time(g.start)}..${time(g.end)}; ${g.interfaces.join(', ')})`;
}

/** The report as text. */
export function renderFlowLogsText(r: FlowLogReport): string {
  const lines = [`${r.records} records in ${r.files.length} file${r.files.length === 1 ? '' : 's'}: ${r.rejectedRecords} REJECT records in ${r.rejectedFlows} flow${r.rejectedFlows === 1 ? '' : 's'}`];
  for (const f of r.files) {
    if (f.malformed > 0) lines.push(`warning: ${f.path}: ${f.malformed} lines do not fit the format (${f.format.join(' ')}), e.g. line ${f.malformedSamples[0]?.line}: ${f.malformedSamples[0]?.text}`);
  }
  if (r.untrackedRecords > 0) lines.push(`warning: ${r.untrackedRecords} records of further flows were not tracked (flow limit reached)`);
  for (const e of r.explained) {
    lines.push('', flowLine(e));
    if (e.signature === 'stateless-nacl') lines.push('  signature: stateless network ACL (request ACCEPTed, reply REJECTed)');
    if (e.rejectedBy) {
      const b = e.rejectedBy;
      lines.push(`  rejected by: ${b.type} ${b.id} (${b.direction}): ${b.rule}`, `    why: ${b.reason}`, `    fix: ${b.fix}`);
      for (const o of e.answer?.alsoBlocking.filter((x) => x !== b) ?? []) lines.push(`  also: ${o.type} ${o.id} (${o.direction}): ${o.rule}`);
    } else lines.push(`  ${e.summary}`);
  }
  if (r.notExplained > 0) lines.push('', `${r.notExplained} more rejected flows not shown (--limit)`);
  return lines.join('\n') + '\n';
}

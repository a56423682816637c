// Renders a reachability answer as text: the request and the reply each on one line, arrows between components.
import type { Blocker, Hop, ReachAnswer, Step } from '../net/trace.js';

function segment(s: Step, first: boolean): string | undefined {
  const bad = s.action === 'denied' || s.action === 'no-route';
  const mark = bad ? '✗ ' : s.action === 'insufficient-info' ? '? ' : '';
  if (s.action === 'insufficient-info') return `? ${s.id} (${s.note ?? 'not in the snapshot'})`;
  switch (s.kind) {
    case 'interface': {
      const label = s.instanceId ?? s.id;
      if (bad) return `${mark}${label} (${s.state ?? s.rule ?? 'denied'})`;
      return first || s.action === 'delivered' ? label : undefined;
    }
    case 'security-group':
      return `${mark}${s.rule ?? s.id}`;
    case 'network-acl':
      return `${mark}${s.id} ${s.rule ?? ''}${s.deniedPorts && bad ? ` (ports ${s.deniedPorts})` : ''}`.trimEnd();
    case 'route-table':
      return `${mark}${s.id} (${s.rule ?? s.destination ?? ''})`;
    case 'internet':
      return s.address === 'internet' ? 'internet' : `internet (${s.address})`;
    case 'on-premises':
      return `on-premises (${s.address})`;
    default: {
      if (bad) return `${mark}${s.id} (${s.rule ?? s.note ?? 'denied'})`;
      if (s.translation) return `${s.id} (${s.translation.from} → ${s.translation.to})`;
      return s.id;
    }
  }
}

/** One leg (request or reply) as `a → b → c`. */
export function renderLeg(hops: readonly Hop[]): string {
  const parts: string[] = [];
  let first = true;
  for (const h of hops) {
    for (const s of h.steps) {
      const seg = segment(s, first);
      first = false;
      if (seg !== undefined && parts[parts.length - 1] !== seg) parts.push(seg);
    }
  }
  return parts.join(' → ');
}

function blocker(b: Blocker, first: string, rest: string): string[] {
  return [`${first}${b.type} ${b.id} (${b.direction}): ${b.rule}`, `${rest}why: ${b.reason}`, `${rest}fix: ${b.fix}`];
}

/** The whole answer as text. */
export function renderReachText(a: ReachAnswer): string {
  const q = a.query;
  const what = q.protocol === 'icmp' ? 'icmp echo' : `${q.protocol} ${q.port ?? ''}`.trim();
  const verdict = a.disposition === 'reachable' ? 'REACHABLE' : a.disposition === 'blocked' ? `BLOCKED (${a.blockedBy?.direction ?? ''})` : 'UNKNOWN';
  const lines = [`${q.from} → ${q.to} ${what}: ${verdict}`];
  lines.push(`  request: ${renderLeg(a.forward) || '(not sent)'}`);
  if (a.return.length > 0) lines.push(`  reply:   ${renderLeg(a.return)}`);
  else if (a.disposition !== 'reachable') lines.push('  reply:   (not evaluated: the request does not arrive)');
  if (a.blockedBy) {
    lines.push('blocked by:');
    lines.push(...blocker(a.blockedBy, '  ', '    '));
  }
  if (a.alsoBlocking.length > 0) {
    lines.push('also blocking (fix these too):');
    for (const b of a.alsoBlocking) lines.push(...blocker(b, '  - ', '      '));
  }
  for (const u of a.unknown) lines.push(`unknown: ${u.what}${u.file ? ` (${u.file} ${u.reason})` : ` (${u.reason})`}`);
  for (const n of a.notes) lines.push(`note: ${n}`);
  return lines.join('\n') + '\n';
}

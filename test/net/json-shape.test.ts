// The --json answer: the documented shape of docs/reach.md, plain JSON (round-trips without loss).
import { describe, expect, it } from 'vitest';
import { askEstate, HTTPS } from './estate.js';
import { renderReachJson } from '../../src/render/reach-json.js';

describe('JSON answer', () => {
  it('has reachable, blockedBy {type,id,direction,rule}, forward, return and alsoBlocking', () => {
    const a = askEstate({ from: 'internet', to: 'i-priv', ...HTTPS });
    const j = JSON.parse(renderReachJson(a)) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual(['query', 'from', 'to', 'disposition', 'reachable', 'blockedBy', 'forward', 'return', 'alsoBlocking', 'unknown', 'notes']);
    expect(j.reachable).toBe(false);
    expect(j.blockedBy).toEqual(expect.objectContaining({ type: 'no-public-ip', id: 'i-priv', direction: 'outbound', rule: expect.any(String), reason: expect.any(String), fix: expect.any(String) }));
    expect(j).toEqual(JSON.parse(JSON.stringify(a)));
    const hop = (j.forward as { node: unknown; steps: { kind: string; action: string; id: string }[] }[])[0];
    expect(hop?.node).toEqual({ type: 'internet', id: 'internet' });
    expect(hop?.steps[0]).toMatchObject({ kind: 'internet', action: 'forwarded' });
  });

  it('a reachable answer has blockedBy null and both legs', () => {
    const a = askEstate({ from: 'internet', to: 'i-web', ...HTTPS });
    expect(a).toMatchObject({ disposition: 'reachable', reachable: true, blockedBy: null, alsoBlocking: [], unknown: [] });
    expect(a.forward.length).toBeGreaterThan(2);
    expect(a.return.length).toBeGreaterThan(2);
    expect(a.from).toMatchObject({ kind: 'internet', address: 'internet' });
    expect(a.to).toMatchObject({ kind: 'instance', id: 'i-web', address: '198.51.100.35', vpcId: 'vpc-1', subnetId: 'subnet-web' });
  });
});

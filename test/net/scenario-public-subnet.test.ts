// Scenario "VPC with a single public subnet", rebuilt from the AWS VPC User Guide (legacy VPC_Scenario1, now the
// "VPC for a test environment" example): one public subnet, an internet gateway, WebServerSG, the recommended network ACL.
// https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Scenario1.html (archived: awsdocs/amazon-vpc-user-guide doc_source/VPC_Scenario1.md)
// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-example-dev-test.html
import { describe, expect, it } from 'vitest';
import { renderReachText } from '../../src/render/reach-text.js';
import { ask, loadScenario } from './fixtures.js';

const WEB = 'i-0a0b0c0d0e0f00051';
const ACL = 'acl-0a0b0c0d0e0f00041';

describe('public subnet (VPC_Scenario1)', () => {
  it('serves HTTPS from the internet; the reply uses the example range 32768-65535, which Windows and Linux clients fit', async () => {
    const t = await loadScenario('public-subnet');
    const a = ask(t, { from: 'internet', to: WEB, protocol: 'tcp', port: 443, sourcePorts: { from: 49152, to: 65535 } });
    expect(a.disposition).toBe('reachable');
    const text = renderReachText(a);
    expect(text).toContain(`request: internet → igw-1a2b3c4d (198.51.100.2 → 10.0.0.6) → ${ACL} inbound rule 110 allow tcp 443 0.0.0.0/0 → sg-0a0b0c0d0e0f00031 allows tcp 443 from 0.0.0.0/0 → ${WEB}`);
    expect(text).toContain(`reply:   ${WEB} → ${ACL} outbound rule 120 allow tcp 32768-65535 0.0.0.0/0 → rtb-0a0b0c0d0e0f00021 (0.0.0.0/0 → igw-1a2b3c4d) → igw-1a2b3c4d (10.0.0.6 → 198.51.100.2) → internet`);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-ephemeral-ports: "This range is an example only";
  // whynot's convention is that any client port 1024-65535 must get its reply.
  it('flags the example ephemeral range: replies to client ports 1024-32767 hit the * rule', async () => {
    const t = await loadScenario('public-subnet');
    const a = ask(t, { from: 'internet', to: WEB, protocol: 'tcp', port: 443 });
    expect(a.disposition).toBe('blocked');
    expect(a.blockedBy).toMatchObject({ type: 'network-acl', id: ACL, direction: 'return', rule: 'outbound rule * deny all 0.0.0.0/0', doctorCode: 'NACL_RETURN_TRAFFIC_BLOCKED' });
    expect(a.blockedBy?.reason).toContain('1024-32767');
  });

  it('allows SSH only from the home network range, in the network ACL and the security group both', async () => {
    const t = await loadScenario('public-subnet');
    expect(ask(t, { from: '203.0.113.25', to: WEB, protocol: 'tcp', port: 22, sourcePorts: { from: 49152, to: 65535 } }).disposition).toBe('reachable');
    const a = ask(t, { from: '192.0.2.44', to: WEB, protocol: 'tcp', port: 22 });
    expect(a.blockedBy).toMatchObject({ type: 'network-acl', id: ACL, direction: 'inbound', rule: 'inbound rule * deny all 0.0.0.0/0' });
    expect(a.alsoBlocking.map((b) => [b.type, b.direction])).toContainEqual(['security-group', 'inbound']);
  });

  it('lets the web server fetch updates over HTTPS when its client ports are in 32768-61000 (Amazon Linux)', async () => {
    const t = await loadScenario('public-subnet');
    expect(ask(t, { from: WEB, to: 'internet', protocol: 'tcp', port: 443, sourcePorts: { from: 32768, to: 61000 } }).disposition).toBe('reachable');
    expect(ask(t, { from: WEB, to: 'internet', protocol: 'tcp', port: 22 }).blockedBy).toMatchObject({ type: 'network-acl', direction: 'outbound' });
  });
});

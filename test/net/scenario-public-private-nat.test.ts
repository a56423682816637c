// Scenario "VPC with public and private subnets (NAT)", rebuilt from the AWS VPC User Guide (legacy VPC_Scenario2, now
// "VPC with servers in private subnets and NAT"): web servers with Elastic IPs, database servers behind a NAT gateway,
// WebServerSG and DBServerSG referencing each other, the default network ACL.
// https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Scenario2.html (archived: awsdocs/amazon-vpc-user-guide doc_source/VPC_Scenario2.md)
// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-example-private-subnets-nat.html
import { describe, expect, it } from 'vitest';
import { renderReachText } from '../../src/render/reach-text.js';
import { ask, loadScenario } from './fixtures.js';

const WEB = 'i-0b0b0c0d0e0f00051';
const DB = 'i-0b0b0c0d0e0f00052';
const NAT = 'nat-12345678901234567';
const WEBSG = 'sg-0b0b0c0d0e0f00031';
const DBSG = 'sg-0b0b0c0d0e0f00032';

describe('public and private subnets with NAT (VPC_Scenario2)', () => {
  it('serves the web tier from the internet', async () => {
    const t = await loadScenario('public-private-nat');
    expect(ask(t, { from: 'internet', to: WEB, protocol: 'tcp', port: 443 }).disposition).toBe('reachable');
    expect(ask(t, { from: 'internet', to: '198.51.100.1', protocol: 'tcp', port: 80 }).disposition).toBe('reachable');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing
  it('lets web servers reach MySQL on the database servers through the group references', async () => {
    const t = await loadScenario('public-private-nat');
    const a = ask(t, { from: WEB, to: DB, protocol: 'tcp', port: 3306 });
    expect(a.disposition).toBe('reachable');
    expect(renderReachText(a)).toContain(`${WEBSG} allows tcp 3306 to ${DBSG} →`);
    expect(renderReachText(a)).toContain(`${DBSG} allows tcp 3306 from ${WEBSG} → ${DB}`);
  });

  it('lets the database servers fetch updates through the NAT gateway, translated twice', async () => {
    const t = await loadScenario('public-private-nat');
    const a = ask(t, { from: DB, to: 'internet', protocol: 'tcp', port: 443 });
    expect(a.disposition).toBe('reachable');
    const text = renderReachText(a);
    expect(text).toContain(`rtb-0b0b0c0d0e0f00020 (0.0.0.0/0 → ${NAT}) → acl-0b0b0c0d0e0f00040 inbound rule 100 allow all 0.0.0.0/0 → ${NAT} (10.0.1.5 → 10.0.0.10) →`);
    expect(text).toContain('igw-1a2b3d4d (10.0.0.10 → 198.51.100.10) → internet');
    expect(text).toContain(`reply:   internet → igw-1a2b3d4d (198.51.100.10 → 10.0.0.10) → acl-0b0b0c0d0e0f00040 inbound rule 100 allow all 0.0.0.0/0 → ${NAT} (10.0.0.10 → 10.0.1.5)`);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html: "cannot receive unsolicited inbound connections".
  it('keeps the database servers out of reach of the internet', async () => {
    const t = await loadScenario('public-private-nat');
    const a = ask(t, { from: 'internet', to: DB, protocol: 'tcp', port: 3306 });
    expect(a.blockedBy).toMatchObject({ type: 'no-public-ip', id: DB, direction: 'outbound', doctorCode: 'INSTANCE_NO_PUBLIC_IP' });
    const viaNat = ask(t, { from: 'internet', to: '198.51.100.10', protocol: 'tcp', port: 3306 });
    expect(viaNat.blockedBy).toMatchObject({ type: 'nat-gateway', id: NAT, direction: 'outbound' });
  });

  it('names both security groups when SSH from the web tier to the database is not allowed', async () => {
    const t = await loadScenario('public-private-nat');
    const a = ask(t, { from: WEB, to: DB, protocol: 'tcp', port: 22 });
    expect(a.blockedBy).toMatchObject({ type: 'security-group', id: WEBSG, direction: 'outbound' });
    expect(a.alsoBlocking).toEqual([expect.objectContaining({ type: 'security-group', id: DBSG, direction: 'inbound' })]);
    expect(a.blockedBy?.fix).toContain(`Add an outbound rule to ${WEBSG}: tcp 22 to ${DBSG}`);
  });
});

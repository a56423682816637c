// Virtual private gateway rules: attached to the VPC, an available VPN connection, routes to the on-premises network.
import { parseIpv4Cidr } from '../core/cidr.js';
import type { VpnConnection, VpnGateway } from '../snapshot/ec2/types.js';
import { formatAddress, inCidr, type Address } from './address.js';
import type { BlockerDraft } from './trace.js';
import type { Topology, VpcNode } from './topology.js';

/** The VPN connections of a gateway that are available. */
export function availableVpnConnections(t: Topology, vgwId: string): VpnConnection[] {
  return (t.vpnConnectionsByVgw.get(vgwId) ?? []).filter((v) => v.State === undefined || v.State === 'available');
}

/** Checks a virtual private gateway for traffic from `vpc` to on-premises `dst`: attachment, connection, static routes, tunnels. */
export function checkVpnGateway(t: Topology, vpc: VpcNode, vgwId: string, dst: Address, vpnCollected: boolean): { blocker?: BlockerDraft; vpn?: VpnConnection; note?: string } {
  const vgw = t.vpnGateways.get(vgwId);
  const attached = vgw?.VpcAttachments?.some((a) => a.VpcId === vpc.id && a.State === 'attached');
  if (vgw && !attached) {
    return { blocker: {
      type: 'vpn-gateway', id: vgwId, rule: `${vgwId} is not attached to ${vpc.id}`,
      reason: `The route points to ${vgwId}, which is not attached to ${vpc.id}.`,
      fix: `Attach ${vgwId} to ${vpc.id} (aws ec2 attach-vpn-gateway).`, explanation: 'VGW_NOT_ATTACHED', doctorCode: 'VPN_ROUTE_MISSING',
    } };
  }
  if (!vpnCollected) return { note: `describe-vpn-connections was not collected: the VPN connection on ${vgwId} is not checked` };
  const vpns = availableVpnConnections(t, vgwId);
  const vpn = vpns[0];
  if (!vpn) {
    return { blocker: {
      type: 'vpn-gateway', id: vgwId, rule: `no available VPN connection on ${vgwId}`,
      reason: `${vgwId} has no VPN connection in state available, so nothing carries the traffic to the on-premises network.`,
      fix: `Create (or repair) a Site-to-Site VPN connection between ${vgwId} and the customer gateway.`,
      explanation: 'VPN_CONNECTION_NOT_AVAILABLE', doctorCode: 'VPN_ROUTE_MISSING',
    } };
  }
  if (vpn.Options?.StaticRoutesOnly && dst !== 'internet') {
    const covered = (vpn.Routes ?? []).some((r) => {
      const c = r.DestinationCidrBlock ? parseIpv4Cidr(r.DestinationCidrBlock) : undefined;
      return c !== undefined && (r.State === undefined || r.State === 'available') && inCidr(c, dst);
    });
    if (!covered) {
      return { vpn, blocker: {
        type: 'vpn-gateway', id: vpn.VpnConnectionId, rule: `no static route for ${formatAddress(dst)} on ${vpn.VpnConnectionId}`,
        reason: `${vpn.VpnConnectionId} uses static routing and none of its static routes covers ${formatAddress(dst)}, so the virtual private gateway does not send it down the tunnel.`,
        fix: `Add the on-premises CIDR as a static route of the VPN connection (aws ec2 create-vpn-connection-route --vpn-connection-id ${vpn.VpnConnectionId} --destination-cidr-block <on-prem CIDR>).`,
        explanation: 'VPN_NO_STATIC_ROUTE', doctorCode: 'VPN_ROUTE_MISSING',
      } };
    }
  }
  const tunnels = vpn.VgwTelemetry ?? [];
  if (tunnels.length > 0 && tunnels.every((x) => x.Status === 'DOWN')) {
    return { vpn, blocker: {
      type: 'vpn-gateway', id: vpn.VpnConnectionId, rule: `both tunnels of ${vpn.VpnConnectionId} are DOWN`,
      reason: `Every tunnel of ${vpn.VpnConnectionId} was DOWN when the snapshot was taken.`,
      fix: 'Check the customer gateway device configuration, IKE/IPsec settings and its reachability on UDP 500/4500.',
      explanation: 'VPN_TUNNELS_DOWN',
    } };
  }
  return { vpn };
}

/** The attached virtual private gateway through which on-premises traffic enters the VPC. */
export function ingressVpnGateway(vpc: VpcNode): VpnGateway | undefined {
  return vpc.vpnGateways[0];
}

/** The VPC has no virtual private gateway: the on-premises network cannot reach it. */
export function noVpnGateway(vpc: VpcNode): BlockerDraft {
  return {
    type: 'vpn-gateway', id: vpc.id, rule: `no virtual private gateway attached to ${vpc.id}`,
    reason: `On-premises traffic enters a VPC through an attached virtual private gateway (or a transit gateway), and ${vpc.id} has none.`,
    fix: `Create a virtual private gateway, attach it to ${vpc.id}, set up the Site-to-Site VPN connection, and enable route propagation.`,
    explanation: 'NO_VPN_GATEWAY', doctorCode: 'VPN_ROUTE_MISSING',
  };
}

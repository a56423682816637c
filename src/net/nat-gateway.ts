// NAT gateway rules: available, in a public subnet, only connections opened from its own VPC, never across peering or VPN.
import type { BlockerDraft } from './trace.js';
import type { NatNode, Topology } from './topology.js';

/** Checks that the NAT gateway a route names exists and is available; a missing one makes the route a blackhole. */
export function checkNatGateway(t: Topology, natId: string, routeTableId: string, destination: string): BlockerDraft | undefined {
  const nat = t.natGateways.get(natId);
  if (!nat) {
    return {
      type: 'route-table', id: routeTableId, rule: `${destination} → ${natId} (blackhole)`,
      reason: `The route points to ${natId}, which is not in the snapshot (deleted), so the route is a blackhole.`,
      fix: `Point ${destination} in ${routeTableId} at an available NAT gateway (aws ec2 replace-route).`,
      explanation: 'BAD_STATE_ROUTE', doctorCode: 'PRIVATE_SUBNET_NO_NAT_ROUTE',
    };
  }
  if (nat.state === 'available') return undefined;
  return {
    type: 'nat-gateway', id: natId, rule: `${natId} is ${nat.state}`,
    reason: `A NAT gateway forwards traffic only when available, and ${natId} is ${nat.state}.`,
    fix: `Create a new NAT gateway in a public subnet and point ${destination} in ${routeTableId} at it.`,
    explanation: 'NGW_NOT_AVAILABLE', doctorCode: 'PRIVATE_SUBNET_NO_NAT_ROUTE',
  };
}

/** A NAT gateway never accepts connections from outside: it passes only replies to connections its private side opened. */
export function natNoInbound(nat: NatNode): BlockerDraft {
  return {
    type: 'nat-gateway', id: nat.id, rule: `${nat.id} accepts no inbound connections`,
    reason: 'A NAT gateway lets instances in private subnets open connections out, but nothing outside can open a connection in through it.',
    fix: 'To accept connections, put the server (or a load balancer in front of it) in a public subnet with a public IP, or use a VPN or peering to its private address.',
    explanation: 'NGW_NO_INBOUND',
  };
}

/** The reply would leave through a NAT gateway the request never crossed, which rewrites its source. */
export function natAsymmetric(nat: NatNode, routeTableId: string, rule: string, expected: string): BlockerDraft {
  return {
    type: 'route-table', id: routeTableId, rule,
    reason: `The reply is routed to ${nat.id} instead of back through ${expected}, the way the request came in; the NAT gateway would rewrite its source address and the client drops it.`,
    fix: `Route the client's addresses to ${expected} in ${routeTableId} (for internet clients: 0.0.0.0/0 → the internet gateway, which makes the subnet public), or move the server to a public subnet.`,
    explanation: 'MORE_SPECIFIC_ROUTE', doctorCode: 'SUBNET_NO_ROUTE_TO_IGW',
  };
}

/** The NAT gateway's own subnet has no route to an internet gateway: a public NAT gateway must sit in a public subnet. */
export function natNotInPublicSubnet(nat: NatNode, routeTableId: string): BlockerDraft {
  return {
    type: 'route-table', id: routeTableId, rule: `no 0.0.0.0/0 → igw-… in ${routeTableId} (subnet of ${nat.id})`,
    reason: `${nat.id} sits in ${nat.subnet?.id ?? 'a subnet'} whose route table has no route to an internet gateway, so its traffic cannot reach the internet.`,
    fix: `Put the NAT gateway in a public subnet: add 0.0.0.0/0 → the VPC's internet gateway to ${routeTableId}, or recreate ${nat.id} in a subnet that has it.`,
    explanation: 'NO_ROUTE_TO_DESTINATION', doctorCode: 'PRIVATE_SUBNET_NO_NAT_ROUTE',
  };
}

/** The public address the NAT gateway uses towards the internet. */
export function natPublicIp(nat: NatNode): number | undefined {
  return nat.publicIps[0];
}

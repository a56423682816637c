// Internet gateway rules: attached to the VPC, a route to it, a public IPv4 on the interface, public destinations only.
import type { InternetGateway } from '../snapshot/ec2/types.js';
import type { BlockerDraft } from './trace.js';
import { eniLabel, type EniNode, type NatNode, type Topology, type VpcNode } from './topology.js';

/** The internet gateway attached to the VPC, if any. */
export function attachedInternetGateway(vpc: VpcNode): InternetGateway | undefined {
  return vpc.internetGateways[0];
}

/** Checks that the gateway a route names exists and is attached to this VPC. */
export function checkInternetGatewayAttached(t: Topology, vpc: VpcNode, igwId: string): BlockerDraft | undefined {
  const igw = t.internetGateways.get(igwId);
  const attached = igw?.Attachments?.some((a) => a.VpcId === vpc.id && (a.State === 'available' || a.State === 'attached'));
  if (attached) return undefined;
  const state = igw ? igw.Attachments?.map((a) => `${a.State ?? '?'} to ${a.VpcId ?? '?'}`).join(', ') || 'detached' : 'not in the snapshot (deleted?)';
  return {
    type: 'internet-gateway', id: igwId, rule: `${igwId} is not attached to ${vpc.id}`,
    reason: `The route points to ${igwId}, which is ${state}; an internet gateway forwards traffic only for the VPC it is attached to.`,
    fix: `Attach ${igwId} to ${vpc.id} (aws ec2 attach-internet-gateway --internet-gateway-id ${igwId} --vpc-id ${vpc.id}).`,
    explanation: 'IGW_NOT_ATTACHED', doctorCode: 'SUBNET_NO_ROUTE_TO_IGW',
  };
}

/** The VPC has no internet gateway at all: nothing can enter from the internet. */
export function noInternetGateway(vpc: VpcNode): BlockerDraft {
  return {
    type: 'internet-gateway', id: vpc.id, rule: `no internet gateway attached to ${vpc.id}`,
    reason: `Traffic from the internet enters a VPC only through an attached internet gateway, and ${vpc.id} has none.`,
    fix: `Create an internet gateway, attach it to ${vpc.id}, and route 0.0.0.0/0 to it from the destination's subnet.`,
    explanation: 'NO_INTERNET_GATEWAY', doctorCode: 'SUBNET_NO_ROUTE_TO_IGW',
  };
}

/** The interface has no public IPv4 or Elastic IP for the address, so the gateway cannot translate it. */
export function noPublicIp(eni: EniNode, ingress: boolean): BlockerDraft {
  const label = eniLabel(eni);
  return {
    type: 'no-public-ip', id: label,
    rule: `${label}${label === eni.id ? '' : ` (${eni.id})`} has no public IPv4 address`,
    reason: ingress
      ? `The internet can reach an instance only at a public IPv4 or Elastic IP address, and ${label} has none.`
      : `An internet gateway translates only addresses that have a public IPv4 or Elastic IP address, and ${label} has none.`,
    fix: `Associate an Elastic IP with ${eni.id} (aws ec2 associate-address), or enable auto-assign public IPv4 on the subnet and relaunch; for outbound-only access route 0.0.0.0/0 to a NAT gateway instead.`,
    explanation: 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS', doctorCode: 'INSTANCE_NO_PUBLIC_IP',
  };
}

/** An internet gateway drops traffic whose destination is a private address. */
export function privateDestination(igwId: string, dst: string): BlockerDraft {
  return {
    type: 'internet-gateway', id: igwId, rule: `${igwId} cannot reach private address ${dst}`,
    reason: `The route sends traffic for ${dst} to the internet gateway, but ${dst} is not an internet address, so the gateway drops it.`,
    fix: `Route ${dst} to the gateway that reaches it (a peering connection, virtual private gateway or transit gateway), or address the destination by its public IP.`,
    explanation: 'IGW_PRIVATE_DESTINATION',
  };
}

/** The public address an internet gateway maps a private source to: an interface's public IP or a public NAT gateway's. */
export function publicAddressFor(t: Topology, vpc: VpcNode, privateIp: number): { publicIp?: number; eni?: EniNode; nat?: NatNode } {
  const nat = t.natsByIp.get(privateIp);
  if (nat && nat.vpc === vpc) {
    const i = nat.privateIps.indexOf(privateIp);
    const pub = nat.publicIps[i] ?? nat.publicIps[0];
    return pub === undefined ? { nat } : { nat, publicIp: pub };
  }
  const eni = (t.enisByPrivateIp.get(privateIp) ?? []).find((e) => e.vpc === vpc);
  const addr = eni?.addresses.find((a) => a.ip === privateIp);
  if (!eni) return {};
  return addr?.publicIp === undefined ? { eni } : { eni, publicIp: addr.publicIp };
}

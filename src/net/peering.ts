// VPC peering rules: active only, a route on both sides, destination inside the peer VPC (not transitive, no edge-to-edge).
import { parseIpv4Cidr, type Ipv4Cidr } from '../core/cidr.js';
import type { VpcPeeringConnection } from '../snapshot/ec2/types.js';
import { formatAddress, inCidr, type Address } from './address.js';
import type { BlockerDraft } from './trace.js';
import type { Topology, VpcNode } from './topology.js';

/** The other side of a peering connection seen from one VPC. */
export interface PeerSide {
  vpcId: string;
  ownerId?: string;
  region?: string;
  cidrs: Ipv4Cidr[];
  vpc?: VpcNode;
}

/** The peer of `vpcId` in the connection, or undefined when the VPC is on neither side. */
export function peerOf(t: Topology, pcx: VpcPeeringConnection, vpcId: string): PeerSide | undefined {
  const r = pcx.RequesterVpcInfo;
  const a = pcx.AccepterVpcInfo;
  const info = r?.VpcId === vpcId ? a : a?.VpcId === vpcId ? r : undefined;
  if (!info?.VpcId) return undefined;
  const texts = [info.CidrBlock, ...(info.CidrBlockSet ?? []).map((c) => c.CidrBlock)];
  const cidrs: Ipv4Cidr[] = [];
  for (const x of texts) {
    const c = x ? parseIpv4Cidr(x) : undefined;
    if (c && !cidrs.some((o) => o.base === c.base && o.prefix === c.prefix)) cidrs.push(c);
  }
  const vpc = t.vpcs.get(info.VpcId);
  for (const c of vpc?.cidrs ?? []) if (!cidrs.some((o) => o.base === c.base && o.prefix === c.prefix)) cidrs.push(c);
  const side: PeerSide = { vpcId: info.VpcId, cidrs };
  if (info.OwnerId) side.ownerId = info.OwnerId;
  if (info.Region) side.region = info.Region;
  if (vpc) side.vpc = vpc;
  return side;
}

/** The active peering connection between two VPCs, if any. */
export function peeringBetween(t: Topology, a: string, b: string): VpcPeeringConnection | undefined {
  for (const p of t.peerings.values()) {
    const ids = [p.RequesterVpcInfo?.VpcId, p.AccepterVpcInfo?.VpcId];
    if (ids.includes(a) && ids.includes(b)) return p;
  }
  return undefined;
}

/** Peering not active: pending-acceptance, rejected, expired, failed, deleted... */
export function peeringNotActive(pcxId: string, status: string): BlockerDraft {
  return {
    type: 'peering', id: pcxId, rule: `${pcxId} is ${status}`,
    reason: `Traffic flows over a peering connection only when it is active, and ${pcxId} is ${status}.`,
    fix: status === 'pending-acceptance'
      ? `Accept it in the accepter account (aws ec2 accept-vpc-peering-connection --vpc-peering-connection-id ${pcxId}).`
      : `Create a new peering connection and have the accepter account accept it, then route each VPC's CIDR to it on both sides.`,
    explanation: 'PCX_NOT_ACTIVE', doctorCode: 'PEERING_INCOMPLETE',
  };
}

/** The destination is not inside the peer VPC: peering is not transitive and the peer's gateways cannot be borrowed. */
export function peeringOutsidePeer(pcxId: string, from: VpcNode, peer: PeerSide, dst: Address): BlockerDraft {
  return {
    type: 'peering', id: pcxId, rule: `${formatAddress(dst)} is outside ${peer.vpcId} (${peer.cidrs.map((c) => c.text).join(', ') || 'CIDR unknown'})`,
    reason: `A peering connection delivers only to addresses inside the peer VPC: peering is not transitive, and ${from.id} cannot use ${peer.vpcId}'s internet gateway, NAT gateway, VPN or further peerings (no edge-to-edge routing).`,
    fix: `Give ${from.id} its own path to ${formatAddress(dst)} (its own internet or NAT gateway, a direct peering with the VPC that holds it, or a transit gateway).`,
    explanation: 'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR', doctorCode: 'PEERING_INCOMPLETE',
  };
}

/** True when the address lies in one of the peer's CIDR blocks. */
export function inPeer(peer: PeerSide, dst: Address): boolean {
  return peer.cidrs.some((c) => inCidr(c, dst));
}

// Reads --from/--to: an instance id, an interface id, an IPv4 address (private, public, on-premises) or `internet`.
import { formatIpv4, isInternetRoutable, parseIpv4 } from '../core/cidr.js';
import { inCidr, type Address } from './address.js';
import type { EniNode, NatNode, Topology, VpcNode } from './topology.js';

/** An endpoint found in the model. */
export type Endpoint =
  | { kind: 'interface'; input: string; eni: EniNode; /** The address the user gave, if any. */ address?: number }
  | { kind: 'internet'; input: string; address: Address }
  | { kind: 'on-premises'; input: string; address: number }
  | { kind: 'nat-gateway'; input: string; nat: NatNode; address: number };

/** An endpoint, or why the text names none. */
export type EndpointResult = { ok: true; endpoint: Endpoint } | { ok: false; error: string };

function fail(error: string): EndpointResult {
  return { ok: false, error };
}

function fileOf(t: Topology, key: 'instances' | 'networkInterfaces'): string {
  const files = t.regions.filter((r) => r[key].state !== 'collected').map((r) => r[key].file);
  return files.length > 0 ? ` (not collected: ${files.join(', ')})` : '';
}

/** Resolves endpoint text; `near` (the source's VPC) picks among interfaces that share a private address. */
export function resolveEndpoint(t: Topology, text: string, near?: VpcNode): EndpointResult {
  const input = text.trim();
  if (input.toLowerCase() === 'internet') return { ok: true, endpoint: { kind: 'internet', input, address: 'internet' } };
  if (/^i-[0-9a-z]+$/i.test(input)) {
    const inst = t.instances.get(input);
    if (!inst) return fail(`instance ${input} is not in the snapshot${fileOf(t, 'instances')}`);
    if (!inst.primaryEni) return fail(`instance ${input} has no network interface in the snapshot (state ${inst.state})`);
    return { ok: true, endpoint: { kind: 'interface', input, eni: inst.primaryEni } };
  }
  if (/^eni-[0-9a-z]+$/i.test(input)) {
    const eni = t.enis.get(input);
    if (!eni) return fail(`network interface ${input} is not in the snapshot${fileOf(t, 'networkInterfaces')}`);
    return { ok: true, endpoint: { kind: 'interface', input, eni } };
  }
  const ip = parseIpv4(input);
  const natHit = ip === undefined ? undefined : t.natsByIp.get(ip);
  if (natHit && ip !== undefined) return { ok: true, endpoint: { kind: 'nat-gateway', input, nat: natHit, address: ip } };
  if (ip === undefined) return fail(`"${input}" is not an instance id (i-…), a network interface id (eni-…), an IPv4 address or "internet"`);
  const enis = t.enisByPrivateIp.get(ip) ?? [];
  const chosen = enis.length === 1 ? enis[0] : enis.find((e) => e.vpc !== undefined && e.vpc === near);
  if (chosen) return { ok: true, endpoint: { kind: 'interface', input, eni: chosen, address: ip } };
  if (enis.length > 1) return fail(`${input} is the private address of ${enis.map((e) => `${e.id} in ${e.vpc?.id ?? '?'}`).join(' and ')}; name the interface or instance instead`);
  const byPublic = t.enisByPublicIp.get(ip);
  if (byPublic) return { ok: true, endpoint: { kind: 'interface', input, eni: byPublic, address: ip } };
  const nat = t.natsByIp.get(ip);
  if (nat) return { ok: true, endpoint: { kind: 'nat-gateway', input, nat, address: ip } };
  const vpc = [...t.vpcs.values()].find((v) => v.cidrs.some((c) => inCidr(c, ip)));
  if (vpc) return fail(`no network interface with address ${formatIpv4(ip)} in ${vpc.id} is in the snapshot${fileOf(t, 'networkInterfaces')}`);
  if (!isInternetRoutable(ip)) return { ok: true, endpoint: { kind: 'on-premises', input, address: ip } };
  return { ok: true, endpoint: { kind: 'internet', input, address: ip } };
}

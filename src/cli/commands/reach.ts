// whynot reach: VPC reachability hop by hop, request and reply, from a snapshot.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { buildTopology } from '../../net/topology.js';
import { reach } from '../../net/reach.js';
import { loadNetwork } from '../../snapshot/ec2.js';
import { renderReachJson } from '../../render/reach-json.js';
import { renderReachText } from '../../render/reach-text.js';
import type { QueryProtocol } from '../../core/ports.js';
import { EXIT, UsageError, type Command } from '../io.js';

const USAGE = `whynot reach --snapshot DIR --from X --to Y --protocol tcp|udp|icmp [--port N] [--json]

  X, Y: an instance id (i-…), a network interface id (eni-…), an IPv4 address (private, public or
        Elastic, or an on-premises address reached through a virtual private gateway), or "internet".
  Follows the request and its reply through route tables, gateways, network ACLs and security groups.
  Exit status: 0 reachable, 1 blocked or unknown (the reason is printed), 2 bad input.`;

/** The `reach` command. */
export const reachCommand: Command = {
  name: 'reach',
  summary: 'can traffic get from A to B on this port? hop by hop, both directions',
  usage: USAGE,
  run: async (argv, io) => {
    const { values } = parseArgs({
      args: argv,
      options: {
        snapshot: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
        protocol: { type: 'string' }, port: { type: 'string' }, json: { type: 'boolean', default: false },
      },
      strict: true, allowPositionals: false,
    });
    if (!values.snapshot) throw new UsageError('--snapshot DIR is required');
    if (!values.from || !values.to) throw new UsageError('--from and --to are required');
    const protocol = (values.protocol ?? '').toLowerCase();
    if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'icmp') throw new UsageError('--protocol must be tcp, udp or icmp');
    let port: number | undefined;
    if (values.port !== undefined) {
      if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(`--port must be 0-65535, not "${values.port}"`);
      port = Number(values.port);
    }
    if (protocol !== 'icmp' && port === undefined) throw new UsageError(`--port is required for ${protocol}`);
    const net = await loadNetwork(resolve(io.cwd, values.snapshot));
    if (net.regions.length === 0) {
      io.stderr(`whynot reach: no <account>/<region>/ec2/ folder in ${values.snapshot}: the snapshot holds no VPC data\n`);
      return EXIT.usage;
    }
    for (const p of net.problems) io.stderr(`warning: ${p.message}\n`);
    const result = reach(buildTopology(net.regions), { from: values.from, to: values.to, protocol: protocol as QueryProtocol, ...(port !== undefined ? { port } : {}) });
    if (!result.ok) {
      io.stderr(`whynot reach: ${result.error}\n`);
      return EXIT.usage;
    }
    io.stdout(values.json ? renderReachJson(result.answer) : renderReachText(result.answer));
    return result.answer.reachable ? EXIT.ok : EXIT.denied;
  },
};

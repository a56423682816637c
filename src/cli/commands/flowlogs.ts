// whynot flowlogs: groups VPC Flow Log REJECTs by flow and explains each with the rule that rejects it.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { analyzeFlowLogs } from '../../net/flowlogs/analyze.js';
import { parseFormat } from '../../net/flowlogs/format.js';
import { buildTopology } from '../../net/topology.js';
import { loadNetwork } from '../../snapshot/ec2.js';
import { renderFlowLogsText } from '../../render/flowlogs-text.js';
import { EXIT, UsageError, type Command } from '../io.js';

const USAGE = `whynot flowlogs FILE... --snapshot DIR [--json] [--format FIELDS] [--limit N]

  FILE: VPC Flow Log records, plain or gzip: the default version 2 format, or a custom format
        announced by its header line (S3 delivery writes one). --format '\${version} \${srcaddr} ...'
        gives the fields of files without a header (the LogFormat of describe-flow-logs).
  Groups REJECT records by flow, explains each against the snapshot, and recognises the stateless
  network ACL signature (the request ACCEPTed, the reply REJECTed).
  Exit status: 0 no rejected flow, 1 rejected flows found, 2 bad input.`;

/** The `flowlogs` command. */
export const flowlogsCommand: Command = {
  name: 'flowlogs',
  summary: 'explain VPC Flow Log REJECTs with the rule that rejects them',
  usage: USAGE,
  run: async (argv, io) => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { snapshot: { type: 'string' }, json: { type: 'boolean', default: false }, format: { type: 'string' }, limit: { type: 'string' } },
      strict: true, allowPositionals: true,
    });
    if (positionals.length === 0) throw new UsageError('give at least one flow log FILE');
    if (!values.snapshot) throw new UsageError('--snapshot DIR is required');
    let limit: number | undefined;
    if (values.limit !== undefined) {
      if (!/^\d+$/.test(values.limit)) throw new UsageError(`--limit must be a number, not "${values.limit}"`);
      limit = Number(values.limit);
    }
    const net = await loadNetwork(resolve(io.cwd, values.snapshot));
    for (const p of net.problems) io.stderr(`warning: ${p.message}\n`);
    const t = buildTopology(net.regions);
    let report;
    try {
      report = await analyzeFlowLogs(positionals.map((p) => resolve(io.cwd, p)), t, {
        ...(values.format ? { format: parseFormat(values.format) } : {}), ...(limit !== undefined ? { limit } : {}),
      });
    } catch (e) {
      io.stderr(`whynot flowlogs: ${(e as Error).message}\n`);
      return EXIT.usage;
    }
    io.stdout(values.json ? JSON.stringify(report, null, 2) + '\n' : renderFlowLogsText(report));
    return report.rejectedFlows === 0 ? EXIT.ok : EXIT.denied;
  },
};

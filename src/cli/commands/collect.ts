// whynot collect: build a snapshot folder from live AWS accounts with read-only calls.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CollectDeps, CollectOptions } from '../../collect/index.js';
import { CollectSetupError } from '../../collect/errors.js';
import { SERVICE_NAMES, type CollectService } from '../../collect/services/types.js';
import { EXIT, UsageError, type CliIo, type Command } from '../io.js';

const USAGE = `Usage: whynot collect --out DIR [--profile NAME] [--regions r1,r2|all] [--services iam,s3,...]
                      [--role-name NAME --accounts ID,...|all] [--resume]

Builds a snapshot folder (docs/snapshot-format.md) with read-only AWS calls (docs/collect.md,
minimal IAM policy in docs/collect-policy.json). Credentials come from the AWS SDK default chain
(environment, profiles including SSO, container and instance metadata); they are never written.

  --out DIR          snapshot folder (must be empty or absent, unless --resume)
  --profile NAME     profile of ~/.aws/config and ~/.aws/credentials
  --regions LIST     comma-separated regions, or "all" (default): every region enabled for each account
  --services LIST    comma-separated subset of: ${SERVICE_NAMES.join(',')}
  --role-name NAME   role to assume in every account of --accounts other than the caller's
  --accounts LIST    comma-separated account ids, or "all": every active account of the organization
                     (from its management account)
  --resume           complete an earlier snapshot in DIR: skip files already written
`;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new UsageError('an empty list was given');
  return items;
}

/** Turns argv into collect options; throws UsageError on bad input. */
export function parseCollectArgs(argv: string[], cwd: string): CollectOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      profile: { type: 'string' },
      regions: { type: 'string' },
      services: { type: 'string' },
      'role-name': { type: 'string' },
      accounts: { type: 'string' },
      resume: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.out) throw new UsageError('--out DIR is required');
  const options: CollectOptions = { out: resolve(cwd, values.out), resume: values.resume };
  if (values.profile) options.profile = values.profile;
  const regions = list(values.regions);
  if (regions && !(regions.length === 1 && regions[0] === 'all')) {
    const bad = regions.filter((r) => !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(r));
    if (bad.length) throw new UsageError(`not a region: ${bad.join(', ')}`);
    options.regions = [...new Set(regions)];
  }
  const services = list(values.services);
  if (services) {
    const known = new Set<string>(SERVICE_NAMES);
    const bad = services.filter((s) => !known.has(s));
    if (bad.length) throw new UsageError(`unknown service: ${bad.join(', ')} (known: ${SERVICE_NAMES.join(', ')})`);
    options.services = services as CollectService[];
  }
  const accounts = list(values.accounts);
  if (accounts) {
    if (accounts.length === 1 && accounts[0] === 'all') options.accounts = 'all';
    else {
      const bad = accounts.filter((a) => !/^\d{12}$/.test(a));
      if (bad.length) throw new UsageError(`not an account id (twelve digits): ${bad.join(', ')}`);
      options.accounts = accounts;
    }
  }
  const roleName = values['role-name'];
  if (roleName !== undefined && !accounts) throw new UsageError('--role-name needs --accounts ID,...|all');
  if (accounts && roleName === undefined) throw new UsageError('--accounts needs --role-name NAME (the role to assume in each account)');
  if (roleName !== undefined) options.roleName = roleName;
  return options;
}

/** Runs collect with the CLI's streams; `deps` lets tests inject mocked clients. */
export async function runCollect(argv: string[], io: CliIo, deps: CollectDeps = {}): Promise<number> {
  const options = parseCollectArgs(argv, io.cwd);
  const env = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  // The AWS SDK costs about a second to load: only `collect` itself pays it, not every whynot command.
  const { collect, formatSummary } = await import('../../collect/index.js');
  try {
    const result = await collect(options, {
      ...(env ? { homeRegion: env } : {}),
      progress: { write: io.stderr, tty: io.stderrIsTty },
      ...deps,
    });
    io.stdout(formatSummary(result));
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof CollectSetupError)) throw e;
    if (e.usage) throw new UsageError(e.message);
    io.stderr(`whynot collect: ${e.message}\n`);
    return EXIT.denied;
  }
}

/** The `collect` command. */
export const collectCommand: Command = {
  name: 'collect',
  summary: 'build a snapshot from live AWS accounts (read-only, resumable)',
  usage: USAGE,
  run: (argv, io) => runCollect(argv, io),
};

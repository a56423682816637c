// `npm run bench`: every benchmark side by side with its peer, printed as text or (--json) one JSON object.
import { benchDoctor } from './doctor.js';
import { benchIam } from './iam.js';
import { benchLargeAccount } from './large-account.js';
import { benchLint } from './lint.js';
import { benchNet } from './net.js';

const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const want = (name: string): boolean => !only || only.includes(name);
const log = (s: string): void => { if (!json) process.stdout.write(s + '\n'); };

const result: Record<string, unknown> = {};

if (want('iam')) {
  log('IAM engine: 50 requests (3 managed policies x 20 statements, a 7-statement bucket policy, 3 SCP levels)');
  const r = await benchIam();
  Object.assign(result, { whynot: r.whynot, iamSimulate: r.iamSimulate, ratio: r.ratio, agree: r.agree, whynotExplainFull: r.whynotExplainFull, ratioExplainFull: r.ratioExplainFull, disagreements: r.disagreements });
  log(`  whynot               ${r.whynot.decisionsPerSecond.toLocaleString('en-US')} decisions/s`);
  log(`  whynot --explain full ${r.whynotExplainFull.decisionsPerSecond.toLocaleString('en-US')} decisions/s`);
  log(`  iam-simulate         ${r.iamSimulate.decisionsPerSecond.toLocaleString('en-US')} decisions/s (runSimulation)`);
  log(`  ratio ${r.ratio}x (target >= 100), explain full ${r.ratioExplainFull}x (target >= 20); all decisions agree: ${r.agree}`);
  for (const d of r.disagreements) log(`  disagreement: ${d.action} ${d.resource}: whynot ${d.whynot}, iam-simulate ${d.iamSimulate}`);
}

if (want('large')) {
  log('\nLarge account: 5,000 roles, 2,000 customer managed policies, 1,000 buckets with policies');
  const r = await benchLargeAccount();
  result.largeAccount = r;
  log(`  authorization details ${r.authorizationDetailsMB} MB; load ${r.loadMs} ms + first decision ${r.firstDecisionMs} ms = ${r.loadPlusFirstDecisionMs} ms (target <= 3000); peak RSS ${r.peakRssMB} MB (target <= 1536)`);
}

if (want('lint')) {
  log('\nLint: every AWS managed policy');
  const r = await benchLint();
  result.lint = r;
  log(`  ${Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

if (want('net')) {
  log('\nReachability: 200 VPCs, 2,000 subnets, 20,000 interfaces, 5,000 security groups, 100 peerings; 1,000,000 flow-log records');
  const r = await benchNet();
  result.net = r;
  log(`  ${Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

if (want('doctor')) {
  log('\nDoctor over the generated large account (target <= 30 s; memory printed)');
  const r = await benchDoctor();
  result.doctor = r;
  log(`  ${Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');

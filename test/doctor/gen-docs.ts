// Writes docs/checks/<CODE>.md from each check's meta and header line (run: npx tsx test/doctor/gen-docs.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checks } from '../../src/doctor/registry.js';
import { ROWS } from './rows.js';

const root = resolve(import.meta.dirname, '../..');
for (const [code, c] of checks) {
  const src = readFileSync(resolve(root, `src/doctor/checks/${code}.ts`), 'utf8');
  const header = (src.split('\n')[0] ?? '').replace(/^\/\/\s*/, '').replace(new RegExp(`^${code}( \\(--security\\))?: `), '');
  const row = ROWS.find((r) => r.code === code);
  const m = c.meta;
  const lines = [
    `# ${code}`, '',
    `**Severity:** ${m.severity}${m.optIn ? ' (opt-in: `--security`)' : ''}  `,
    `**Title:** ${m.title}`, '',
    '## What it detects', '', `${header.charAt(0).toUpperCase()}${header.slice(1)}`, '',
    '## Files it reads', '', ...m.needs.map((n) => `- \`${n}\``), '',
    'When one of them was not collected, doctor lists the conclusion under `notChecked` ("not checked: needs FILE") instead of passing silently.', '',
    '## Fix shown', '', m.fix, '', 'Doctor fills in the real names and ARNs of the snapshot.', '',
    ...(m.docs ? ['## AWS documentation', '', m.docs, ''] : []),
    '## Tests', '',
    `\`test/doctor/checks.test.ts\`, row \`${code}\`: fires on ${row?.broken === 'examples' ? '`examples/snapshot`' : '`examples/snapshot-fixed` with one file broken (see the row)'}${row ? ` naming \`${row.resource || '(the file)'}\`` : ''}, and is silent on \`examples/snapshot-fixed\`.`, '',
    `Run only this check: \`whynot doctor --snapshot DIR --only ${code}\`${m.optIn ? ' --security' : ''}.`, '',
  ];
  writeFileSync(resolve(root, `docs/checks/${code}.md`), lines.join('\n'));
}

/**
 * `npm run docs`: builds the API reference (TypeDoc, typedoc.json, into docs/api) and fails when
 * it is not good enough to publish:
 * - any TypeDoc error, or any warning other than a missing comment (a broken `{@link}`, a type
 *   referenced but not exported, a bad tag...): these are errors, as `treatWarningsAsErrors`
 *   would make them;
 * - more than MAX_UNDOCUMENTED public declarations without documentation (TypeDoc's
 *   `validation.notDocumented`, which typedoc.json turns on; typedoc.json leaves
 *   `treatWarningsAsErrors` off so that this count, not the first warning, decides).
 *
 * Extra arguments go to TypeDoc (`npm run docs -- --out /tmp/site`). Prints the counts and the
 * build time; exits 1 on failure.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The most undocumented public declarations the reference may have: what it has today, so the
 * count only goes down. Lower it as documentation lands; the goal is 100. Most of what is left are
 * the fields of the fake's records (`testing`) and the route table's inline parameters (`routes.ts`).
 */
const MAX_UNDOCUMENTED = 1025;

const require = createRequire(import.meta.url);
const typedoc = join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc');
const root = join(import.meta.dirname, '..');

const started = performance.now();
const run = spawnSync(process.execPath, [typedoc, ...process.argv.slice(2)], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  maxBuffer: 256 * 1024 * 1024,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

// biome-ignore lint/suspicious/noControlCharactersInRegex: TypeDoc's colour codes.
const lines = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
const warnings = lines.filter(
  (line) => line.startsWith('[warning]') && !/^\[warning\] Found \d+ errors/.test(line),
);
const errors = lines.filter((line) => line.startsWith('[error]'));
const undocumented = warnings.filter((line) => line.endsWith('does not have any documentation'));
const otherWarnings = warnings.filter((line) => !line.endsWith('does not have any documentation'));

for (const line of [...errors, ...otherWarnings, ...undocumented]) console.log(line);
console.log(
  `docs: ${undocumented.length} undocumented (at most ${MAX_UNDOCUMENTED}), ` +
    `${otherWarnings.length} other warnings, ${errors.length} errors, built in ${seconds} s`,
);

const failures: string[] = [];
if (run.error) failures.push(`TypeDoc did not run: ${run.error.message}`);
else if (run.status !== 0) failures.push(`TypeDoc exited with ${run.status ?? run.signal}`);
if (errors.length > 0) failures.push(`${errors.length} TypeDoc errors`);
if (otherWarnings.length > 0)
  failures.push(`${otherWarnings.length} warnings (broken links, unexported types...)`);
if (undocumented.length > MAX_UNDOCUMENTED) {
  failures.push(`${undocumented.length} undocumented declarations, more than ${MAX_UNDOCUMENTED}`);
}
if (failures.length > 0) {
  console.error(`docs: FAILED: ${failures.join('; ')}`);
  process.exitCode = 1;
}

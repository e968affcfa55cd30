/**
 * Editor and `tsc` cost of the package's types, as a user's compiler sees them: the built
 * declaration files (`dist/types`, through the package's `exports`) compiled by a scratch project
 * that installs the package and `openai` side by side. Each script in `bench/types/` is compiled
 * with `tsc --extendedDiagnostics` in a fresh process; the figures are the type instantiations
 * (deterministic) and tsc's own check time (median of paired rounds, the openai script in the same
 * rounds as the baseline). Also printed: the same without `skipLibCheck`, files loaded, and how
 * many of zod's declaration files the package's types make the compiler read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../lib/sdk.js';
import { paired, ratioText, type Spread, valueText } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const ROUNDS = 7;
const SCRIPTS = join(root, 'bench', 'types');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** What one `tsc --extendedDiagnostics` run reports. */
export interface TscFigures {
  instantiations: number;
  /** tsc's "Check time", ms. */
  checkMs: number;
  /** tsc's "Total time", ms. */
  totalMs: number;
  files: number;
  /** Declaration files of zod the program loads. */
  zodFiles: number;
}

/**
 * A scratch project: `node_modules/smartrecruiters-sdk` is this package (its `exports` lead the
 * compiler to `dist/types`), `node_modules/openai` the installed devDependency.
 */
function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sr-types-bench-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'smartrecruiters-sdk'), 'dir');
  symlinkSync(join(root, 'node_modules', 'openai'), join(dir, 'node_modules', 'openai'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'types-bench', type: 'module' }));
  return dir;
}

/** A strict `tsc --init`-like project for one script, with or without `skipLibCheck`. */
function writeProject(dir: string, name: string, code: string, skipLibCheck: boolean): string {
  writeFileSync(join(dir, `${name}.ts`), code);
  const config = join(dir, `tsconfig.${name}.${skipLibCheck ? 'skip' : 'full'}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        strict: true,
        skipLibCheck,
        noEmit: true,
      },
      files: [`${name}.ts`],
    }),
  );
  return config;
}

/** Compiles one project in a fresh `tsc` process; throws on a type error. */
export function compile(dir: string, config: string): TscFigures {
  let out: string;
  try {
    out = execFileSync(process.execPath, [tsc, '-p', config, '--extendedDiagnostics', '--listFiles'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`tsc -p ${config} failed:\n${(error as { stdout?: string }).stdout ?? error}`);
  }
  const number = (label: string) => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out);
    if (!match) throw new Error(`tsc printed no "${label}"`);
    return Number(match[1]);
  };
  const files = out.split('\n').filter((line) => /\.d\.[cm]?ts$|\.ts$/.test(line.trim()) && !/:/.test(line));
  return {
    instantiations: number('Instantiations'),
    checkMs: number('Check time') * 1000,
    totalMs: number('Total time') * 1000,
    files: number('Files'),
    zodFiles: files.filter((file) => /\/node_modules\/zod\//.test(file)).length,
  };
}

const k = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)}K` : n.toLocaleString('en-US'));
const ms = (s: Spread) => valueText(s, 'ms');

export async function typeFigures(): Promise<Row[]> {
  console.log(
    '\n## Type-check cost of a main-flows script (built package; tsc --extendedDiagnostics, strict, skipLibCheck)',
  );
  const dir = scratchProject();
  try {
    const read = (name: string) => readFileSync(join(SCRIPTS, `${name}.ts`), 'utf8');
    const raw = read('sdk-raw-call');
    const projects = {
      sdk: writeProject(dir, 'sdk-flows', read('sdk-flows'), true),
      openai: writeProject(dir, 'openai-flows', read('openai-flows'), true),
      raw: writeProject(dir, 'sdk-raw-call', raw, true),
      // The same script without its call: what the import and the client's construction cost.
      noCall: writeProject(dir, 'sdk-no-call', raw.replace(/^export const job = .*$/m, ''), true),
    };
    const last: Partial<Record<'sdk' | 'openai', TscFigures>> = {};
    const run = (side: 'sdk' | 'openai') => {
      last[side] = compile(dir, projects[side]);
      return last[side].checkMs;
    };
    const check = await paired({ rounds: ROUNDS, baseline: () => run('openai'), subject: () => run('sdk') });
    const sdk = last.sdk!;
    const openai = last.openai!;
    const rawCall = compile(dir, projects.raw);
    const noCall = compile(dir, projects.noCall);
    const instantiationRatio = sdk.instantiations / openai.instantiations;
    console.log(
      `openai:  ${k(openai.instantiations)} instantiations, check ${ms(check.baseline)}, ${openai.files} files`,
    );
    console.log(
      `SDK:     ${k(sdk.instantiations)} instantiations (${instantiationRatio.toFixed(2)}x), check ${ms(check.subject)} = ${ratioText(check.ratio)}, ${sdk.files} files, ${sdk.zodFiles} of zod's`,
    );
    console.log(
      `one raw typed call: ${k(rawCall.instantiations)} instantiations for the script (${k(rawCall.instantiations - noCall.instantiations)} for the call itself), check ${rawCall.checkMs.toFixed(0)} ms`,
    );

    // Without skipLibCheck the compiler checks every declaration file it loads: one run each.
    const full = {
      openai: compile(dir, writeProject(dir, 'openai-flows', read('openai-flows'), false)),
      sdk: compile(dir, writeProject(dir, 'sdk-flows', read('sdk-flows'), false)),
    };
    console.log(
      `without skipLibCheck: openai ${k(full.openai.instantiations)} instantiations, check ${full.openai.checkMs.toFixed(0)} ms; SDK ${k(full.sdk.instantiations)}, check ${full.sdk.checkMs.toFixed(0)} ms`,
    );

    return [
      {
        figure: 'Types: main-flows script, instantiations',
        baseline: `openai script ${k(openai.instantiations)}`,
        measured: `${k(sdk.instantiations)} = ${instantiationRatio.toFixed(2)}x`,
        target: '<= 2x',
        met: instantiationRatio <= 2,
      },
      {
        figure: 'Types: main-flows script, check time',
        baseline: `openai script ${ms(check.baseline)}`,
        measured: `${ms(check.subject)} = ${ratioText(check.ratio)}`,
        target: '<= 2x',
        met: check.ratio.median <= 2,
      },
      {
        figure: 'Types: one raw typed call, instantiations',
        baseline: `import and client alone ${k(noCall.instantiations)}`,
        measured: k(rawCall.instantiations),
        target: '<= 2,000',
        met: rawCall.instantiations <= 2000,
      },
      {
        figure: 'Types: main-flows script without skipLibCheck',
        baseline: `openai ${k(full.openai.instantiations)}, ${full.openai.checkMs.toFixed(0)} ms`,
        measured: `${k(full.sdk.instantiations)}, ${full.sdk.checkMs.toFixed(0)} ms, zod files ${full.sdk.zodFiles}`,
        target: '(no target)',
        met: undefined,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

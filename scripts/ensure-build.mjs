/**
 * Builds the package unless `dist/` is complete and newer than everything it is built from.
 *
 * - `npm install` from a git URL runs it (as `prepare`) in the fresh clone, with the
 *   devDependencies installed: the package gets its `dist/`. In this repository `npm ci` runs it
 *   too; it builds only when `dist/` is missing or stale, and skips (with a warning) when the
 *   devDependencies are not installed (`npm ci --omit=dev`).
 * - CI and the tests of the built package call `ensureBuilt()`: they use the existing build, and
 *   build once (one process at a time) when it is missing or older than the sources.
 *
 *   node scripts/ensure-build.mjs
 *
 * Plain JavaScript: it runs before anything is known to be installed.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const defaultRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the build reads: a change to any of them makes `dist/` stale. */
const INPUTS = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json'];
// A lock older than this was left by a build that died.
const STALE_LOCK_MS = 10 * 60_000;

/** @param {string} path */
function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * @param {unknown} value
 * @param {Set<string>} into
 */
function collectTargets(value, into) {
  if (typeof value === 'string' && value.startsWith('./dist/')) into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectTargets(item, into);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) collectTargets(item, into);
  return into;
}

/**
 * Every file `package.json` points at (exports, typesVersions, main, module, types).
 * @param {string} [root]
 * @returns {string[]}
 */
export function packageTargets(root = defaultRoot) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = collectTargets([pkg.exports, pkg.typesVersions, pkg.bin], new Set());
  for (const field of ['main', 'module', 'types']) {
    const value = pkg[field];
    if (typeof value === 'string') targets.add(value.startsWith('./') ? value : `./${value}`);
  }
  return [...targets].map((target) => join(root, target)).sort();
}

/**
 * `undefined` when `dist/` is complete and fresh; otherwise why it is not.
 * @param {string} [root]
 * @returns {string | undefined}
 */
export function staleBuild(root = defaultRoot) {
  const targets = packageTargets(root);
  const missing = targets.find((target) => !existsSync(target));
  if (missing) return `${missing.slice(root.length + 1)} is missing`;
  const oldestOutput = Math.min(...targets.map((target) => statSync(target).mtimeMs));
  const newestInput = Math.max(...INPUTS.map((input) => newestMtime(join(root, input))));
  return newestInput > oldestOutput ? 'the sources changed after the last build' : undefined;
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds once when `dist/` is missing or stale; concurrent callers wait for that one build.
 * @param {string} [root]
 * @returns {Promise<void>}
 */
export async function ensureBuilt(root = defaultRoot) {
  if (staleBuild(root) === undefined) return;
  const lock = join(root, 'node_modules', '.cache', 'smartrecruiters-sdk-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > STALE_LOCK_MS)
        rmSync(lock, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    // Another process may have built while this one waited.
    const reason = staleBuild(root);
    if (reason === undefined) return;
    try {
      await run('npm', ['run', 'build'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const { stdout = '', stderr = '' } = /** @type {{ stdout?: string; stderr?: string }} */ (error);
      throw new Error(`npm run build failed (${reason}):\n${stdout}\n${stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Whether the build tool is installed (it is a devDependency). */
function canBuild(root = defaultRoot) {
  try {
    createRequire(join(root, 'package.json')).resolve('tsup');
    return true;
  } catch {
    return false;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const reason = staleBuild();
  if (reason === undefined) {
    console.log('dist/ is up to date');
  } else if (!canBuild()) {
    console.warn(
      `Not building (${reason}): the devDependencies are not installed. Run npm ci, then npm run build.`,
    );
  } else {
    console.log(`Building: ${reason}`);
    await ensureBuilt();
  }
}

/**
 * Keeps the repository's `prepare` out of the published manifest.
 *
 * `prepare` builds `dist/` when the package is installed from git (npm runs only `prepare` in the
 * clone), and in this repository on `npm ci`. In a tarball it has no use (the tarball has `dist/`)
 * and npm lists it among the package's install-time scripts, so it is removed from `package.json`
 * for the time of `npm pack` / `npm publish`, as pinst does for husky's `postinstall`:
 *
 *   "prepack": "node scripts/ensure-build.mjs && node scripts/pack-manifest.mjs strip",
 *   "postpack": "node scripts/pack-manifest.mjs restore"
 *
 * `strip` keeps the original beside it (`package.json.pack-backup`) and refuses a manifest with an
 * install-time script (`preinstall`, `install`, `postinstall`); `restore` puts the original back.
 * Both keep the file's modification time, so the build is not seen as stale because of them. A
 * pack that failed between the two leaves the backup: the next `strip` or `restore` restores it.
 *
 * Plain JavaScript: it runs before anything is known to be installed.
 */
import { existsSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const defaultRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Scripts npm runs when the package is installed: never in the published manifest. */
export const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];

/** @param {string} root */
const paths = (root) => ({
  manifest: join(root, 'package.json'),
  backup: join(root, 'package.json.pack-backup'),
});

/**
 * Puts the original `package.json` back, keeping its modification time. `false` when there was
 * nothing to restore.
 * @param {string} [root]
 */
export function restore(root = defaultRoot) {
  const { manifest, backup } = paths(root);
  if (!existsSync(backup)) return false;
  const { atimeMs, mtimeMs } = statSync(backup);
  renameSync(backup, manifest);
  utimesSync(manifest, atimeMs / 1000, mtimeMs / 1000);
  return true;
}

/**
 * Writes `package.json` without `prepare`, the original kept aside for `restore`. Throws when the
 * manifest has another install-time script.
 * @param {string} [root]
 */
export function strip(root = defaultRoot) {
  restore(root);
  const { manifest, backup } = paths(root);
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  const scripts = pkg.scripts ?? {};
  const install = INSTALL_SCRIPTS.filter((name) => name !== 'prepare' && name in scripts);
  if (install.length > 0) {
    throw new Error(`package.json has install-time scripts users would run: ${install.join(', ')}`);
  }
  if (!('prepare' in scripts)) return;
  // Seconds with their fraction: a Date would drop what is below the millisecond.
  const { atimeMs, mtimeMs } = statSync(manifest);
  const atime = atimeMs / 1000;
  const mtime = mtimeMs / 1000;
  writeFileSync(backup, text);
  utimesSync(backup, atime, mtime);
  delete scripts.prepare;
  const indent = /^\{\r?\n([ \t]+)/.exec(text)?.[1] ?? '  ';
  writeFileSync(manifest, `${JSON.stringify(pkg, null, indent)}\n`);
  utimesSync(manifest, atime, mtime);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const command = process.argv[2];
  if (command === 'strip') strip();
  else if (command === 'restore') restore();
  else {
    console.error('usage: node scripts/pack-manifest.mjs strip|restore');
    process.exitCode = 2;
  }
}

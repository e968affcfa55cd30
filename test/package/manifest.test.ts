/**
 * The published manifest: no script npm would run when a user installs the package (the
 * repository's `prepare`, which builds a git install, is stripped for the time of `npm pack`),
 * caret ranges for the runtime dependencies, and the repository's own `package.json` unchanged by
 * a pack.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-build.mjs';
import { INSTALL_SCRIPTS, restore, strip } from '../../scripts/pack-manifest.mjs';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'sr-sdk-manifest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Manifest = { scripts?: Record<string, string>; dependencies?: Record<string, string> };

describe('the packed manifest', () => {
  it('has no install-time script, and the repository keeps its prepare for git installs', async () => {
    await ensureBuilt(root);
    const manifest = join(root, 'package.json');
    const before = readFileSync(manifest, 'utf8');
    const mtime = statSync(manifest).mtimeMs;
    expect((JSON.parse(before) as Manifest).scripts?.prepare).toBeDefined();
    // As `npm publish` packs: with the prepack and postpack scripts.
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The scripts' own output comes first on stdout.
    const [pack] = JSON.parse(out.slice(out.indexOf('[\n'))) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    const packed = JSON.parse(
      execFileSync('tar', ['-xzOf', join(scratch, pack!.filename), 'package/package.json'], {
        encoding: 'utf8',
      }),
    ) as Manifest;
    for (const name of INSTALL_SCRIPTS) expect(packed.scripts ?? {}).not.toHaveProperty(name);
    expect(packed.scripts?.build).toBe('tsup');
    expect(pack!.files.map((f) => f.path)).not.toContain('package.json.pack-backup');
    // The repository's manifest is back as it was, its time too (the build is not seen as stale).
    expect(readFileSync(manifest, 'utf8')).toBe(before);
    expect(Math.abs(statSync(manifest).mtimeMs - mtime)).toBeLessThan(1);
  });

  it('takes caret ranges of the runtime dependencies, so apps share their copies', () => {
    const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
    expect(Object.keys(dependencies).length).toBeGreaterThan(0);
    for (const [name, range] of Object.entries(dependencies))
      expect(range, name).toMatch(/^\^\d+\.\d+\.\d+$/);
  });
});

describe('scripts/pack-manifest.mjs', () => {
  const dir = mkdtempSync(join(scratch, 'root-'));
  const file = join(dir, 'package.json');

  it('strips prepare, keeps the rest and the file time, and restores the original', () => {
    const original = `${JSON.stringify({ name: 'x', scripts: { prepare: 'build', test: 'vitest' } }, null, 2)}\n`;
    writeFileSync(file, original);
    const mtime = statSync(file).mtimeMs;
    strip(dir);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ name: 'x', scripts: { test: 'vitest' } });
    expect(Math.abs(statSync(file).mtimeMs - mtime)).toBeLessThan(1);
    // A pack that died before postpack: the next strip starts from the original, not the stripped copy.
    strip(dir);
    expect(restore(dir)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(Math.abs(statSync(file).mtimeMs - mtime)).toBeLessThan(1);
    expect(restore(dir)).toBe(false);
  });

  it('refuses a manifest with a script npm runs at install time', () => {
    for (const script of ['preinstall', 'install', 'postinstall']) {
      writeFileSync(file, JSON.stringify({ name: 'x', scripts: { [script]: 'node setup.js' } }));
      expect(() => strip(dir)).toThrow(new RegExp(`install-time scripts.*${script}`));
      expect(restore(dir)).toBe(false);
    }
  });
});

/**
 * Packaging figures, each with a baseline from the same run: the tarball, and what bundlers
 * targeting Node keep of the package (they must tree-shake like bundlers targeting the browser or
 * edge). Not run by the test suite. Cold start and the list-call bundle are in `npm run bench`.
 *
 *   npm run bench:packaging
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import { build as viteBuild } from 'vite';
import { esbuildApp } from '../scripts/bundle-size.js';

const root = process.cwd();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function tarball() {
  console.log('\n## Tarball (npm pack --dry-run)');
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
  ) as Array<{ size: number; unpackedSize: number; files: Array<{ path: string; size: number }> }>;
  const maps = pack!.files.filter((f) => f.path.endsWith('.map')).reduce((sum, f) => sum + f.size, 0);
  console.log(`packed ${kb(pack!.size)}, unpacked ${kb(pack!.unpackedSize)}, ${pack!.files.length} files`);
  console.log(`of which source maps: ${kb(maps)}`);
}

const cases: Array<[string, string]> = [
  [
    'verifyWebhookSignature only',
    `import { verifyWebhookSignature } from 'smartrecruiters-sdk'; console.log(verifyWebhookSignature);`,
  ],
  [
    'raw client get()',
    `import { SmartRecruitersClient } from 'smartrecruiters-sdk';
     console.log(await new SmartRecruitersClient({ apiKey: 'k' }).get('/jobs'));`,
  ],
  [
    'unified list, facade',
    `import { SmartRecruiters } from 'smartrecruiters-sdk';
     for await (const c of new SmartRecruiters({ apiKey: 'k' }).candidates.list()) console.log(c.name);`,
  ],
];

interface Bundle {
  code: string;
  /** Files of this package that went in, relative to it. */
  files: string[];
}

type Bundler = (dir: string, entry: string) => Promise<Bundle>;

const ownFiles = (ids: Iterable<string>) =>
  [...ids]
    .map((id) => relative(root, id.replace(/^\0/, '').split('?')[0]!))
    .filter((path) => path.startsWith('dist'));

const esbuildFor =
  (platform: 'node' | 'browser'): Bundler =>
  async (dir, entry) => {
    const { code, inputs } = await esbuildApp(dir, readFileSync(join(dir, entry), 'utf8'), platform);
    return {
      code: Buffer.from(code).toString('utf8'),
      files: ownFiles(inputs.map(([path]) => join(dir, path))),
    };
  };

// Each bundler as a Node-targeted build (a Lambda, a Next.js server bundle) uses it by default;
// the browser build is the baseline every Node-targeted one should match.
const bundlers: Array<[string, Bundler]> = [
  ['baseline: esbuild, platform browser', esbuildFor('browser')],
  ['esbuild, platform node', esbuildFor('node')],
  [
    'rolldown, platform node',
    async (dir, entry) => {
      const bundle = await rolldown({
        input: join(dir, entry),
        platform: 'node',
        logLevel: 'silent',
        cwd: dir,
      });
      const { output } = await bundle.generate({ format: 'esm', minify: true });
      const chunk = output[0];
      return { code: chunk.code, files: ownFiles(Object.keys(chunk.modules)) };
    },
  ],
  [
    'vite, ssr build',
    async (dir, entry) => {
      const result = await viteBuild({
        root: dir,
        logLevel: 'silent',
        configFile: false,
        ssr: { noExternal: true },
        build: {
          ssr: join(dir, entry),
          write: false,
          minify: true,
          rollupOptions: { output: { format: 'esm' } },
        },
      });
      const output = (Array.isArray(result) ? result[0] : result) as {
        output: Array<{ code?: string; modules?: object }>;
      };
      const chunk = output.output[0]!;
      return { code: chunk.code ?? '', files: ownFiles(Object.keys(chunk.modules ?? {})) };
    },
  ],
];

async function nodeBundles() {
  console.log('\n## What a Node-targeted bundle keeps (minified; gzip -9 in brackets)');
  // A scratch app next to the package: it imports the package by name through node_modules.
  const dir = mkdtempSync(join(tmpdir(), 'sr-sdk-bundle-'));
  try {
    execFileSync('npm', ['init', '-y'], { cwd: dir, stdio: 'ignore' });
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'smartrecruiters-sdk'));
    for (const [bundlerName, bundle] of bundlers) {
      console.log(`\n${bundlerName}`);
      for (const [name, code] of cases) {
        const entry = `entry-${cases.findIndex(([n]) => n === name)}.mjs`;
        writeFileSync(join(dir, entry), code);
        try {
          const out = await bundle(dir, entry);
          const from = [...new Set(out.files.map((f) => f.split('/').slice(0, 2).join('/')))].join(', ');
          const size = Buffer.byteLength(out.code);
          console.log(
            `  ${name.padEnd(30)} ${kb(size).padStart(9)} (${kb(gzipSync(out.code, { level: 9 }).length).padStart(8)})  from ${from}`,
          );
        } catch (error) {
          console.log(`  ${name.padEnd(30)} failed: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

tarball();
await nodeBundles();

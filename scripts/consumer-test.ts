/**
 * The package as a user installs it: `npm pack`, install the tarball into a scratch app (from the
 * npm cache where it can: CI's `npm ci` just filled it), then compile and run one program per way
 * TypeScript and Node resolve packages: node16 ESM, node16 CommonJS, bundler (type-checked, then
 * bundled by esbuild for Node) and node10 (CommonJS), with and without `lib: DOM`. Each program
 * uses the main entry, `/node`, `/connect`, `/schemas`, `/testing` and `/testing/msw`, and checks
 * what it gets back.
 *
 *   npx tsx scripts/consumer-test.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './ensure-build.mjs';
import { INSTALL_SCRIPTS } from './pack-manifest.mjs';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function sh(command: string, args: string[], cwd: string): string {
  const started = performance.now();
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SMARTRECRUITERS_API_KEY: '', NODE_NO_WARNINGS: '1' },
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
  } finally {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`      ${seconds.padStart(5)} s  ${command.split('/').pop()} ${args.slice(0, 2).join(' ')}`);
  }
}

// The program, in the syntax every variant compiles (ESM syntax; tsc emits require() for CJS).
const program = `
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import {
  type Job,
  NotFoundError,
  SmartRecruiters,
  SmartRecruitersError,
  signWebhookPayload,
  type WebhookEvent,
} from 'smartrecruiters-sdk';
import { Connections, ConnectionLostError } from 'smartrecruiters-sdk/connect';
import { createNodeWebhookHandler, toNodeReadable, writeDownloadToFile } from 'smartrecruiters-sdk/node';
import { JobSchema, parseInput } from 'smartrecruiters-sdk/schemas';
import { createFakeSmartRecruiters, minimalPdf } from 'smartrecruiters-sdk/testing';
/*MSW_IMPORT*/

async function main(): Promise<Record<string, unknown>> {
  const fake = await createFakeSmartRecruiters({ seed: 3 });
  try {
    const sr = new SmartRecruiters({ apiKey: fake.apiKey, baseUrl: fake.url });
    const jobs: Job[] = (await sr.jobs.list({ limit: 2 })).result;
    // The zod schemas validate at run time what the plain interfaces describe.
    const validated = parseInput(JobSchema, jobs[0], 'job');
    const error = await sr.client
      .get('/jobs/{jobId}', { params: { jobId: 'no-such-job' } })
      .catch((e: unknown) => e);

    // A download, streamed to a file and to a Node Readable, without casts.
    const candidate = (await sr.candidates.list({ limit: 1 })).result[0]!;
    const pdf = minimalPdf(['consumer test']);
    const uploaded = await sr.attachments.upload({
      candidate_id: candidate.id,
      file: pdf,
      file_name: 'report.pdf',
      attachment_type: 'other',
    });
    const written = await writeDownloadToFile(await sr.attachments.download(uploaded), {
      directory: tmpdir(),
      fileName: \`consumer-\${process.pid}.pdf\`,
    });
    const readable: Readable = toNodeReadable(await sr.attachments.download(uploaded));
    let streamed = 0;
    for await (const chunk of readable) streamed += (chunk as Uint8Array).length;

    // The Node webhook handler behind node:http.
    let received: WebhookEvent | undefined;
    const server = createServer(
      createNodeWebhookHandler({ secret: 'secret', onEvent: (event) => void (received = event) }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const body = '{"candidate_id":"c1"}';
    const headers = await signWebhookPayload({ secret: 'secret', body, eventId: 'e1', eventName: 'candidate.created', eventVersion: 'v1' });
    const answer = await fetch(\`http://127.0.0.1:\${(server.address() as AddressInfo).port}/\`, { method: 'POST', headers, body });
    server.close();

    // The fast test mode: the SDK from the fake is the main entry's SmartRecruiters (one type).
    const fast: SmartRecruiters = fake.client({ rateLimit: false });
    const fastJobs = (await fast.jobs.list({ status: 'open', updated_after: new Date(0), limit: 1 })).result;

    // A tenant connected with a customer-created API key; its errors are the main entry's.
    const connections = new Connections({ clientOptions: { baseUrl: fake.url, logLevel: 'off' } });
    const { check } = await connections.connectWithCredentials('acme', { apiKey: fake.apiKey });
    const tenantJobs = (await (await connections.get('acme')).jobs.list({ limit: 1 })).result;
    const lost = new ConnectionLostError('acme', 'grant_revoked', new Date().toISOString());

    /*MSW_CHECK*/
    return {
      jobs: jobs.length,
      validated: validated.id === jobs[0]!.id,
      fastJobs: fastJobs.length,
      notFound: error instanceof NotFoundError && error instanceof SmartRecruitersError,
      written: readFileSync(written.path).length === pdf.length,
      streamed: streamed === pdf.length,
      webhook: answer.status === 202 && received?.name === 'candidate.created',
      tenant: check.method === 'api_key' && tenantJobs.length === 1 && lost instanceof SmartRecruitersError,
    };
  } finally {
    await fake.close();
  }
}

main().then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
`;

const expected = {
  jobs: 2,
  validated: true,
  fastJobs: 1,
  notFound: true,
  written: true,
  streamed: true,
  webhook: true,
  tenant: true,
};

// msw's own types need `lib: DOM` (its documentation says so): the `/testing/msw` entry is used
// where the variant has it.
const withMsw = (code: string) =>
  code
    .replace(
      '/*MSW_IMPORT*/',
      "import { createSmartRecruitersHandlers } from 'smartrecruiters-sdk/testing/msw';",
    )
    .replace(
      '/*MSW_CHECK*/',
      "if (typeof createSmartRecruitersHandlers !== 'function') throw new Error('no msw handlers');",
    );

interface Variant {
  name: string;
  type: 'module' | 'commonjs';
  /**
   * Type-check the package's declaration files too (users with `skipLibCheck: false`): once with
   * `lib: DOM` and once without, which is where a declaration could need a type the other lacks.
   */
  checkLibs: boolean;
  compilerOptions: Record<string, unknown>;
  /** Bundle with esbuild before running (what a bundler-resolution app does). */
  bundle?: boolean;
}

const variants: Variant[] = [
  {
    name: 'node16, ESM, lib DOM',
    type: 'module',
    checkLibs: true,
    compilerOptions: { module: 'node16', moduleResolution: 'node16', lib: ['ES2022', 'DOM', 'DOM.Iterable'] },
  },
  {
    name: 'node16, CommonJS',
    type: 'commonjs',
    checkLibs: true,
    compilerOptions: { module: 'node16', moduleResolution: 'node16', lib: ['ES2022'] },
  },
  {
    name: 'bundler, ESM, lib DOM (esbuild for Node)',
    type: 'module',
    checkLibs: false,
    compilerOptions: {
      module: 'preserve',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      noEmit: true,
    },
    bundle: true,
  },
  {
    name: 'node10, CommonJS',
    type: 'commonjs',
    checkLibs: false,
    compilerOptions: { module: 'commonjs', moduleResolution: 'node10', lib: ['ES2022'] },
  },
];

const testStarted = performance.now();
console.log('Consumer test: the npm pack tarball installed into a scratch app');
const scratch = mkdtempSync(join(tmpdir(), 'sr-sdk-consumer-'));
let failures = 0;
try {
  // The tarball of the current build, packed as `npm publish` packs it: `prepack` builds only
  // when the build is stale (CI has just built it) and strips `prepare`, `postpack` restores it.
  await ensureBuilt(root);
  const packed = sh('npm', ['pack', '--json', '--pack-destination', scratch], root);
  // The scripts' own output comes first on stdout.
  const [pack] = JSON.parse(packed.slice(packed.indexOf('[\n'))) as Array<{
    filename: string;
    size: number;
    unpackedSize: number;
  }>;
  const tarball = join(scratch, pack!.filename);
  console.log(
    `packed ${pack!.filename}: ${(pack!.size / 1024).toFixed(1)} KB, ${(pack!.unpackedSize / 1024).toFixed(1)} KB unpacked`,
  );
  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  const devDependencies = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    }
  ).devDependencies;
  const msw = devDependencies.msw!;
  const mcpSdk = devDependencies['@modelcontextprotocol/sdk']!;
  const otelApi = devDependencies['@opentelemetry/api']!;
  sh(
    'npm',
    [
      'install',
      tarball,
      `msw@${msw}`,
      `@modelcontextprotocol/sdk@${mcpSdk}`,
      `@opentelemetry/api@${otelApi}`,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
    ],
    app,
  );
  // No script npm would run on the user's machine: the repository's `prepare` stays out.
  {
    const installed = JSON.parse(
      readFileSync(join(app, 'node_modules', 'smartrecruiters-sdk', 'package.json'), 'utf8'),
    ) as { scripts?: Record<string, string> };
    const scripts = Object.keys(installed.scripts ?? {}).filter((name) => INSTALL_SCRIPTS.includes(name));
    if (scripts.length > 0) {
      failures++;
      console.error(`FAIL  the packed manifest has install-time scripts: ${scripts.join(', ')}`);
    } else {
      console.log(
        'ok    the packed manifest has no install-time script (preinstall, install, postinstall, prepare)',
      );
    }
  }
  // The command line as npx runs it from the installed package (its `bin`), and the agent tools,
  // MCP server and OpenTelemetry entries.
  try {
    const listed = JSON.parse(
      sh(
        join(app, 'node_modules', '.bin', 'smartrecruiters-sdk'),
        ['--fake', 'list', 'jobs', '--limit', '2', '--json'],
        app,
      ),
    ) as { result: unknown[]; total: number };
    if (listed.result.length !== 2 || listed.total !== 12)
      throw new Error(`unexpected: ${JSON.stringify(listed)}`);
    const check = `const testing = await import('smartrecruiters-sdk/testing');
      const { createTools } = await import('smartrecruiters-sdk/tools');
      const { createMcpServer } = await import('smartrecruiters-sdk/mcp');
      const { openTelemetry } = await import('smartrecruiters-sdk/otel');
      const fake = await testing.createFakeSmartRecruiters({ rateLimits: false });
      const result = await createTools(fake.client()).call('roles_list', {});
      const traced = await fake.client({ telemetry: openTelemetry({ propagateContext: true }) }).client.get('/jobs');
      console.log(JSON.stringify([result.ok, typeof createMcpServer(fake.client()).connect, traced.content.length > 0]));
      await fake.close();`;
    const out = sh(process.execPath, ['--input-type=module', '-e', check], app).trim();
    if (out !== '[true,"function",true]') throw new Error(`unexpected: ${out}`);
    console.log('ok    the bin (npx smartrecruiters-sdk), /tools, /mcp and /otel');
  } catch (error) {
    failures++;
    console.log(`FAIL  the bin, /tools, /mcp and /otel\n${(error as Error).message}`);
  }
  for (const variant of variants) {
    const dir = join(app, variant.name.replace(/\W+/g, '-'));
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: variant.type }));
    const dom = (variant.compilerOptions.lib as string[]).includes('DOM');
    writeFileSync(join(dir, 'main.ts'), dom ? withMsw(program) : program);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          strict: true,
          skipLibCheck: !variant.checkLibs,
          esModuleInterop: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules', '@types')],
          outDir: 'out',
          ...variant.compilerOptions,
        },
        files: ['main.ts'],
      }),
    );
    try {
      sh(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], dir);
      let entry = join(dir, 'out', 'main.js');
      if (variant.bundle) {
        entry = join(dir, 'out', 'bundle.mjs');
        sh(
          bin('esbuild'),
          [
            'main.ts',
            '--bundle',
            '--platform=node',
            '--format=esm',
            '--external:msw',
            `--outfile=${entry}`,
            '--log-level=warning',
          ],
          dir,
        );
      }
      const result = JSON.parse(sh(process.execPath, [entry], dir)) as unknown;
      if (JSON.stringify(result) !== JSON.stringify(expected)) {
        throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(result)}`);
      }
      console.log(`ok    ${variant.name}`);
    } catch (error) {
      failures++;
      console.log(`FAIL  ${variant.name}\n${(error as Error).message}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(
  `consumer test: ${variants.length + 1 - failures} of ${variants.length + 1} passed in ${((performance.now() - testStarted) / 1000).toFixed(1)} s`,
);
process.exit(failures === 0 ? 0 : 1);

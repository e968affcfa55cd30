/**
 * Peak memory (resident set) of a fresh process that reads one hostile JSON answer: 32 MiB of
 * `[{},{},…]`, the size that fitted under the old 32 MiB cap. Baseline: the same body read with
 * bare `fetch` and `JSON.parse`, as an uncapped reader (and the SDK before its structural bounds)
 * does. Then the SDK at its defaults (8 MiB cap: refused on `Content-Length`, or at the cap when
 * streamed without one), and with `maxResponseBytes` raised to 64 MiB, where only the structural
 * bound (250 000 objects and arrays) stops it. Each figure is the median of a few fresh processes
 * (the built package, `dist/`).
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { root } from '../lib/sdk.js';
import type { Row } from '../lib/table.js';

const MiB = 1024 * 1024;
const ROUNDS = 3;
const BODY = Buffer.from(`[${'{},'.repeat(Math.floor((32 * MiB - 4) / 3))}{}]`);

/** A loopback server answering the body with (`/declared`) or without (`/chunked`) its length. */
async function server() {
  const http = createServer((req, res) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (req.url === '/declared') headers['content-length'] = String(BODY.length);
    res.writeHead(200, headers);
    res.end(BODY);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

const report = `const { maxRSS } = process.resourceUsage(); console.log(JSON.stringify({ maxRSS, outcome }));`;

const scripts: Record<string, string> = {
  idle: `let outcome = 'nothing read'; ${report}`,
  bare: `const r = await fetch(process.env.BASE + '/chunked');
const parsed = JSON.parse(await r.text());
const outcome = 'parsed ' + parsed.length + ' objects'; ${report}`,
  sdkDeclared: `import { SmartRecruitersClient } from 'smartrecruiters-sdk';
const client = new SmartRecruitersClient({ apiKey: 'k', baseUrl: process.env.BASE, rateLimit: false, logLevel: 'off' });
const outcome = await client.get('/declared').then(() => 'parsed', (e) => e.name + ' (' + e.limit + ')'); ${report}`,
  sdkChunked: `import { SmartRecruitersClient } from 'smartrecruiters-sdk';
const client = new SmartRecruitersClient({ apiKey: 'k', baseUrl: process.env.BASE, rateLimit: false, logLevel: 'off' });
const outcome = await client.get('/chunked').then(() => 'parsed', (e) => e.name + ' (' + e.limit + ')'); ${report}`,
  sdkRaisedCap: `import { SmartRecruitersClient } from 'smartrecruiters-sdk';
const client = new SmartRecruitersClient({ apiKey: 'k', baseUrl: process.env.BASE, rateLimit: false, logLevel: 'off', maxResponseBytes: 64 * 1024 * 1024 });
const outcome = await client.get('/chunked').then(() => 'parsed', (e) => e.name + ' (' + e.limit + ')'); ${report}`,
};

// Asynchronous: the server answering the child runs in this process.
const run = promisify(execFile);

async function peak(code: string, base: string): Promise<{ mb: number; outcome: string }> {
  const { stdout: out } = await run(process.execPath, ['--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, BASE: base },
  });
  const { maxRSS, outcome } = JSON.parse(out.trim().split('\n').pop() as string) as {
    maxRSS: number;
    outcome: string;
  };
  return { mb: maxRSS / 1024, outcome };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export async function jsonMemoryFigures(): Promise<Row[]> {
  console.log('\n## Peak RSS reading 32 MiB of [{},{},…] (fresh process each, MB, median of 3)');
  const http = await server();
  const results: Record<string, { mb: number; outcome: string }> = {};
  try {
    for (const [name, code] of Object.entries(scripts)) {
      const runs = [];
      for (let i = 0; i < ROUNDS; i++) runs.push(await peak(code, http.url));
      results[name] = { mb: median(runs.map((r) => r.mb)), outcome: runs[0]?.outcome ?? '' };
      console.log(`${name}: ${results[name].mb.toFixed(0)} MB (${results[name].outcome})`);
    }
  } finally {
    await http.close();
  }
  const bare = results.bare as { mb: number };
  const row = (figure: string, name: string): Row => {
    const { mb, outcome } = results[name] as { mb: number; outcome: string };
    return {
      figure,
      baseline: `bare fetch + JSON.parse ${bare.mb.toFixed(0)} MB (idle process ${results.idle?.mb.toFixed(0)} MB)`,
      measured: `${mb.toFixed(0)} MB = ${(mb / bare.mb).toFixed(2)}x; ${outcome}`,
      target: '<= 0.25x',
      met: mb / bare.mb <= 0.25,
    };
  };
  return [
    row('Peak RSS, 32 MiB [{},…], defaults, Content-Length', 'sdkDeclared'),
    row('Peak RSS, 32 MiB [{},…], defaults, chunked', 'sdkChunked'),
    row('Peak RSS, 32 MiB [{},…], maxResponseBytes 64 MiB', 'sdkRaisedCap'),
  ];
}

/**
 * The command line as users run it: the built `smartrecruiters-sdk` in a subprocess, against the
 * fake (embedded with `--fake`, or the standalone `fake` command). Exit codes, output formats,
 * the standalone fake answering curl and Python, and an export killed with SIGKILL and resumed
 * from its state file with every record exactly once.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/cli/export.js';
import { createFakeSmartRecruiters } from '../../src/testing/index.js';
import { built, cleanEnv, runCli, startCli, startFakeCli, stop } from './helpers.js';

const exec = promisify(execFile);
let dir: string;

beforeAll(async () => {
  await built();
  dir = mkdtempSync(join(tmpdir(), 'sr-cli-'));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whether something listens on `port` of 127.0.0.1. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Parses CSV with Python's csv module (RFC 4180 as spreadsheets read it). */
async function parseCsv(path: string): Promise<Array<Record<string, string>>> {
  const script =
    'import csv, json, sys\nprint(json.dumps(list(csv.DictReader(open(sys.argv[1], newline="")))))';
  const { stdout } = await exec('python3', ['-c', script, path]);
  return JSON.parse(stdout) as Array<Record<string, string>>;
}

describe('fake', () => {
  it('serves curl and a Python script (standard library only), and stops on SIGTERM with exit 0', async () => {
    const { fake, info } = await startFakeCli(['--seed', '3', '--no-limits']);
    try {
      expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(info.apiKey).toMatch(/^\S{16,}$/);
      const { stdout: jobs } = await exec('curl', [
        '-sS',
        '-H',
        `X-SmartToken: ${info.apiKey}`,
        `${info.url}/jobs?limit=2`,
      ]);
      const page = JSON.parse(jobs) as { content: Array<{ id: string; title: string }>; totalFound: number };
      expect(page.content).toHaveLength(2);
      expect(page.totalFound).toBe(12);
      const { stdout: status } = await exec('curl', [
        '-s',
        '-o',
        '/dev/null',
        '-w',
        '%{http_code}',
        `${info.url}/jobs`,
      ]);
      expect(status).toBe('401');

      const python = `
import json, sys, urllib.parse, urllib.request
url, key, client_id, secret = sys.argv[1:5]
req = urllib.request.Request(url + "/candidates?limit=5", headers={"X-SmartToken": key})
candidates = json.load(urllib.request.urlopen(req))
body = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}).encode()
token = json.load(urllib.request.urlopen(urllib.request.Request(url + "/identity/oauth/token", data=body)))
req = urllib.request.Request(url + "/jobs/" + candidates["content"][0]["primaryAssignment"]["job"]["id"], headers={"Authorization": "Bearer " + token["access_token"]})
job = json.load(urllib.request.urlopen(req))
try:
    urllib.request.urlopen(urllib.request.Request(url + "/candidates/nope", headers={"X-SmartToken": key}))
    missing = None
except urllib.error.HTTPError as error:
    missing = error.code
print(json.dumps({"candidates": len(candidates["content"]), "total": candidates["totalFound"], "token": token["token_type"], "job": job["id"], "missing": missing}))
`;
      const { stdout } = await exec('python3', [
        '-c',
        python,
        info.url,
        info.apiKey,
        info.oauth.clientId,
        info.oauth.clientSecret,
      ]);
      const result = JSON.parse(stdout) as Record<string, unknown>;
      expect(result).toMatchObject({ candidates: 5, total: 40, token: 'Bearer', missing: 404 });
      expect(result.job).toMatch(/\S/);
    } finally {
      const port = Number(new URL(info.url).port);
      expect(await stop(fake)).toEqual({ code: 0, signal: null });
      expect(await listening(port)).toBe(false);
    }
  });

  it('prints environment lines by default, injects faults, and stops on SIGINT with exit 0', async () => {
    const fake = startCli([
      'fake',
      '--no-limits',
      '--api-key',
      'key-for-the-test-0123456789',
      '--fault',
      '{"route":"GET /jobs","status":503,"times":1}',
    ]);
    const out = await fake.waitFor((text) => text.includes('SMARTRECRUITERS_CLIENT_SECRET='));
    const env = Object.fromEntries(
      out
        .trim()
        .split('\n')
        .map((line) => line.split(/=(.*)/s).slice(0, 2)),
    );
    expect(Object.keys(env)).toEqual([
      'SMARTRECRUITERS_BASE_URL',
      'SMARTRECRUITERS_API_KEY',
      'SMARTRECRUITERS_CLIENT_ID',
      'SMARTRECRUITERS_CLIENT_SECRET',
    ]);
    expect(env.SMARTRECRUITERS_API_KEY).toBe('key-for-the-test-0123456789');
    const curl = (path: string) =>
      exec('curl', [
        '-s',
        '-o',
        '/dev/null',
        '-w',
        '%{http_code}',
        '-H',
        `X-SmartToken: ${env.SMARTRECRUITERS_API_KEY}`,
        `${env.SMARTRECRUITERS_BASE_URL}${path}`,
      ]);
    expect((await curl('/jobs')).stdout).toBe('503');
    expect((await curl('/jobs')).stdout).toBe('200');
    // The SDK's environment variables are all the command line needs.
    const listed = await runCli(['list', 'jobs', '--json'], { env: cleanEnv(env as Record<string, string>) });
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { total: number }).total).toBe(12);
    fake.child.kill('SIGINT');
    expect(await fake.exited).toEqual({ code: 0, signal: null });
    expect(await listening(Number(new URL(env.SMARTRECRUITERS_BASE_URL as string).port))).toBe(false);
  });

  it('subscribes a webhook target to every event with the handshake, and delivers', async () => {
    const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        const secret = req.headers['x-hook-secret'];
        if (typeof secret === 'string') res.writeHead(200, { 'x-hook-secret': secret }).end();
        else res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`;
    const { fake, info } = await startFakeCli(['--no-limits', '--webhook-target', target]);
    try {
      const webhook = (
        info as unknown as { webhook: { subscriptionId: string; active: boolean; secret: string } }
      ).webhook;
      expect(webhook.active).toBe(true);
      expect(webhook.secret.length).toBeGreaterThan(10);
      expect(received[0]?.headers['x-hook-secret']).toBeTruthy();
      await exec('curl', [
        '-sS',
        '-X',
        'POST',
        '-H',
        `X-SmartToken: ${info.apiKey}`,
        '-H',
        'content-type: application/json',
        '-d',
        '{"firstName":"Hook","lastName":"Target","email":"hook.target@example.com"}',
        `${info.url}/candidates`,
      ]);
      for (let i = 0; i < 100 && received.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
      const delivery = received.find((request) => request.headers['event-name'] === 'candidate.created');
      expect(
        delivery?.headers['smartrecruiters-signature'] ??
          delivery?.headers['x-smartrecruiters-signature'] ??
          delivery?.headers.signature,
      ).toBeDefined();
    } finally {
      await stop(fake);
      receiver.close();
    }
  });

  it('refuses a bad fault or a taken port with exit 2', async () => {
    const bad = await runCli(['fake', '--fault', '{"route":"GET /jobs","status":"x"}']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('status: expected an HTTP status');
    const { fake, info } = await startFakeCli(['--no-limits']);
    try {
      const taken = await runCli(['fake', '--port', new URL(info.url).port]);
      expect(taken.code).toBe(2);
      expect(taken.stderr).toContain('EADDRINUSE');
    } finally {
      await stop(fake);
    }
  });
});

describe('list and get', () => {
  it('print a table, or JSON with --json, and page with --cursor', async () => {
    const table = await runCli(['--fake', 'list', 'jobs', '--limit', '5']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+STATUS\s+POSTING_STATUS/);
    expect(lines).toHaveLength(6);
    const cursor = /--cursor (\S+)/.exec(table.stderr)?.[1];
    expect(table.stderr).toContain('5 jobs of 12');
    const next = await runCli([
      '--fake',
      'list',
      'jobs',
      '--limit',
      '5',
      '--cursor',
      cursor as string,
      '--json',
    ]);
    const page = JSON.parse(next.stdout) as {
      result: Array<{ id: string }>;
      next_cursor: string;
      total: number;
    };
    expect(page.result).toHaveLength(5);
    expect(page.total).toBe(12);
    const firstIds = lines.slice(1).map((line) => line.split(/\s+/)[0]);
    expect(page.result.some((job) => firstIds.includes(job.id))).toBe(false);
  });

  it('filter with options generated from the list parameters; --all reads every page', async () => {
    const all = await runCli([
      '--fake',
      'list',
      'candidates',
      '--status',
      'hired',
      '--status',
      'offered',
      '--limit',
      '2',
      '--all',
      '--json',
    ]);
    expect(all.code).toBe(0);
    const { result } = JSON.parse(all.stdout) as { result: Array<{ id: string }> };
    expect(result.length).toBeGreaterThan(2);
    // The same as the SDK's list with those filters, on the same seeded data.
    const fake = await createFakeSmartRecruiters({ seed: 1, rateLimits: false, latencyMs: 0 });
    try {
      const expected = await fake
        .client()
        .candidates.list({ status: ['hired', 'offered'] })
        .toArray();
      expect(result.map((candidate) => candidate.id)).toEqual(expected.map((candidate) => candidate.id));
      expect(expected.length).toBeLessThan(fake.state.candidates.size);
    } finally {
      await fake.close();
    }
    const help = await runCli(['list', 'candidates', '--help']);
    expect(help.stdout).toContain('--updated-after <value>');
    expect(help.stdout).toContain('--job-id <value>');
  });

  it('read one record, and exit with a code per error class', async () => {
    const jobs = JSON.parse((await runCli(['--fake', 'list', 'jobs', '--json'])).stdout) as {
      result: Array<{ id: string; name: string }>;
    };
    const job = jobs.result[0]!;
    const got = await runCli(['--fake', 'get', 'jobs', job.id, '--json']);
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout)).toMatchObject({ id: job.id, name: job.name });
    const readable = await runCli(['--fake', 'get', 'jobs', job.id]);
    expect(readable.stdout).toMatch(new RegExp(`^name\\s+${job.name}$`, 'm'));

    const notFound = await runCli(['--fake', 'get', 'jobs', 'no-such-job']);
    expect([notFound.code, notFound.stderr]).toEqual([5, expect.stringContaining('404')]);
    const noCredentials = await runCli(['list', 'jobs']);
    expect([noCredentials.code, noCredentials.stderr]).toEqual([
      3,
      expect.stringContaining('SMARTRECRUITERS_API_KEY'),
    ]);
    const badFilter = await runCli(['--fake', 'list', 'candidates', '--status', 'hird']);
    expect([badFilter.code, badFilter.stderr]).toEqual([2, expect.stringContaining('status')]);
    expect((await runCli(['--fake', 'list', 'jobs', '--bogus'])).code).toBe(2);
    expect((await runCli(['--fake', 'get', 'nothing', 'x'])).code).toBe(2);
    expect((await runCli(['--version'])).code).toBe(0);
  });

  it('reports refused credentials (exit 3) and no answer (exit 7) without the key', async () => {
    const { fake, info } = await startFakeCli(['--no-limits']);
    try {
      const key = 'not-the-right-key-0123456789';
      const refused = await runCli(['list', 'jobs'], {
        env: cleanEnv({ SMARTRECRUITERS_BASE_URL: info.url, SMARTRECRUITERS_API_KEY: key }),
      });
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain('401');
      expect(refused.stderr + refused.stdout).not.toContain(key);
      // OAuth client credentials from the environment work as well.
      const oauth = await runCli(['list', 'users', '--json'], {
        env: cleanEnv({
          SMARTRECRUITERS_BASE_URL: info.url,
          SMARTRECRUITERS_CLIENT_ID: info.oauth.clientId,
          SMARTRECRUITERS_CLIENT_SECRET: info.oauth.clientSecret,
        }),
      });
      expect(oauth.code).toBe(0);
      expect(oauth.stdout + oauth.stderr).not.toContain(info.oauth.clientSecret);
    } finally {
      await stop(fake);
    }
    const port = Number(new URL(info.url).port);
    const down = await runCli(['get', 'jobs', 'x'], {
      env: cleanEnv({
        SMARTRECRUITERS_BASE_URL: `http://127.0.0.1:${port}`,
        SMARTRECRUITERS_API_KEY: 'k'.repeat(20),
      }),
      timeoutMs: 60_000,
    });
    expect(down.code).toBe(7);
  }, 60_000);
});

describe('export', () => {
  it('writes NDJSON to stdout, JSON and CSV to files', async () => {
    const ndjson = await runCli(['--fake', 'export', 'jobs', '--no-progress']);
    expect(ndjson.code).toBe(0);
    const lines = ndjson.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string });
    expect(lines).toHaveLength(12);
    expect(new Set(lines.map((job) => job.id)).size).toBe(12);

    const jsonFile = join(dir, 'jobs.json');
    const json = await runCli(['--fake', 'export', 'jobs', '--format', 'json', '-o', jsonFile]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe('');
    expect(json.stderr).toContain('jobs: done: 12 records');
    const array = JSON.parse(readFileSync(jsonFile, 'utf8')) as Array<{ id: string }>;
    expect(array.map((job) => job.id)).toEqual(lines.map((job) => job.id));

    const csvFile = join(dir, 'users.csv');
    expect(
      (await runCli(['--fake', 'export', 'users', '--format', 'csv', '-o', csvFile, '--no-progress'])).code,
    ).toBe(0);
    const rows = await parseCsv(csvFile);
    expect(rows).toHaveLength(12);
    expect(Object.keys(rows[0]!)).toEqual(csvColumns('user', false));
    expect(readFileSync(csvFile, 'utf8').split('\r\n')[0]).toBe(csvColumns('user', false).join(','));
    // Nested values are JSON.
    expect(Array.isArray(JSON.parse(rows[0]!.roles as string))).toBe(true);
  });

  it('escapes cells a spreadsheet would run as a formula', async () => {
    const { fake, info } = await startFakeCli(['--no-limits', '--candidates', '3']);
    try {
      const people: Array<[string, string]> = [
        ['=HYPERLINK("http://evil")', 'Plus'],
        ['@SUM(A1)', '-1+2'],
      ];
      for (const [firstName, lastName] of people) {
        const response = await fetch(`${info.url}/candidates`, {
          method: 'POST',
          headers: { 'x-smarttoken': info.apiKey, 'content-type': 'application/json' },
          body: JSON.stringify({ firstName, lastName, email: `${lastName.length}x@example.com` }),
        });
        expect(response.status).toBe(201);
      }
      const file = join(dir, 'injection.csv');
      const run = await runCli(['export', 'candidates', '--format', 'csv', '-o', file, '--no-progress'], {
        env: cleanEnv({ SMARTRECRUITERS_BASE_URL: info.url, SMARTRECRUITERS_API_KEY: info.apiKey }),
      });
      expect(run.code).toBe(0);
      const rows = await parseCsv(file);
      expect(rows.map((row) => row.first_name)).toEqual(
        expect.arrayContaining(['\'=HYPERLINK("http://evil")', "'@SUM(A1)"]),
      );
      expect(rows.map((row) => row.last_name)).toContain("'-1+2");
      for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
    } finally {
      await stop(fake);
    }
  });

  it('resumes an export killed with SIGKILL from its state file: every record exactly once', async () => {
    const { fake, info } = await startFakeCli(['--no-limits', '--candidates', '150', '--latency', '15']);
    const env = cleanEnv({ SMARTRECRUITERS_BASE_URL: info.url, SMARTRECRUITERS_API_KEY: info.apiKey });
    try {
      const reference = join(dir, 'reference.ndjson');
      const args = [
        'export',
        'candidates',
        '--hydrate',
        '--page-size',
        '10',
        '--requests-per-second',
        '1000',
        '--no-progress',
      ];
      expect((await runCli([...args, '-o', reference], { env, timeoutMs: 60_000 })).code).toBe(0);
      const expected = readFileSync(reference, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: string }).id);
      expect(expected).toHaveLength(150);

      const output = join(dir, 'killed.ndjson');
      const stateFile = join(dir, 'killed.state.json');
      const resumable = [...args, '-o', output, '--state-file', stateFile];
      const first = startCli(resumable, { env });
      let saved = 0;
      for (let i = 0; i < 1000 && saved < 40; i++) {
        await new Promise((r) => setTimeout(r, 10));
        try {
          saved = (JSON.parse(readFileSync(stateFile, 'utf8')) as { records: number }).records;
        } catch {
          // Not written yet (a rename replaces it whole: never half-written).
        }
      }
      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      const atKill = JSON.parse(readFileSync(stateFile, 'utf8')) as { records: number; complete: boolean };
      expect(atKill.records).toBeGreaterThanOrEqual(40);
      expect(atKill.records).toBeLessThan(150);
      expect(atKill.complete).toBe(false);

      const second = await runCli(resumable, { env, timeoutMs: 60_000 });
      expect(second.code).toBe(0);
      const ids = readFileSync(output, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: string }).id);
      expect(ids).toEqual(expected);

      // Run again: an incremental run from the watermark; a new candidate is appended once.
      const response = await fetch(`${info.url}/candidates`, {
        method: 'POST',
        headers: { 'x-smarttoken': info.apiKey, 'content-type': 'application/json' },
        body: JSON.stringify({ firstName: 'Late', lastName: 'Comer', email: 'late.comer@example.com' }),
      });
      const created = (await response.json()) as { id: string };
      const third = await runCli(resumable, { env, timeoutMs: 60_000 });
      expect(third.code).toBe(0);
      const after = readFileSync(output, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: string }).id);
      expect(after.slice(0, 150)).toEqual(expected);
      expect(after.filter((id) => id === created.id)).toHaveLength(1);
      expect(new Set(after).size).toBe(after.length);

      // An output changed behind the state's back is refused, not patched.
      truncateSync(output, 100);
      const refused = await runCli(resumable, { env });
      expect([refused.code, refused.stderr]).toEqual([10, expect.stringContaining('shorter')]);
    } finally {
      await stop(fake);
    }
  }, 120_000);

  it('resumes JSON and CSV too, and refuses a state file of another export', async () => {
    for (const format of ['json', 'csv']) {
      const output = join(dir, `partial.${format}`);
      const stateFile = join(dir, `partial.${format}.state`);
      // A run cut short: the state says one record less than the output holds.
      const args = [
        '--fake',
        'export',
        'jobs',
        '--format',
        format,
        '-o',
        output,
        '--state-file',
        stateFile,
        '--no-progress',
      ];
      expect((await runCli(args)).code).toBe(0);
      const whole = readFileSync(output, 'utf8');
      const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { offset: number; records: number };
      expect(state.records).toBe(12);
      writeFileSync(stateFile, JSON.stringify({ ...state, complete: false }));
      // Resuming a finished state appends nothing (the fake's jobs are unchanged).
      expect((await runCli(args)).code).toBe(0);
      const again = readFileSync(output, 'utf8');
      if (format === 'json') expect((JSON.parse(again) as unknown[]).length).toBe(12);
      else expect(again).toBe(whole);
    }
    const other = await runCli([
      '--fake',
      'export',
      'users',
      '--format',
      'json',
      '-o',
      join(dir, 'partial.json'),
      '--state-file',
      join(dir, 'partial.json.state'),
    ]);
    expect([other.code, other.stderr]).toEqual([10, expect.stringContaining('belongs to another export')]);
    const noOutput = await runCli(['--fake', 'export', 'jobs', '--state-file', join(dir, 'x.state')]);
    expect(noOutput.code).toBe(2);
    expect(existsSync(join(dir, 'x.state'))).toBe(false);
  });
});

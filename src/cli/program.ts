/**
 * The command line: `fake`, `list`, `get`, `export` and `mcp`, on commander.
 */
import { Command, Option } from 'commander';
import type { SmartRecruiters } from 'smartrecruiters-sdk';
import { SDK_VERSION } from 'smartrecruiters-sdk';
import { toolInputSchema } from 'smartrecruiters-sdk/tools';
import { type CliClient, createCliClient, type GlobalOptions } from './client.js';
import { CliError, EXIT } from './errors.js';
import { FORMATS, runExport } from './export.js';
import { runFake } from './fake.js';
import { addFilterOptions, collect, integer } from './filters.js';
import { cellText, table } from './format.js';
import { runMcp } from './mcp.js';
import { RESOURCES, resourceNamed } from './resources.js';

/** Where a command's exit code goes once it is done. */
export interface Outcome {
  exitCode: number;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new CliError(`expected a positive number, got '${value}'`, EXIT.usage);
  return n;
}

/** Runs `body` with an SDK from the global options, closing it after. */
async function withClient<T>(command: Command, body: (client: CliClient) => Promise<T>): Promise<T> {
  const client = await createCliClient(command.optsWithGlobals() as GlobalOptions);
  try {
    return await body(client);
  } finally {
    await client.close();
  }
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** A record for reading: one line per field. */
function details(record: Record<string, unknown>): string {
  const fields = Object.entries(record).filter(([key]) => key !== 'remote_data' && key !== 'custom_mappings');
  const width = Math.max(...fields.map(([key]) => key.length));
  return fields
    .map(([key, value]) => {
      const text = cellText(value).replace(/[\r\n\t]/g, ' ');
      return `${key.padEnd(width)}  ${text.length > 100 ? `${text.slice(0, 99)}…` : text}`;
    })
    .join('\n');
}

/** The command line, writing its exit code to `outcome`. */
export function buildProgram(outcome: Outcome): Command {
  const program = new Command('smartrecruiters-sdk')
    .description(
      'SmartRecruiters from the command line: a fake server for tests, lists, records, resumable exports, and an MCP server for AI agents.\n' +
        'Credentials come from SMARTRECRUITERS_API_KEY, or SMARTRECRUITERS_CLIENT_ID and SMARTRECRUITERS_CLIENT_SECRET (and SMARTRECRUITERS_REFRESH_TOKEN); SMARTRECRUITERS_BASE_URL sets the API.',
    )
    .version(SDK_VERSION)
    .option('--fake', 'run on an embedded fake SmartRecruiters (seeded data) instead of the API')
    .option('--fake-seed <n>', 'seed of the embedded fake (default 1)', integer)
    .option('--fake-candidates <n>', 'candidates in the embedded fake (default 40)', integer)
    .option('--base-url <url>', 'the API base URL (default: SMARTRECRUITERS_BASE_URL, else SmartRecruiters)')
    .option(
      '--redis-url <url>',
      'share rate limits and OAuth tokens with other processes through Redis (default: SMARTRECRUITERS_REDIS_URL; needs ioredis)',
    )
    .option(
      '--requests-per-second <n>',
      "a smaller rate budget than SmartRecruiters' 10 per second",
      positiveNumber,
    )
    .option('--remote-data', "keep SmartRecruiters' own records in each record's remote_data")
    .showSuggestionAfterError()
    .exitOverride();

  program
    .command('fake')
    .description(
      'Start a fake SmartRecruiters server; print its URL and credentials; stop on Ctrl-C or SIGTERM',
    )
    .option('--port <n>', 'port (default: a free one)', integer, 0)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--seed <n>', 'seed of the generated data (same seed, same data)', integer, 1)
    .option('--candidates <n>', 'candidates to generate (default 40)', integer)
    .option('--jobs <n>', 'jobs to generate (default 12)', integer)
    .option('--users <n>', 'users to generate (default 12)', integer)
    .option('--no-limits', "do not enforce SmartRecruiters' rate limits (10/s, 8 in flight)")
    .option('--latency <ms>', 'time each request takes (default 2)', integer)
    .option(
      '--fault <json>',
      'inject a fault, e.g. \'{"route":"GET /candidates","status":503,"times":2}\' (repeatable)',
      collect,
      [] as string[],
    )
    .option(
      '--webhook-target <url>',
      'subscribe this URL to every webhook event (activated with the handshake)',
    )
    .option('--api-key <key>', 'the API key to accept (default: random)')
    .option('--client-id <id>', 'the OAuth client id to accept', 'fake-client')
    .option('--client-secret <secret>', 'the OAuth client secret (default: random)')
    .option('--json', 'print the URL and credentials as one JSON line')
    .action(async (options) => {
      outcome.exitCode = await runFake(options);
    });

  const list = program.command('list').description('List the records of a resource (a page, or --all)');
  const get = program
    .command('get')
    .description('Read one record')
    .argument(
      '<resource>',
      `one of ${RESOURCES.filter((r) => r.get)
        .map((r) => r.name)
        .join(', ')}`,
    )
    .argument('<id>', 'its id (an application: candidateId:jobId)')
    .option(
      '--include <value>',
      'extra reads (candidates: consent; applications: custom_fields, screening_answers; jobs: hiring_team); repeatable',
      collect,
    )
    .option('--json', 'print JSON')
    .action(
      async (name: string, id: string, options: { include?: string[]; json?: boolean }, command: Command) => {
        const resource = resourceNamed(name, 'get');
        if (options.include && !resource.include)
          throw new CliError(`--include: ${name} has no extra reads`, EXIT.usage);
        const record = await withClient(command, ({ sr }) =>
          (resource.get as NonNullable<typeof resource.get>)(
            sr,
            id,
            options.include ? { include: options.include } : {},
          ),
        );
        print(options.json ? JSON.stringify(record, null, 2) : details(record as Record<string, unknown>));
      },
    );
  void get;
  const exporter = program
    .command('export')
    .description('Export every record of a resource to NDJSON, CSV or JSON, resumable with --state-file');

  for (const resource of RESOURCES) {
    const schema = toolInputSchema(resource.listTool, { maxItems: 100 });
    if (!schema) throw new Error(`no tool ${resource.listTool}`);

    const listCommand = list.command(resource.name).description(`List ${resource.name}`);
    const listFilters = addFilterOptions(listCommand, schema, ['limit', 'cursor']);
    listCommand
      .option('--limit <n>', 'records per page, 1 to 100', integer, 20)
      .option('--cursor <cursor>', 'continue from the next_cursor of an earlier page')
      .option('--all', 'every page')
      .option('--json', 'print JSON: { result, next_cursor, total }')
      .action(async (options: Record<string, unknown>, command: Command) => {
        const params = {
          ...listFilters(options),
          limit: options.limit,
          ...(options.cursor ? { cursor: options.cursor } : {}),
        };
        const page = await withClient(command, async ({ sr }: { sr: SmartRecruiters }) => {
          const pages = resource.list(sr, params, {});
          if (!options.all) return pages;
          const first = await pages;
          const result: unknown[] = [];
          for await (const item of pages) result.push(item);
          return { result, next_cursor: null, total: first.total };
        });
        if (options.json) {
          print(
            JSON.stringify(
              { result: page.result, next_cursor: page.next_cursor, total: page.total },
              null,
              2,
            ),
          );
          return;
        }
        print(table(page.result, resource.columns));
        const of = page.total !== null ? ` of ${page.total}` : '';
        process.stderr.write(
          `${page.result.length} ${resource.name}${of}${page.next_cursor ? `; more with --cursor ${page.next_cursor}` : ''}\n`,
        );
      });

    const exportCommand = exporter.command(resource.name).description(`Export ${resource.name}`);
    const exportFilters = addFilterOptions(exportCommand, schema, ['limit', 'cursor', 'updated_after']);
    if (resource.sync) {
      exportCommand.option(
        '--since <date>',
        'only records updated after this ISO-8601 date-time or date (first run)',
      );
    }
    exportCommand
      .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('ndjson'))
      .option('-o, --output <file>', 'write to this file (created readable by you only) instead of stdout')
      .option('--state-file <file>', 'save progress here after every record; run again to resume')
      .option(
        '--page-size <n>',
        'records per SmartRecruiters page, 1 to 100 (default 100; smaller pages show --hydrate progress sooner)',
        integer,
      )
      .option('--no-progress', 'no progress display on stderr')
      .action(async (options: Record<string, unknown>, command: Command) => {
        const controller = new AbortController();
        const interrupt = () => controller.abort();
        process.once('SIGINT', interrupt);
        process.once('SIGTERM', interrupt);
        try {
          outcome.exitCode = await withClient(command, ({ sr, stats }) =>
            runExport(
              {
                resource,
                filters: {
                  ...exportFilters(options),
                  ...(options.pageSize !== undefined ? { limit: options.pageSize } : {}),
                },
                format: options.format as (typeof FORMATS)[number],
                output: options.output as string | undefined,
                stateFile: options.stateFile as string | undefined,
                since: options.since as string | undefined,
                remoteData: (command.optsWithGlobals() as GlobalOptions).remoteData === true,
                progress: options.progress !== false,
              },
              sr,
              stats,
              controller.signal,
            ),
          );
        } finally {
          process.off('SIGINT', interrupt);
          process.off('SIGTERM', interrupt);
        }
      });
  }

  program
    .command('mcp')
    .description('Serve the agent tools over MCP: stdio (default) or Streamable HTTP (--http)')
    .option('--http <port>', 'serve Streamable HTTP on this port (0: a free one) at /mcp', integer)
    .option(
      '--host <host>',
      'interface for --http; other than loopback needs SMARTRECRUITERS_MCP_TOKEN',
      '127.0.0.1',
    )
    .option(
      '--allow-write <tool>',
      'enable a write tool (candidates_create, candidates_update, candidates_add_tags, applications_create, applications_update_status); repeatable',
      collect,
      [] as string[],
    )
    .option('--fields <file>', 'field policies, JSON: { "candidate": { "deny": ["emails"] } }')
    .option('--pii-safe', "keep candidates' personal data out of results (CANDIDATE_PII_FIELDS)")
    .option('--max-items <n>', 'records per call (default 25)', integer)
    .option('--max-bytes <n>', 'bytes of records per call (default 32768)', integer)
    .option('--audit-log <file>', "append each call's audit record (JSON lines); '-' for stderr")
    .option(
      '--allowed-host <host>',
      'another Host name HTTP clients may use; repeatable',
      collect,
      [] as string[],
    )
    .option(
      '--allowed-origin <origin>',
      'a browser Origin allowed to call; repeatable',
      collect,
      [] as string[],
    )
    .action(async (options, command: Command) => {
      const client = await createCliClient(command.optsWithGlobals() as GlobalOptions);
      try {
        outcome.exitCode = await runMcp(options, client.sr, () => client.close());
      } catch (error) {
        await client.close();
        throw error;
      }
    });

  return program;
}

export { EXIT };

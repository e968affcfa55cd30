/**
 * `export <resource>`: every record of a resource to NDJSON, CSV or JSON, resumable.
 *
 * With `--state-file`, after every record the output file is written first, then the state: the
 * SDK's sync state (or, for resources without `sync()`, the list cursor after the record), the
 * output's length up to and including that record, and a digest of the record's bytes. The state
 * file is replaced atomically (written beside, then renamed). A killed export started again with
 * the same command cuts the output back to the length the state names (a record written after
 * the last state is dropped, and comes again from the sync) and appends from there: every record
 * exactly once. Every second, and at the end, the output and the state are also flushed to disk
 * (fsync), so a machine crash loses at most that last second, which the next run redoes; an
 * output shorter than its state, or whose last record differs, is refused rather than patched.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SmartRecruiters } from 'smartrecruiters-sdk';
import * as schemas from 'smartrecruiters-sdk/schemas';
import type { RequestStats } from './client.js';
import { CliError, EXIT } from './errors.js';
import { csvLine } from './format.js';
import { Progress } from './progress.js';
import type { CliResource } from './resources.js';

/** Export formats. */
export const FORMATS = ['ndjson', 'csv', 'json'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** What `export` was asked for. */
export interface ExportRequest {
  resource: CliResource;
  filters: Record<string, unknown>;
  format: ExportFormat;
  /** Output file; stdout without one. */
  output?: string | undefined;
  stateFile?: string | undefined;
  since?: string | undefined;
  /** Keep SmartRecruiters' records (`remote_data`): a CSV column too. */
  remoteData: boolean;
  /** Show progress on stderr. */
  progress: boolean;
}

/** The state file's content. */
interface ExportState {
  version: 1;
  resource: string;
  format: ExportFormat;
  output: string;
  /** `sync`: `state` is the SDK's sync state; `list`: the list cursor after the last record. */
  mode: 'sync' | 'list';
  state: string | null;
  /** Bytes of the output up to the end of the last record written. */
  offset: number;
  /** Records of the current run (a run resumed counts on). */
  records: number;
  /** Whether the run finished: the next run with this state is an incremental one. */
  complete: boolean;
  /** The last record's bytes in the output: their length and SHA-256. */
  last: { length: number; sha256: string } | null;
  /** The CSV columns (kept, so a resumed CSV keeps its header's columns). */
  columns?: string[] | undefined;
  updated_at: string;
}

const DURABLE_EVERY_MS = 1000;

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function fsyncDirectory(path: string): void {
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot open or sync a directory; the rename is done either way.
  }
}

/** Replaces the state file atomically: a temporary file beside it, renamed over it. */
function writeState(path: string, state: ExportState, durable: boolean): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(state));
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  if (durable) fsyncDirectory(path);
}

function readState(path: string): ExportState | undefined {
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    data = undefined;
  }
  const state = data as ExportState | undefined;
  if (
    state?.version !== 1 ||
    typeof state.resource !== 'string' ||
    !FORMATS.includes(state.format) ||
    typeof state.output !== 'string' ||
    (state.mode !== 'sync' && state.mode !== 'list') ||
    !(state.state === null || typeof state.state === 'string') ||
    !Number.isSafeInteger(state.offset) ||
    state.offset < 0 ||
    !Number.isSafeInteger(state.records)
  ) {
    throw new CliError(`${path} is not an export state file`, EXIT.state);
  }
  return state;
}

/** The model's fields in the schema's order: the CSV columns. */
export function csvColumns(model: string, remoteData: boolean): string[] {
  const name = `${model[0]?.toUpperCase()}${model.slice(1)}Schema`;
  const schema = (schemas as unknown as Record<string, { shape?: Record<string, unknown> }>)[name];
  if (!schema?.shape) throw new CliError(`no schema for the ${model} model`, EXIT.internal);
  return Object.keys(schema.shape).filter(
    (field) => field !== 'custom_mappings' && (remoteData || field !== 'remote_data'),
  );
}

/** Where the records go: a file written at known offsets, or stdout. */
interface Sink {
  /** Appends `bytes`; resolves once they are handed to the OS (stdout: written or buffered). */
  write(bytes: Uint8Array): Promise<void> | void;
  /** Flushes to disk (files only). */
  sync(): void;
  close(): void;
}

function fileSink(fd: number, start: number): Sink & { offset: number } {
  return {
    offset: start,
    write(bytes) {
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, this.offset + done);
      this.offset += bytes.length;
    },
    sync: () => fsyncSync(fd),
    close: () => closeSync(fd),
  };
}

function stdoutSink(): Sink {
  return {
    write: (bytes) =>
      new Promise<void>((done, fail) => {
        process.stdout.write(bytes, (error) => (error ? fail(error) : done()));
      }),
    sync: () => {},
    close: () => {},
  };
}

/** Cuts the output back to the state's length after checking its last record is the one saved. */
function openForResume(path: string, state: ExportState): number {
  if (!existsSync(path)) {
    throw new CliError(
      `${path} is missing: the state file describes ${state.offset} bytes of it`,
      EXIT.state,
    );
  }
  const fd = openSync(path, 'r+');
  const size = fstatSync(fd).size;
  if (size < state.offset) {
    closeSync(fd);
    throw new CliError(
      `${path} is shorter (${size} bytes) than the state file says (${state.offset}): it was changed; start the export again without the state file`,
      EXIT.state,
    );
  }
  if (state.last) {
    const tail = Buffer.alloc(state.last.length);
    readSync(fd, tail, 0, tail.length, state.offset - state.last.length);
    if (sha256(tail) !== state.last.sha256) {
      closeSync(fd);
      throw new CliError(
        `${path} does not end with the last record the state file saved: it was changed; start the export again without the state file`,
        EXIT.state,
      );
    }
  }
  ftruncateSync(fd, state.offset);
  return fd;
}

const encoder = new TextEncoder();

/** Runs an export; resolves with the exit code. */
export async function runExport(
  request: ExportRequest,
  sr: SmartRecruiters,
  stats: RequestStats,
  signal: AbortSignal,
): Promise<number> {
  const { resource, format } = request;
  if (request.stateFile && !request.output) {
    throw new CliError('--state-file needs --output: an export to stdout cannot be resumed', EXIT.usage);
  }
  const mode: ExportState['mode'] = resource.sync ? 'sync' : 'list';
  if (request.since !== undefined && mode === 'list') {
    throw new CliError(`--since: ${resource.name} cannot be listed by update time`, EXIT.usage);
  }
  const output = request.output ? resolve(request.output) : undefined;
  const statePath = request.stateFile ? resolve(request.stateFile) : undefined;
  const saved = statePath ? readState(statePath) : undefined;
  if (saved && (saved.resource !== resource.name || saved.format !== format || saved.output !== output)) {
    throw new CliError(
      `${request.stateFile} belongs to another export (${saved.resource} as ${saved.format} to ${saved.output})`,
      EXIT.state,
    );
  }
  const columns =
    format === 'csv' ? (saved?.columns ?? csvColumns(resource.model, request.remoteData)) : undefined;

  // The output, cut back to what the state covers, or new with its header.
  let sink: Sink;
  let offset: number;
  let fileSinkRef: ReturnType<typeof fileSink> | undefined;
  const header = format === 'csv' ? csvLine(columns ?? []) : format === 'json' ? '[' : '';
  if (output && saved) {
    fileSinkRef = fileSink(openForResume(output, saved), saved.offset);
    sink = fileSinkRef;
    offset = saved.offset;
  } else if (output) {
    fileSinkRef = fileSink(openSync(output, 'w', 0o600), 0);
    sink = fileSinkRef;
    sink.write(encoder.encode(header));
    offset = fileSinkRef.offset;
  } else {
    sink = stdoutSink();
    await sink.write(encoder.encode(header));
    offset = header.length;
  }
  const headerBytes = encoder.encode(header).length;

  const state: ExportState = saved
    ? { ...saved, ...(saved.complete ? { complete: false, records: 0 } : {}) }
    : {
        version: 1,
        resource: resource.name,
        format,
        output: output ?? '-',
        mode,
        state: null,
        offset,
        records: 0,
        complete: false,
        last: null,
        columns,
        updated_at: new Date().toISOString(),
      };
  let lastDurable = performance.now();
  const save = (durable: boolean) => {
    if (!statePath) return;
    state.updated_at = new Date().toISOString();
    if (durable) fileSinkRef?.sync();
    writeState(statePath, state, durable);
  };
  save(true);

  let total: () => number | null = () => null;
  const progress = request.progress
    ? new Progress(
        `${resource.name}${output ? ` → ${request.output}` : ''}`,
        { records: () => state.records, total: () => total() },
        stats,
        process.stderr,
      ).start()
    : undefined;

  const emit = async (record: unknown, position: string) => {
    const text =
      format === 'ndjson'
        ? `${JSON.stringify(record)}\n`
        : format === 'json'
          ? `${offset > headerBytes ? ',\n' : '\n'}${JSON.stringify(record)}`
          : csvLine((columns ?? []).map((column) => (record as Record<string, unknown>)[column]));
    const bytes = encoder.encode(text);
    await sink.write(bytes);
    offset += bytes.length;
    state.offset = offset;
    state.records++;
    state.state = position;
    state.last = { length: bytes.length, sha256: sha256(bytes) };
    const durable = performance.now() - lastDurable >= DURABLE_EVERY_MS;
    if (durable) lastDurable = performance.now();
    save(durable);
  };

  const requestOptions = { signal };
  let interrupted = false;
  try {
    if (mode === 'sync' && resource.sync) {
      const params: Record<string, unknown> = { ...request.filters };
      if (state.state !== null) params.state = state.state;
      else if (request.since !== undefined) params.since = request.since;
      const run = resource.sync(sr, params, requestOptions);
      total = () => run.total;
      for await (const { record, state: position } of run) {
        await emit(record, position);
        if (signal.aborted) break;
      }
      if (!signal.aborted) state.state = run.state;
    } else {
      const params: Record<string, unknown> = { ...request.filters };
      if (state.state !== null) params.cursor = state.state;
      const list = resource.list(sr, params, requestOptions);
      const first = await list;
      total = () => first.total;
      for await (const { item, cursor } of list.withCursors()) {
        await emit(item, cursor);
        if (signal.aborted) break;
      }
    }
    interrupted = signal.aborted;
  } catch (error) {
    if (!signal.aborted) {
      progress?.finish(`${resource.name}: stopped`);
      sink.close();
      throw error;
    }
    interrupted = true;
  }

  if (interrupted) {
    save(true);
    sink.close();
    progress?.finish(`${resource.name}: interrupted`);
    process.stderr.write(
      statePath
        ? `interrupted: progress saved in ${request.stateFile}; run the same command again to resume\n`
        : 'interrupted\n',
    );
    return EXIT.interrupted;
  }
  // The end: JSON's closing bracket (after the state's offset, so a later run appends before it).
  state.complete = true;
  if (format === 'json') await sink.write(encoder.encode(`${offset > headerBytes ? '\n' : ''}]\n`));
  save(true);
  sink.close();
  progress?.finish(`${resource.name}: done`);
  return EXIT.ok;
}

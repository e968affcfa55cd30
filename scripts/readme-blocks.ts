/**
 * The README's TypeScript, checked: every ```ts block is written to a file of its own, with the
 * placeholders it uses but does not declare (`sr`, `client`, `db`, `jobId`...) declared ahead of
 * it, and type-checked with the repository's compiler options (strict, exactOptionalPropertyTypes,
 * noUncheckedIndexedAccess; `smartrecruiters-sdk` resolved to the sources). A block preceded by
 * `<!-- runnable -->` also runs, with tsx, against a fake SmartRecruiters
 * (`smartrecruiters-sdk/testing`): its environment (`SMARTRECRUITERS_BASE_URL`,
 * `SMARTRECRUITERS_API_KEY`) points the SDK at the fake, and `sr`, when the block uses it without
 * declaring it, is `new SmartRecruiters()`.
 *
 *   npx tsx scripts/readme-blocks.ts          # type-checks every block, runs the runnable ones
 *
 * `test/readme/blocks.test.ts` runs the same in `npm test`. Errors name the README's line.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { createFakeSmartRecruiters } from '../src/testing/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNNABLE = '<!-- runnable -->';
const run = promisify(execFile);

/** One ```ts block of a Markdown file. */
export interface Block {
  /** 1-based position among the file's TypeScript blocks. */
  index: number;
  /** README line of the block's first line of code (1-based). */
  line: number;
  code: string;
  /** Preceded by `<!-- runnable -->`: it runs against the fake. */
  runnable: boolean;
}

/** The ```ts blocks of `markdown`, indented ones (in a list) included. */
export function extractBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(ts|typescript)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) end++;
    let previous = i - 1;
    while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous--;
    blocks.push({
      index: blocks.length + 1,
      line: start + 1,
      code: lines
        .slice(start, end)
        .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
        .join('\n'),
      runnable: (lines[previous] ?? '').trim() === RUNNABLE,
    });
    i = end;
  }
  return blocks;
}

/**
 * What the README's snippets take as given, by name: declared ahead of a block that uses the name
 * without declaring it. Types are spelled out in full (`import('…')`), so a block's own imports never
 * clash with them.
 */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  sr: "declare const sr: import('smartrecruiters-sdk').SmartRecruiters;",
  client: "declare const client: import('smartrecruiters-sdk').SmartRecruitersClient;",
  fake: "declare const fake: import('smartrecruiters-sdk/testing').FakeSmartRecruiters;",
  redis: "declare const redis: import('ioredis').Redis;",
  apiKey: 'declare const apiKey: string;',
  clientId: 'declare const clientId: string;',
  clientSecret: 'declare const clientSecret: string;',
  refreshToken: 'declare const refreshToken: string;',
  tokenStore: "declare const tokenStore: import('smartrecruiters-sdk').TokenStore;",
  customerId: 'declare const customerId: string;',
  jobId: 'declare const jobId: string;',
  id: 'declare const id: string;',
  uuid: 'declare const uuid: string;',
  attachmentId: 'declare const attachmentId: string;',
  interviewId: 'declare const interviewId: string;',
  template_id: 'declare const template_id: string;',
  applicationUuid: 'declare const applicationUuid: string;',
  firstName: 'declare const firstName: string;',
  lastName: 'declare const lastName: string;',
  email: 'declare const email: string;',
  bytes: 'declare const bytes: Uint8Array;',
  callback_url: 'declare const callback_url: string;',
  savedCursor: 'declare const savedCursor: string;',
  attachment: "declare const attachment: import('smartrecruiters-sdk').Attachment;",
  payload:
    "declare const payload: import('smartrecruiters-sdk').WebhookEventPayloads['onboarding.process.started'];",
  event: "declare const event: import('smartrecruiters-sdk').WebhookEvent;",
  output: "declare const output: import('node:stream').Writable;",
  pipeline: "declare const pipeline: typeof import('node:stream/promises').pipeline;",
  createGzip: "declare const createGzip: typeof import('node:zlib').createGzip;",
  http: "declare const http: typeof import('node:http');",
  app: 'declare const app: { post(path: string, handler: (req: never, res: never) => unknown): void };',
  secrets: 'declare const secrets: { current(): Promise<string[]>; save(key: string): Promise<void> };',
  onEvent: "declare const onEvent: (event: import('smartrecruiters-sdk').WebhookEvent) => Promise<void>;",
  queue: 'declare const queue: { send(...values: unknown[]): Promise<void> };',
  db: 'declare const db: { get(key: string): Promise<string | null>; set(key: string, value: string): Promise<void>; upsert(record: unknown): Promise<void> };',
  upsert: 'declare const upsert: (record: unknown) => Promise<void>;',
  checkpoint: 'declare const checkpoint: (cursor: string | null) => Promise<void>;',
  log: 'declare const log: (...values: unknown[]) => void;',
  customers:
    'declare const customers: { get(id: string): Promise<{ id: string; credentials: { clientId: string; clientSecret: string; refreshToken?: string } }> };',
  customerIdOf: 'declare const customerIdOf: (request: Request) => string;',
  notifyCustomer: 'declare const notifyCustomer: (tenantId: string, reason: string) => void;',
  auditLog: 'declare const auditLog: { write(event: unknown): void };',
  agent: 'declare const agent: { addTool(name: string, description: string, schema: unknown): void };',
  bunyanLogger:
    'declare const bunyanLogger: { info(fields: object, message: string): void; warn(fields: object, message: string): void; error(fields: object, message: string): void; debug(fields: object, message: string): void };',
  myClusteredBottleneck: "declare const myClusteredBottleneck: import('bottleneck').default;",
  myRateLimiter: "declare const myRateLimiter: import('smartrecruiters-sdk').RateLimiter;",
};

/** The names a block declares at its top level: its imports, variables, functions, classes. */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) names.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings))
        for (const el of bindings.elements) names.add(el.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bind(declaration.name);
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** Every name a block reads as a value or type (not property names: `x.id`, `{ id: 1 }`). */
function usedNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    const parent = node.parent;
    const propertyName =
      parent !== undefined &&
      ((ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node) ||
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodDeclaration(parent)) &&
          parent.name === node));
    if (ts.isIdentifier(node) && !propertyName) names.add(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return names;
}

/** A block as a module of its own: the placeholders it needs, then its code. */
export function blockModule(block: Block, mode: 'check' | 'run'): { text: string; preludeLines: number } {
  const source = ts.createSourceFile('block.ts', block.code, ts.ScriptTarget.ES2022, true);
  const declared = declaredNames(source);
  const used = usedNames(source);
  const needed = Object.keys(PLACEHOLDERS).filter((name) => used.has(name) && !declared.has(name));
  let prelude: string[];
  if (mode === 'check') {
    prelude = needed.map((name) => PLACEHOLDERS[name] ?? '');
  } else {
    const unavailable = needed.filter((name) => name !== 'sr');
    if (unavailable.length > 0) {
      throw new Error(
        `README block ${block.index} (line ${block.line}) is marked runnable but uses ${unavailable.join(', ')} without declaring it`,
      );
    }
    prelude = needed.includes('sr')
      ? [
          "import { SmartRecruiters as ReadmeSmartRecruiters } from 'smartrecruiters-sdk';",
          'const sr = new ReadmeSmartRecruiters();',
        ]
      : [];
  }
  return { text: `${[...prelude, block.code].join('\n')}\nexport {};\n`, preludeLines: prelude.length };
}

/** A type error of a block, placed on the README's line. */
export interface BlockProblem {
  block: number;
  line: number;
  message: string;
}

/** Writes each block to `dir` and type-checks them all with the repository's compiler options. */
export function typecheckBlocks(blocks: readonly Block[], dir: string): BlockProblem[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const files = new Map<string, { block: Block; preludeLines: number }>();
  for (const block of blocks) {
    const file = join(dir, `block-${String(block.index).padStart(3, '0')}.ts`);
    const { text, preludeLines } = blockModule(block, 'check');
    writeFileSync(file, text);
    files.set(file, { block, preludeLines });
  }
  const program = ts.createProgram([...files.keys()], { ...config.options, noEmit: true, rootDir: ROOT });
  const problems: BlockProblem[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const entry = diagnostic.file ? files.get(diagnostic.file.fileName) : undefined;
    if (!entry || diagnostic.file === undefined || diagnostic.start === undefined) {
      problems.push({ block: 0, line: 0, message });
      continue;
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    problems.push({
      block: entry.block.index,
      line: entry.block.line + line - entry.preludeLines,
      message,
    });
  }
  return problems;
}

/** Runs a runnable block with tsx against a fake SmartRecruiters; rejects with its output when it fails. */
export async function runBlock(block: Block, dir: string, timeoutMs = 60_000): Promise<string> {
  const file = join(dir, `run-${String(block.index).padStart(3, '0')}.ts`);
  writeFileSync(file, blockModule(block, 'run').text);
  const fake = await createFakeSmartRecruiters({ seed: 1 });
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', file], {
      cwd: ROOT,
      timeout: timeoutMs,
      maxBuffer: 16 * 1024 * 1024,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        SMARTRECRUITERS_BASE_URL: fake.url,
        SMARTRECRUITERS_API_KEY: fake.apiKey,
        SMARTRECRUITERS_LOG: 'off',
      },
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`README block ${block.index} (line ${block.line}) failed:\n${stdout}\n${stderr}`);
  } finally {
    await fake.close();
  }
}

/** A fresh directory for the block files, inside the repository (so its packages resolve). */
export function scratchDir(): string {
  const base = join(ROOT, '.scratch');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, 'readme-blocks-'));
}

/** The README's blocks. */
export function readmeBlocks(): Block[] {
  return extractBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const blocks = readmeBlocks();
  const dir = scratchDir();
  try {
    const problems = typecheckBlocks(blocks, dir);
    for (const p of problems) console.log(`README.md:${p.line} (block ${p.block}): ${p.message}`);
    console.log(`${blocks.length} blocks type-checked, ${problems.length} problem(s)`);
    let failed = problems.length > 0;
    for (const block of blocks.filter((b) => b.runnable)) {
      try {
        await runBlock(block, dir);
        console.log(`ran block ${block.index} (line ${block.line})`);
      } catch (error) {
        failed = true;
        console.log((error as Error).message);
      }
    }
    if (failed) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

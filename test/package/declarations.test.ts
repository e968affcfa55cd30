/**
 * The declaration files the package ships are valid TypeScript: the bundler that rolls them up
 * rewrites names (a type imported under a reserved word, such as zod's `infer`, does not parse),
 * and a consumer's `tsc` would stop at the first such file. Parsing only: the consumer test in
 * `.ci/run` type-checks apps against them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-build.mjs';

const root = join(import.meta.dirname, '..', '..');

beforeAll(() => ensureBuilt(root), 300_000);

describe('shipped declaration files', () => {
  it('all parse', () => {
    const dir = join(root, 'dist', 'types');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.d\.c?ts$/.test(name))
      .map((name) => join(dir, name));
    expect(files.length).toBeGreaterThan(10);
    const program = ts.createProgram(files, { noResolve: true, noLib: true, types: [] });
    const problems = program.getSyntacticDiagnostics().map((d) => {
      const where = d.file ? `${d.file.fileName.slice(dir.length + 1)}:${d.start}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  });
});

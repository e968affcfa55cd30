/**
 * The declaration files the package ships are valid TypeScript: the bundler that rolls them up
 * rewrites names (a type imported under a reserved word, such as zod's `infer`, does not parse),
 * and a consumer's `tsc` would stop at the first such file. Parsing only: the consumer test in
 * `.ci/run` type-checks apps against them. The entries a program's types come from never make
 * the compiler load zod's declarations (the schemas are in `smartrecruiters-sdk/schemas`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

  it('of the main entry, /node, /connect, /redis and /testing load no zod declarations', () => {
    const dir = join(root, 'dist', 'types');
    /** Every package a declaration file imports, through the files it imports. */
    const packagesReached = (entry: string): Set<string> => {
      const packages = new Set<string>();
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const text = readFileSync(file, 'utf8');
        for (const [, specifier] of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
          if (!specifier!.startsWith('.')) packages.add(specifier!);
          else
            visit(
              resolve(
                dirname(file),
                specifier!.replace(/\.c?js$/, file.endsWith('.d.cts') ? '.d.cts' : '.d.ts'),
              ),
            );
        }
      };
      visit(join(dir, entry));
      return packages;
    };
    const withZod = ['index', 'node/index', 'connect/index', 'redis/index', 'testing/index', 'testing/msw']
      .flatMap((entry) => [`${entry}.d.ts`, `${entry}.d.cts`])
      .filter((entry) =>
        [...packagesReached(entry)].some((name) => name === 'zod' || name.startsWith('zod/')),
      );
    expect(withZod).toEqual([]);
    // The check reads imports: the schemas entry, which does load zod, shows it does.
    expect(packagesReached('schemas/index.d.ts')).toContain('zod/mini');
  });
});

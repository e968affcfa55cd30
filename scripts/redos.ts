/**
 * Checks every regular expression of `src/` for super-linear backtracking (ReDoS) with recheck
 * (https://makenowjust-labs.github.io/recheck/), the automata-theory and fuzzing checker, on its
 * pure JavaScript backend (no Java, no native binary: the same result on every machine).
 *
 * The regular expressions are found with TypeScript's compiler API, not by a regular expression:
 * every regex literal, and every `new RegExp(...)` / `RegExp(...)`. A `RegExp` built from anything
 * but string literals cannot be checked, so it is a finding too.
 *
 *   npm run redos            # prints one line per pattern, then the findings; exits 1 on any
 *   npm run redos -- --json  # the same as JSON
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One regular expression of the sources. */
export interface FoundRegex {
  /** File, relative to the repository. */
  file: string;
  /** 1-based line. */
  line: number;
  /** The pattern, or `undefined` when it is built at run time (not checkable). */
  source: string | undefined;
  flags: string;
}

/** What recheck said about one pattern. */
export interface RegexVerdict extends FoundRegex {
  status: 'safe' | 'vulnerable' | 'unknown' | 'dynamic';
  /** recheck's summary: `constant`, `linear`, `2nd degree polynomial`, `exponential`... */
  complexity: string | undefined;
  /** An attack string recheck found, for a vulnerable pattern. */
  attack: string | undefined;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.m?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

function literalText(node: ts.Expression | undefined): string | undefined {
  if (node === undefined) return '';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** The regular expressions of one TypeScript source text. */
export function regexesIn(file: string, text: string): FoundRegex[] {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const lineOf = (node: ts.Node) =>
    sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sourceFile);
      const end = literal.lastIndexOf('/');
      found.push({ file, line: lineOf(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const source = literalText(pattern);
      const flagText = literalText(flags);
      found.push({
        file,
        line: lineOf(node),
        source: pattern !== undefined && flagText !== undefined ? source : undefined,
        flags: flagText ?? '',
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Every regular expression under `dir` (default `src/`). */
export function findRegexes(dir = join(ROOT, 'src')): FoundRegex[] {
  return sourceFiles(dir).flatMap((path) => regexesIn(relative(ROOT, path), readFileSync(path, 'utf8')));
}

/** Checks each pattern with recheck (pure JavaScript backend). */
export async function checkRegexes(regexes: readonly FoundRegex[]): Promise<RegexVerdict[]> {
  process.env.RECHECK_BACKEND ??= 'pure';
  const { check } = await import('recheck');
  const verdicts: RegexVerdict[] = [];
  for (const regex of regexes) {
    if (regex.source === undefined) {
      verdicts.push({ ...regex, status: 'dynamic', complexity: undefined, attack: undefined });
      continue;
    }
    const result = await check(regex.source, regex.flags, { timeout: 30_000 });
    verdicts.push({
      ...regex,
      status: result.status,
      complexity: result.status === 'unknown' ? result.error.kind : result.complexity.summary,
      attack: result.status === 'vulnerable' ? result.attack.pattern : undefined,
    });
  }
  return verdicts;
}

/** A finding: anything but `safe`. */
export function isFinding(verdict: RegexVerdict): boolean {
  return verdict.status !== 'safe';
}

async function main(): Promise<void> {
  const regexes = findRegexes();
  const verdicts = await checkRegexes(regexes);
  const findings = verdicts.filter(isFinding);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ checked: verdicts.length, findings }, null, 2));
  } else {
    for (const v of verdicts) {
      const pattern = v.source === undefined ? '(built at run time)' : `/${v.source}/${v.flags}`;
      console.log(`${v.status.padEnd(10)} ${(v.complexity ?? '').padEnd(22)} ${v.file}:${v.line} ${pattern}`);
    }
    console.log('');
    for (const v of findings) {
      console.log(
        `FINDING ${v.file}:${v.line}: ${v.status}${v.complexity ? ` (${v.complexity})` : ''}` +
          (v.attack ? `; attack: ${v.attack}` : ''),
      );
    }
    console.log(`redos: ${verdicts.length} patterns checked, ${findings.length} findings`);
  }
  process.exitCode = findings.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();

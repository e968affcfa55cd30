/**
 * Generates src/route-maps.ts: each HTTP method's typed routes by path template (`GetRoutes`,
 * `PostRoutes`...), from the registries `Routes` combines in src/routes.ts. The client looks a
 * call's route up in its method's map by key; deriving the maps with mapped types instead (or
 * prefixing keys with `Prefixed` on every lookup) costs every user's compiler about 25 type
 * instantiations per route on each typed call.
 *
 *   npm run generate:route-maps     (writes src/route-maps.ts)
 *
 * test/route-maps.test.ts fails when the file is not what this script generates from the
 * current routes.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..');
const ROUTES = join(ROOT, 'src', 'routes.ts');
export const ROUTE_MAPS = join(ROOT, 'src', 'route-maps.ts');

/** The methods with a map, and the map's name. */
const MAPS = {
  GET: 'GetRoutes',
  POST: 'PostRoutes',
  PUT: 'PutRoutes',
  PATCH: 'PatchRoutes',
  DELETE: 'DeleteRoutes',
} as const;
type Method = keyof typeof MAPS;

interface Entry {
  method: Method;
  /** The full path template (the registry's prefix and its path). */
  path: string;
  /** The registry interface, the module declaring it (from src/), and its own key. */
  registry: string;
  module: string;
  key: string;
  /** The JSDoc of the registry's entry, as written. */
  doc: string | undefined;
}

/** The registries `Routes` extends: `Name` (no prefix) or `Prefixed<typeof PREFIX, Name>`. */
function registries(routes: ts.InterfaceDeclaration, checker: ts.TypeChecker) {
  if (routes.members.length > 0) {
    throw new Error('Routes declares routes of its own: declare them in a registry it extends');
  }
  return (routes.heritageClauses ?? []).flatMap((clause) =>
    clause.types.map((heritage) => {
      const name = heritage.expression.getText();
      const args = heritage.typeArguments ?? [];
      if (name !== 'Prefixed' && args.length === 0) {
        return { prefix: '', registry: name, node: heritage.expression };
      }
      const [prefixNode, registryNode] = args;
      const prefix = prefixNode && checker.getTypeFromTypeNode(prefixNode);
      if (
        name !== 'Prefixed' ||
        args.length !== 2 ||
        !prefix?.isStringLiteral() ||
        !registryNode ||
        !ts.isTypeReferenceNode(registryNode)
      ) {
        throw new Error(
          `Routes extends ${heritage.getText()}: expected a registry or Prefixed<typeof PREFIX, Registry>`,
        );
      }
      return {
        prefix: prefix.value,
        registry: registryNode.typeName.getText(),
        node: registryNode.typeName,
      };
    }),
  );
}

/** The JSDoc comment right before a declaration, re-indented to two spaces. */
function jsDoc(declaration: ts.Declaration, text: string): string | undefined {
  const comments = ts.getLeadingCommentRanges(text, declaration.pos) ?? [];
  const last = comments.at(-1);
  if (!last || !text.startsWith('/**', last.pos)) return undefined;
  return text
    .slice(last.pos, last.end)
    .split('\n')
    .map((line, index) => (index === 0 ? line : ` ${line.trim()}`))
    .join('\n');
}

/** Every typed route, in the order `Routes` declares them. */
export function routeEntries(file = ROUTES): Entry[] {
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const routes = source.statements
    .filter(ts.isInterfaceDeclaration)
    .find((node) => node.name.text === 'Routes');
  if (!routes) throw new Error(`${file} declares no Routes interface`);
  const entries: Entry[] = [];
  for (const { prefix, registry, node } of registries(routes, checker)) {
    // The registry's declaration: in src/routes.ts, or imported from a file under src/routes/.
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.find(ts.isInterfaceDeclaration);
    if (!declaration) throw new Error(`${registry} is not an interface the compiler can find`);
    const module = `./${relative(join(ROOT, 'src'), declaration.getSourceFile().fileName)
      .split(sep)
      .join('/')
      .replace(/\.ts$/, '.js')}`;
    for (const property of checker.getTypeAtLocation(declaration.name).getProperties()) {
      const key = property.getName();
      const match = /^([A-Z]+) (\/.*)$/.exec(key);
      if (!match || !(match[1]! in MAPS)) throw new Error(`${registry}: '${key}' is not 'METHOD /path'`);
      const member = property.declarations?.[0];
      entries.push({
        method: match[1] as Method,
        path: `${prefix}${match[2]}`,
        registry,
        module,
        key,
        doc: member && jsDoc(member, member.getSourceFile().text),
      });
    }
  }
  // The maps hold exactly the routes of `Routes` as the compiler resolves it.
  const resolved = checker
    .getTypeAtLocation(routes.name)
    .getProperties()
    .map((property) => property.getName())
    .sort();
  const generated = entries.map((entry) => `${entry.method} ${entry.path}`).sort();
  if (JSON.stringify(resolved) !== JSON.stringify(generated)) {
    throw new Error(
      'The registries do not add up to Routes: a route is declared twice, or Routes changed shape',
    );
  }
  return entries;
}

/**
 * The text of src/route-maps.ts for the routes of `file` (src/routes.ts), formatted as the
 * repository formats code.
 */
export function generateRouteMaps(file = ROUTES): string {
  const entries = routeEntries(file);
  const byModule = new Map<string, Set<string>>();
  for (const entry of entries) {
    byModule.set(entry.module, (byModule.get(entry.module) ?? new Set()).add(entry.registry));
  }
  const lines = [
    '/**',
    " * Each HTTP method's typed routes by path template, from the registries `Routes` combines",
    ' * (src/routes.ts). Generated by scripts/route-maps.ts (`npm run generate:route-maps`): do not',
    ' * edit. `client.get(path)` finds its route here by key.',
    ' */',
    ...[...byModule]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([module, names]) => `import type { ${[...names].sort().join(', ')} } from '${module}';`),
    '',
  ];
  for (const [method, name] of Object.entries(MAPS) as Array<[Method, string]>) {
    lines.push(
      `/**\n * The typed \`${method}\` routes, by path template (\`PathsOf<'${method}'>\`, \`RouteOf<'${method}', path>\`).\n *\n * @hidden\n */`,
      `export interface ${name} {`,
    );
    for (const entry of entries.filter((e) => e.method === method)) {
      if (entry.doc) lines.push(`  ${entry.doc}`);
      lines.push(`  '${entry.path}': ${entry.registry}['${entry.key}'];`);
    }
    lines.push('}', '');
  }
  lines.push(
    '/**',
    ' * The typed routes of each method.',
    ' *',
    ' * @hidden',
    ' */',
    'export interface RoutesByMethod {',
    ...Object.entries(MAPS).map(([method, name]) => `  ${method}: ${name};`),
    '}',
    '',
  );
  return execFileSync(
    join(ROOT, 'node_modules', '.bin', 'biome'),
    ['check', '--write', `--stdin-file-path=${ROUTE_MAPS}`],
    {
      cwd: ROOT,
      input: lines.join('\n'),
      encoding: 'utf8',
    },
  );
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(ROUTE_MAPS, generateRouteMaps());
  console.log(`wrote ${ROUTE_MAPS}`);
}

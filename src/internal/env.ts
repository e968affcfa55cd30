/**
 * Reads an environment variable where the runtime has one (Node, Bun, Deno with `process`); edge
 * runtimes have none. A runtime that refuses access (Deno without `--allow-env` throws on any
 * read) is treated as having the variable unset: an option passed explicitly never needs it.
 */
export function readEnv(name: string): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    const value = env?.[name]?.trim();
    return value ? value : undefined;
  } catch {
    return undefined;
  }
}

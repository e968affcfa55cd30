/** Every file `package.json` points at (exports, typesVersions, main, module, types). */
export function packageTargets(root?: string): string[];
/** `undefined` when `dist/` is complete and fresh; otherwise why it is not. */
export function staleBuild(root?: string): string | undefined;
/** Builds once when `dist/` is missing or stale; concurrent callers wait for that one build. */
export function ensureBuilt(root?: string): Promise<void>;

/** Scripts npm runs when the package is installed: never in the published manifest. */
export const INSTALL_SCRIPTS: readonly string[];
/** Writes `package.json` without `prepare`, the original kept aside for `restore`. */
export function strip(root?: string): void;
/** Puts the original `package.json` back; `false` when there was nothing to restore. */
export function restore(root?: string): boolean;

/**
 * JSON Patch (RFC 6902) over plain JSON values, with JSON Pointer (RFC 6901) paths. SR takes
 * JSON Patch on `PATCH /jobs/{id}` and `PATCH /user-api/v201804/users/{id}`. All six
 * operations are supported; a failed operation leaves the input untouched (the patch is applied
 * to a copy).
 */

/** One RFC 6902 operation. */
export type JsonPatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };

/** Why a patch was rejected. */
export class JsonPatchError extends Error {
  /** Always `'JsonPatchError'` (the class's name). */
  override name = 'JsonPatchError';
  /** Index of the failing operation, or -1 when the document itself is malformed. */
  readonly index: number;

  constructor(message: string, index: number) {
    super(index >= 0 ? `operation ${index}: ${message}` : message);
    this.index = index;
  }
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Splits a JSON Pointer into unescaped tokens. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`'${pointer}' is not a JSON Pointer (must start with '/')`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => {
      if (/~[^01]|~$/.test(token)) throw new Error(`invalid escape in JSON Pointer '${pointer}'`);
      return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

function arrayIndex(token: string, length: number, allowEnd: boolean): number {
  if (allowEnd && token === '-') return length;
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new Error(`'${token}' is not an array index`);
  const index = Number(token);
  if (index > length || (!allowEnd && index === length))
    throw new Error(`array index ${index} is out of bounds`);
  return index;
}

function getAt(doc: unknown, tokens: string[]): unknown {
  let current = doc;
  for (const token of tokens) {
    if (Array.isArray(current)) current = current[arrayIndex(token, current.length, false)];
    else if (isContainer(current) && Object.hasOwn(current, token))
      current = (current as Record<string, unknown>)[token];
    else throw new Error(`path '/${tokens.join('/')}' does not exist`);
  }
  return current;
}

function parentOf(doc: unknown, tokens: string[]): { parent: Container; key: string } {
  const parent = getAt(doc, tokens.slice(0, -1));
  if (!isContainer(parent)) throw new Error(`parent of '/${tokens.join('/')}' is not an object or array`);
  return { parent, key: tokens[tokens.length - 1] as string };
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isContainer(a) && isContainer(b) && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function add(doc: unknown, tokens: string[], value: unknown): unknown {
  if (tokens.length === 0) return value;
  const { parent, key } = parentOf(doc, tokens);
  if (Array.isArray(parent)) parent.splice(arrayIndex(key, parent.length, true), 0, value);
  else parent[key] = value;
  return doc;
}

function remove(doc: unknown, tokens: string[]): unknown {
  if (tokens.length === 0) throw new Error('cannot remove the whole document');
  const { parent, key } = parentOf(doc, tokens);
  if (Array.isArray(parent)) parent.splice(arrayIndex(key, parent.length, false), 1);
  else if (Object.hasOwn(parent, key)) delete parent[key];
  else throw new Error(`path '/${tokens.join('/')}' does not exist`);
  return doc;
}

/** Validates the shape of a patch document (an array of operations); throws `JsonPatchError`. */
export function validateJsonPatch(patch: unknown): asserts patch is JsonPatchOperation[] {
  if (!Array.isArray(patch)) throw new JsonPatchError('a JSON Patch document must be a JSON array', -1);
  patch.forEach((operation: unknown, index) => {
    if (!isContainer(operation) || Array.isArray(operation)) throw new JsonPatchError('not an object', index);
    const op = operation.op;
    if (typeof op !== 'string' || !['add', 'remove', 'replace', 'move', 'copy', 'test'].includes(op)) {
      throw new JsonPatchError(`unknown op '${String(op)}'`, index);
    }
    if (typeof operation.path !== 'string') throw new JsonPatchError("missing string 'path'", index);
    if ((op === 'add' || op === 'replace' || op === 'test') && !Object.hasOwn(operation, 'value')) {
      throw new JsonPatchError(`'${op}' needs a 'value'`, index);
    }
    if ((op === 'move' || op === 'copy') && typeof operation.from !== 'string') {
      throw new JsonPatchError(`'${op}' needs a string 'from'`, index);
    }
  });
}

/**
 * Applies a patch to a deep copy of `document` and returns the result. Throws `JsonPatchError`
 * (with the failing operation's index) on any invalid operation; `document` is never modified.
 */
export function applyJsonPatch<T>(document: T, patch: unknown): T {
  validateJsonPatch(patch);
  let doc: unknown = clone(document);
  patch.forEach((operation, index) => {
    try {
      const tokens = parsePointer(operation.path);
      switch (operation.op) {
        case 'add':
          doc = add(doc, tokens, clone(operation.value));
          break;
        case 'remove':
          doc = remove(doc, tokens);
          break;
        case 'replace':
          getAt(doc, tokens);
          doc =
            tokens.length === 0
              ? clone(operation.value)
              : add(remove(doc, tokens), tokens, clone(operation.value));
          break;
        case 'test':
          if (!deepEqual(getAt(doc, tokens), operation.value))
            throw new Error(`test failed at '${operation.path}'`);
          break;
        case 'move': {
          const from = parsePointer(operation.from);
          if (operation.path.startsWith(`${operation.from}/`))
            throw new Error('cannot move a value into itself');
          const value = getAt(doc, from);
          doc = add(remove(doc, from), tokens, value);
          break;
        }
        case 'copy':
          doc = add(doc, tokens, clone(getAt(doc, parsePointer(operation.from))));
          break;
      }
    } catch (error) {
      if (error instanceof JsonPatchError) throw error;
      throw new JsonPatchError(error instanceof Error ? error.message : String(error), index);
    }
  });
  return doc as T;
}

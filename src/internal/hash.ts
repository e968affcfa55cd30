/**
 * FNV-1a, 52 bits, as base-36. Used to key per-credential state (rate limiters, token stores)
 * without keeping the credential itself as a key. Not a security primitive.
 */
export function fingerprint(value: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < value.length; i++) {
    hash ^= BigInt(value.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return (hash >> 12n).toString(36);
}

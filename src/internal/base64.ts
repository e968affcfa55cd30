/**
 * Base64 without Node's `Buffer`, so it runs on every runtime: cursors (base64url), HTTP Basic
 * credentials, and the fake server's snapshots and page ids.
 */
import { trimEndChar } from './text.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Base64 (standard alphabet, padded) of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Bytes of standard base64; `undefined` when malformed. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Base64 of a string's UTF-8 bytes (HTTP Basic credentials). */
export function toBase64Text(text: string): string {
  return toBase64(encoder.encode(text));
}

/** The UTF-8 string of standard base64; `undefined` when malformed. */
export function fromBase64Text(text: string): string | undefined {
  const bytes = fromBase64(text);
  return bytes ? decoder.decode(bytes) : undefined;
}

/** base64url of bytes, without padding. */
export function toBase64UrlBytes(bytes: Uint8Array): string {
  return trimEndChar(toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_'), '=');
}

/** Bytes of base64url (padded or not); `undefined` when malformed. */
export function fromBase64UrlBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return fromBase64(padded);
}

/** base64url of a string's UTF-8 bytes, without padding. */
export function toBase64Url(text: string): string {
  return toBase64UrlBytes(encoder.encode(text));
}

/** The UTF-8 string of base64url (padded or not); `undefined` when malformed. */
export function fromBase64Url(text: string): string | undefined {
  const bytes = fromBase64UrlBytes(text);
  return bytes ? decoder.decode(bytes) : undefined;
}

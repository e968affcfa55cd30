/**
 * HTTP Basic client authentication (RFC 6749 §2.3.1) as token endpoints read it: the OAuth
 * fake's, and the assessment partner kit's.
 */
import { fromBase64Text } from './base64.js';

/**
 * The client id and secret of an `Authorization: Basic` header (each form-urlencoded before
 * encoding, RFC 6749 §2.3.1); `undefined` when the header is absent or not well-formed Basic.
 */
export function parseBasicCredentials(header: string | null): { id: string; secret: string } | undefined {
  if (!header) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return undefined;
  const decoded = fromBase64Text(match[1]);
  if (decoded === undefined) return undefined;
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  // RFC 6749 §2.3.1: id and secret are form-urlencoded before being put in the header.
  const formDecode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
  try {
    return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}

import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += BASE64[a >> 2]! + BASE64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : BASE64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : BASE64[c & 63]!;
  }
  return out;
}

/** The CSP source expression that allows an inline element with exactly this content: `'sha256-…'`. */
export function cspHash(content: string): string {
  return `'sha256-${toBase64(sha256(utf8ToBytes(content)))}'`;
}

/**
 * The page's Content-Security-Policy: nothing from anywhere (`default-src 'none'`), no form
 * target and no base URL, and only the one style and the one script, named by hash, or by the
 * caller's nonce when given (for a server that sends the nonce in its own CSP header).
 */
export function contentSecurityPolicy(style: string, script: string, nonce?: string): string {
  const allow = (content: string) => (nonce === undefined ? cspHash(content) : `'nonce-${nonce}'`);
  return `default-src 'none'; style-src ${allow(style)}; script-src ${allow(script)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

/**
 * The encodings the sign-in flows and redaction spell values in. Core has no Buffer, and `btoa` refuses anything
 * beyond Latin-1, so Base64 is done here over UTF-8 bytes.
 */

/** RFC 3986 percent-encoding: `encodeURIComponent` leaves `!*'()` as they are, which OAuth and Basic forms must not. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 (with padding) of raw bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63] : '=';
  }
  return out;
}

/** Base64 of the UTF-8 bytes of a string. */
export function base64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** base64url without padding (RFC 4648 §5, as RFC 7636 spells PKCE values). */
export function base64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The `Authorization: Basic` value of a client id and secret, each form-urlencoded first as RFC 6749 §2.3.1 and X's
 * app-only token exchange ask (`base64(urlencode(key):urlencode(secret))`).
 */
export function basicAuthorization(id: string, secret: string): string {
  return `Basic ${base64(`${percentEncode(id)}:${percentEncode(secret)}`)}`;
}

/**
 * Whether two strings are equal, in time that depends only on their lengths: for `state` values and codes, whose
 * comparison must not tell an attacker how many leading characters were right.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  // The length is no secret: every value compared this way has a fixed, public length.
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** `application/x-www-form-urlencoded` text of name/value pairs, in the order given. */
export function formEncode(pairs: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(pairs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
    .join('&');
}

/** Parses form-urlencoded text into a map (the last value wins; `+` is a space); undefined when an escape is broken. */
export function formDecode(text: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    try {
      out.set(decodeURIComponent(name.replace(/\+/g, ' ')), decodeURIComponent(value.replace(/\+/g, ' ')));
    } catch {
      return undefined;
    }
  }
  return out;
}

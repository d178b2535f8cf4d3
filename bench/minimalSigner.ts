/**
 * The baseline for OAuth 1.0a lookups: the least a client must do to sign each request (RFC 5849, HMAC-SHA1 with
 * node:crypto, a fresh nonce and timestamp), with nothing else: no validation, no library, no result model. The
 * engine signing through oauth-1.0a is compared with raw undici plus this, request for request.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { OAuth1Credentials } from '../src/core/auth/credentials';

/** RFC 3986 percent-encoding, as OAuth 1.0a requires (encodeURIComponent leaves !'()* alone). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A function giving a freshly signed Authorization header for a GET of `url`, per call. */
export function minimalSigner(credentials: OAuth1Credentials, url: string): () => string {
  const parsed = new URL(url);
  const baseUrl = `${parsed.origin}${parsed.pathname}`;
  const query = [...parsed.searchParams].map(([key, value]) => [encode(key), encode(value)] as const);
  const key = `${encode(credentials.consumerSecret)}&${encode(credentials.accessTokenSecret)}`;
  return () => {
    const oauth: [string, string][] = [
      ['oauth_consumer_key', credentials.consumerKey],
      ['oauth_nonce', randomBytes(16).toString('hex')],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', String(Math.floor(Date.now() / 1000))],
      ['oauth_token', credentials.accessToken],
      ['oauth_version', '1.0'],
    ];
    const params = [...query, ...oauth.map(([name, value]) => [encode(name), encode(value)] as const)]
      .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
      .map(([name, value]) => `${name}=${value}`)
      .join('&');
    const signature = createHmac('sha1', key).update(`GET&${encode(baseUrl)}&${encode(params)}`).digest('base64');
    oauth.push(['oauth_signature', signature]);
    return `OAuth ${oauth.map(([name, value]) => `${name}="${encode(value)}"`).join(', ')}`;
  };
}

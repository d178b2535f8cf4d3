/**
 * OAuth 1.0a (HMAC-SHA1) signing through the `oauth-1.0a` package, whose percent-encoding is RFC 3986. The hash, the
 * nonce and the clock are passed in so that core stays free of node:crypto and signatures are reproducible in tests.
 */
import OAuth from 'oauth-1.0a';
import type { OAuth1Credentials } from './credentials';

/** Characters RFC 3986 leaves unencoded. */
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;

/** The impure parts of signing. */
export interface SigningDeps {
  /** Base64 of HMAC-SHA1(key, text). */
  readonly hmacSha1Base64: (key: string, text: string) => string;
  readonly nonce: () => string;
  /** Unix time in whole seconds. */
  readonly nowSeconds: () => number;
}

export interface SignableRequest {
  readonly method: string;
  /** The absolute URL, query included; query values are read back decoded, as the base string needs them. */
  readonly url: string;
  /** Form body parameters, which take part in the signature. */
  readonly form?: Readonly<Record<string, string>>;
}

export interface SignOptions {
  /** RFC 5849 makes `oauth_version` optional; X's examples send `1.0`. */
  readonly includeVersion?: boolean;
}

/** The OAuth parameters of a signed request, `oauth_signature` included. */
export type OAuthParameters = Readonly<Record<string, string>>;

/**
 * oauth-1.0a with its per-request waste taken out, its results unchanged. Values its RFC 3986 encoding would return
 * as they are skip its five regex passes; what depends only on the URL (base URL, parsed query and their encodings)
 * or on the credentials (the signing key) is worked out by the package once and kept while the URL stays the same.
 * Nonce, timestamp, parameter string, base string and signature are still computed by the package on every request.
 */
class ReusingOAuth extends OAuth {
  private url: string | undefined;
  private baseUrl = '';
  private query: OAuth.Param = {};
  /** percentEncode's answers for this URL's base and query parts, which it is asked for again on every request. */
  private encoded = new Map<string, string>();
  /** Longer strings (the parameter string, mainly) cannot be in `encoded` and skip the look-up. */
  private longestEncoded = 0;
  private tokenSecret: string | undefined;
  private signingKey: string | undefined;

  override percentEncode(value: string): string {
    if (UNRESERVED.test(value)) return value;
    if (value.length <= this.longestEncoded) {
      const known = this.encoded.get(value);
      if (known !== undefined) return known;
    }
    return super.percentEncode(value);
  }

  override getBaseUrl(url: string): string {
    this.remember(url);
    return this.baseUrl;
  }

  // getParameterString only reads this object (it merges it into others), so the same one can be handed out again.
  override deParamUrl(url: string): OAuth.Param {
    this.remember(url);
    return this.query;
  }

  override getSigningKey(tokenSecret: string | undefined): string {
    if (this.signingKey === undefined || tokenSecret !== this.tokenSecret) {
      this.signingKey = super.getSigningKey(tokenSecret);
      this.tokenSecret = tokenSecret;
    }
    return this.signingKey;
  }

  private remember(url: string): void {
    if (url === this.url) return;
    const baseUrl = super.getBaseUrl(url);
    const query = Object.freeze(super.deParamUrl(url));
    const encoded = new Map<string, string>();
    let longest = 0;
    const add = (value: string): void => {
      if (UNRESERVED.test(value) || encoded.has(value)) return;
      encoded.set(value, super.percentEncode(value));
      longest = Math.max(longest, value.length);
    };
    add(baseUrl);
    for (const [name, value] of Object.entries(query)) {
      add(name);
      for (const item of Array.isArray(value) ? value : [value]) add(item);
    }
    this.url = url;
    this.baseUrl = baseUrl;
    this.query = query;
    this.encoded = encoded;
    this.longestEncoded = longest;
  }
}

/**
 * Signs requests for one set of credentials; the `OAuth` instance is kept, so signing a request costs one HMAC and
 * the base-string work.
 */
export class OAuth1Signer {
  private readonly oauth: ReusingOAuth;
  /** `OAuth oauth_consumer_key="…", oauth_nonce="`: the header up to the first per-request value, encoded once. */
  private readonly headerStart: string;
  /** `", oauth_signature_method="HMAC-SHA1", oauth_timestamp="` */
  private readonly headerMethod: string;
  /** `", oauth_token="…"`, closing quote included. */
  private readonly headerToken: string;

  constructor(
    private readonly credentials: OAuth1Credentials,
    private readonly deps: SigningDeps,
  ) {
    this.oauth = new ReusingOAuth({
      consumer: { key: credentials.consumerKey, secret: credentials.consumerSecret },
      signature_method: 'HMAC-SHA1',
      hash_function: (text: string, key: string) => deps.hmacSha1Base64(key, text),
    });
    this.headerStart = `OAuth oauth_consumer_key="${this.oauth.percentEncode(credentials.consumerKey)}", oauth_nonce="`;
    this.headerMethod = '", oauth_signature_method="HMAC-SHA1", oauth_timestamp="';
    this.headerToken = `", oauth_token="${this.oauth.percentEncode(credentials.accessToken)}"`;
  }

  /** The OAuth parameters, signature included, for one request. */
  sign(request: SignableRequest, options: SignOptions = {}): OAuthParameters {
    const nonce = this.deps.nonce();
    const timestamp = String(this.deps.nowSeconds());
    const includeVersion = options.includeVersion !== false;
    const signature = this.signature(request, nonce, timestamp, includeVersion);
    const params: Record<string, string> = {
      oauth_consumer_key: this.credentials.consumerKey,
      oauth_nonce: nonce,
      oauth_signature_method: 'HMAC-SHA1',
      oauth_timestamp: timestamp,
      oauth_token: this.credentials.accessToken,
    };
    if (includeVersion) params.oauth_version = '1.0';
    params.oauth_signature = signature;
    return params;
  }

  /** The `Authorization` header value for one request: `OAuth k="v", ...` in sorted order, values RFC 3986 encoded. */
  authorization(request: SignableRequest, options: SignOptions = {}): string {
    // The same text as oauth-1.0a's toHeader() (test/unit/oauth1.test.ts compares them), in its sorted key order:
    // consumer key, nonce, signature, signature method, timestamp, token, version.
    const nonce = this.deps.nonce();
    const timestamp = String(this.deps.nowSeconds());
    const includeVersion = options.includeVersion !== false;
    const signature = this.signature(request, nonce, timestamp, includeVersion);
    return (
      this.headerStart + this.oauth.percentEncode(nonce) +
      '", oauth_signature="' + this.oauth.percentEncode(signature) +
      this.headerMethod + this.oauth.percentEncode(timestamp) +
      this.headerToken + (includeVersion ? ', oauth_version="1.0"' : '')
    );
  }

  /** oauth-1.0a's getSignature over a fresh parameter object, which it merges the query and form into. */
  private signature(request: SignableRequest, nonce: string, timestamp: string, includeVersion: boolean): string {
    const data: Record<string, string> = {
      oauth_consumer_key: this.credentials.consumerKey,
      oauth_nonce: nonce,
      oauth_signature_method: 'HMAC-SHA1',
      oauth_timestamp: timestamp,
      oauth_token: this.credentials.accessToken,
    };
    if (includeVersion) data.oauth_version = '1.0';
    return this.oauth.getSignature(
      { url: request.url, method: request.method, data: request.form ? { ...request.form } : {} },
      this.credentials.accessTokenSecret,
      data as unknown as OAuth.Data,
    );
  }
}

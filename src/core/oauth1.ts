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
 * Signs requests for one set of credentials; the `OAuth` instance is kept, so signing a request costs one HMAC and
 * the base-string work.
 */
export class OAuth1Signer {
  private readonly oauth: OAuth;

  constructor(
    private readonly credentials: OAuth1Credentials,
    private readonly deps: SigningDeps,
  ) {
    this.oauth = new OAuth({
      consumer: { key: credentials.consumerKey, secret: credentials.consumerSecret },
      signature_method: 'HMAC-SHA1',
      hash_function: (text: string, key: string) => deps.hmacSha1Base64(key, text),
    });
  }

  /** The OAuth parameters, signature included, for one request. */
  sign(request: SignableRequest, options: SignOptions = {}): OAuthParameters {
    // Built here rather than by `authorize()` so the nonce and clock are ours and `oauth_version` can be left out.
    const data: Record<string, string> = {
      oauth_consumer_key: this.credentials.consumerKey,
      oauth_nonce: this.deps.nonce(),
      oauth_signature_method: 'HMAC-SHA1',
      oauth_timestamp: String(this.deps.nowSeconds()),
      oauth_token: this.credentials.accessToken,
    };
    if (options.includeVersion !== false) data.oauth_version = '1.0';
    // getSignature merges the query and form into the object it is given, so it gets a copy.
    const signature = this.oauth.getSignature(
      { url: request.url, method: request.method, data: { ...request.form } },
      this.credentials.accessTokenSecret,
      { ...data } as unknown as OAuth.Data,
    );
    return { ...data, oauth_signature: signature };
  }

  /** The `Authorization` header value for one request: `OAuth k="v", ...` in sorted order, values RFC 3986 encoded. */
  authorization(request: SignableRequest, options: SignOptions = {}): string {
    // The same text as oauth-1.0a's toHeader(), built directly from the string values sign() returns.
    const params = this.sign(request, options);
    let header = 'OAuth ';
    let first = true;
    for (const key of Object.keys(params).sort()) {
      header += (first ? '' : ', ') + key + '="' + this.encode(params[key]) + '"';
      first = false;
    }
    return header;
  }

  /** oauth-1.0a's RFC 3986 encoding, skipped for the common values (hex nonce, digits) that it would leave as they are. */
  private encode(value: string): string {
    return UNRESERVED.test(value) ? value : this.oauth.percentEncode(value);
  }
}
